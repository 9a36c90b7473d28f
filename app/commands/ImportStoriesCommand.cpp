#include "commands/ImportStoriesCommand.h"

#include "commands/StoryLifecycleCommand.h"
#include "storage/StoryStore.h"

ImportStoriesCommand::ImportStoriesCommand(StoryStore& store, const QList<qint64>& storyIds, const QString& text)
    : QUndoCommand(text)
{
    for (qint64 id : storyIds) {
        if (auto rows = store.takeRows(id)) {
            m_stories.push_back(std::make_unique<StoryLifecycleCommand>(
                store, StoryLifecycleCommand::Action::Create, std::move(rows).value(), text));
        }
    }
}

ImportStoriesCommand::~ImportStoriesCommand() = default;

void ImportStoriesCommand::undo()
{
    for (auto it = m_stories.rbegin(); it != m_stories.rend(); ++it) {
        (*it)->undo();
    }
}

void ImportStoriesCommand::redo()
{
    for (auto& command : m_stories) {
        command->redo();
    }
}
