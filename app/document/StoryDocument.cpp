#include "document/StoryDocument.h"

#include "commands/SetSectionCommand.h"
#include "commands/SetStoryFieldCommand.h"
#include "storage/StoryStore.h"

StoryDocument::StoryDocument(StoryStore& store, qint64 id, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
    m_story.id = id;
}

Status StoryDocument::reload()
{
    auto loaded = m_store.load(m_story.id);
    if (!loaded) {
        return Status::failure(loaded.error());
    }
    m_story = std::move(loaded).value();
    emit reloaded();
    return {};
}

bool StoryDocument::isReadOnly() const
{
    return m_store.isReadOnly();
}

bool StoryDocument::editField(StoryField field, const QVariant& value)
{
    const QVariant old = m_story.field(field);
    if (old == value) {
        return true;
    }
    m_undoStack.push(new SetStoryFieldCommand(*this, field, old, value));
    return m_story.field(field) == value;
}

bool StoryDocument::editSection(Section section, const QString& text)
{
    const QString old = m_story.section(section);
    if (old == text) {
        return true;
    }
    m_undoStack.push(new SetSectionCommand(*this, section, old, text));
    return m_story.section(section) == text;
}

Status StoryDocument::applyField(StoryField field, const QVariant& value)
{
    Status s = m_store.setField(m_story.id, field, value);
    if (!s) {
        return s; // the store reports it (StoryStore::writeFailed)
    }
    m_story.setField(field, value);
    m_story.modifiedAt = QDateTime::currentDateTimeUtc(); // as the store just did
    emit fieldChanged(field);
    return {};
}

Status StoryDocument::applySection(Section section, const QString& text)
{
    Status s = m_store.setSection(m_story.id, section, text);
    if (!s) {
        return s; // the store reports it (StoryStore::writeFailed)
    }
    m_story.setSection(section, text);
    m_story.modifiedAt = QDateTime::currentDateTimeUtc(); // as the store just did
    emit sectionChanged(section);
    return {};
}
