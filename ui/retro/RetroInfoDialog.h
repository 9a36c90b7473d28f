#pragma once

#include "domain/Retro.h"

#include <QDialog>

class QAbstractItemModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

// A retrospective's details: title, date, team, facilitator, participants, linked story, dots and,
// for a new retro, the template whose columns it gets.
class RetroInfoDialog : public QDialog
{
    Q_OBJECT

public:
    // `templates`: a RetroTemplateModel (null when editing); `stories`: a StoryListModel (or null).
    RetroInfoDialog(QAbstractItemModel* templates, QAbstractItemModel* stories, QWidget* parent = nullptr);

    void setRetro(const Retro& retro);
    Retro retro() const;
    qint64 templateId() const;

private:
    Retro m_retro;
    QLineEdit* m_title;
    QDateEdit* m_date;
    QLineEdit* m_team;
    QLineEdit* m_facilitator;
    QLineEdit* m_participants;
    QComboBox* m_story;
    QComboBox* m_template;
    QLabel* m_templateName;
    QSpinBox* m_dots;
    QSpinBox* m_maxDots;
    QCheckBox* m_hidden;
    QFormLayout* m_form;
};
