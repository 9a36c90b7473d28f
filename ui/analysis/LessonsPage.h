#pragma once

#include "story/StoryPage.h"

#include <QPointer>

class LessonDelegate;
class LessonModel;
class QLabel;
class QPushButton;
class QTreeView;
class StoryDocument;

// The editor's "Lessons learned" page: what went well, what went wrong, where we got lucky and the
// lessons themselves, in the team's order, each optionally linked to causes. Keyboard: Insert adds,
// F2 or typing edits, Delete removes, Alt+Up/Alt+Down move, Ctrl+L links causes.
class LessonsPage : public StoryPage
{
    Q_OBJECT

public:
    explicit LessonsPage(QWidget* parent = nullptr);

    void setDocument(StoryDocument* document) override;
    void setReadOnly(bool readOnly) override;

    QTreeView* view() const { return m_view; }

    void addLesson();
    void removeLesson();
    void moveLesson(int delta);
    void linkCauses();

private:
    void commit(const QModelIndex& index, const QVariant& value);
    void updateButtons();
    int currentRow() const;

    QPointer<StoryDocument> m_document;
    LessonModel* m_model = nullptr;
    bool m_readOnly = false;
    QTreeView* m_view;
    LessonDelegate* m_delegate;
    QLabel* m_emptyLabel;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_link;
};
