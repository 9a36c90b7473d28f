#pragma once

#include "domain/RetroTemplate.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTableWidget;
class RetroTemplateModel;

// Create, edit and delete the library's own retro templates (a name and columns with prompts).
// Built-in templates are shown read-only; "Duplicate" makes an editable copy. Changes are saved
// with Save (templates are settings, not part of a retro's undo history).
class RetroTemplatesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RetroTemplatesDialog(RetroTemplateModel* model, QWidget* parent = nullptr);

    QListView* list() const { return m_list; }
    QTableWidget* columns() const { return m_columns; }
    qint64 currentTemplateId() const;

public slots:
    void newTemplate();
    void duplicateTemplate();
    void deleteTemplate();
    bool save();
    void addColumn();
    void removeColumn();

private:
    void showTemplate();
    RetroTemplate edited() const;
    void selectId(qint64 id);
    void showError(const QString& text);

    RetroTemplateModel* m_model;
    QListView* m_list;
    QLineEdit* m_name;
    QTableWidget* m_columns;
    QLabel* m_info;
    QPushButton* m_new;
    QPushButton* m_duplicate;
    QPushButton* m_delete;
    QPushButton* m_addColumn;
    QPushButton* m_removeColumn;
    QPushButton* m_save;
    RetroTemplate m_current;
};
