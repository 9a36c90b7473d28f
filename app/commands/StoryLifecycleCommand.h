#pragma once

#include "domain/Story.h"

#include <QUndoCommand>

class StoryStore;

// Creates or deletes a whole story. The store operation has already happened when the command is
// pushed; undo and redo move the story between the library and a snapshot taken at that moment,
// so edits made in between are never lost.
class StoryLifecycleCommand : public QUndoCommand
{
public:
    enum class Action {
        Create,
        Delete,
    };

    // `snapshot` is the story as it was when it was created, or just before it was deleted.
    StoryLifecycleCommand(StoryStore& store, Action action, Story snapshot, const QString& text);

    void undo() override;
    void redo() override;

    qint64 storyId() const { return m_snapshot.id; }

private:
    void setPresent(bool present);

    StoryStore& m_store;
    Action m_action;
    Story m_snapshot;
    bool m_firstRedo = true;
};
