#pragma once

#include <QList>
#include <QUndoCommand>

#include <memory>

class StoryLifecycleCommand;
class StoryStore;

// The stories of one import as one undo step: undo removes them all, redo puts them back. The
// stories exist when the command is pushed (like StoryLifecycleCommand's Create).
class ImportStoriesCommand : public QUndoCommand
{
public:
    ImportStoriesCommand(StoryStore& store, const QList<qint64>& storyIds, const QString& text);
    ~ImportStoriesCommand() override;

    void undo() override;
    void redo() override;

    int storyCount() const { return static_cast<int>(m_stories.size()); }

private:
    std::vector<std::unique_ptr<StoryLifecycleCommand>> m_stories;
};
