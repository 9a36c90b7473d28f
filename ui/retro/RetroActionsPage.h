#pragma once

#include "retro/RetroPage.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListView;
class QPushButton;
class QTableView;

// Actions: turn the selected card or group into an action item of this retro (owner, due date),
// or into an action item, a lesson or a cause of the linked story.
class RetroActionsPage : public RetroPage
{
    Q_OBJECT

public:
    // What the Add button makes (the kind combo's data).
    enum Kind {
        RetroActionKind,
        StoryActionKind,
        StoryLessonKind,
        StoryCauseKind,
    };

    explicit RetroActionsPage(QWidget* parent = nullptr);
    void activate() override;

public slots:
    void addOutcome();
    void removeSelectedAction();

protected:
    void documentChanged() override;

private:
    void sourceChanged();
    void updateKinds();

    QListView* m_sources;
    QComboBox* m_kind;
    QLineEdit* m_title;
    QLineEdit* m_owner;
    QCheckBox* m_hasDue;
    QDateEdit* m_due;
    QPushButton* m_add;
    QTableView* m_actions;
};
