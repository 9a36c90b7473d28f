#pragma once

#include <QDialog>
#include <QUndoStack>

class CauseCategoryModel;
class QListView;
class QPushButton;

// Edits the library's list of cause categories: add, rename (F2 or double-click), remove and
// reorder. The dialog keeps its own undo history (Ctrl+Z / Ctrl+Shift+Z while it is open); every
// change is written when it is made.
class CauseCategoriesDialog : public QDialog
{
    Q_OBJECT

public:
    CauseCategoriesDialog(CauseCategoryModel* model, QWidget* parent = nullptr);
    ~CauseCategoriesDialog() override;

    QUndoStack* undoStack() { return &m_undoStack; }
    QListView* list() const { return m_list; }

    void addCategory();
    void removeCurrent();
    void moveCurrent(int delta);

private:
    void updateButtons();

    CauseCategoryModel* m_model;
    QUndoStack m_undoStack;
    QListView* m_list = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_rename = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QPushButton* m_undo = nullptr;
    QPushButton* m_redo = nullptr;
};
