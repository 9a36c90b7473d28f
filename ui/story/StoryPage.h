#pragma once

#include <QWidget>

class StoryDocument;

// A page of the story editor beside the sections (timeline, cause tree, lessons, actions, …).
// The editor lists it in its navigator and hands it the open story.
class StoryPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // The story to show; null when none is open.
    virtual void setDocument(StoryDocument* document) = 0;
    virtual void setReadOnly(bool readOnly) = 0;
    // Writes edits that wait for a pause in typing (before undo, switching stories or closing).
    virtual void flushPendingEdits() { }
};
