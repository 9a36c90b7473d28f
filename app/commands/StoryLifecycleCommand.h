#pragma once

#include "storage/StoryRows.h"

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

    // `snapshot` holds the story's rows as they were when it was created, or just before it was
    // deleted (StoryStore::takeRows).
    StoryLifecycleCommand(StoryStore& store, Action action, StoryRows snapshot, const QString& text);

    void undo() override;
    void redo() override;

    qint64 storyId() const { return m_snapshot.storyId; }

private:
    void setPresent(bool present);

    StoryStore& m_store;
    Action m_action;
    StoryRows m_snapshot;
    bool m_firstRedo = true;
};
