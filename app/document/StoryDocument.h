#pragma once

#include "domain/Story.h"
#include "util/Result.h"

#include <QObject>
#include <QUndoStack>

class StoryStore;

// One story open for editing: its cached state and its own undo history. Every user edit becomes an
// undo command; the command writes through the store, so an edit is on disk when it returns.
class StoryDocument : public QObject
{
    Q_OBJECT

public:
    StoryDocument(StoryStore& store, qint64 id, QObject* parent = nullptr);

    // Reads the story from the store (again).
    Status reload();

    qint64 id() const { return m_story.id; }
    const Story& story() const { return m_story; }
    QUndoStack* undoStack() { return &m_undoStack; }
    bool isReadOnly() const;

    // User edits: push an undo command unless the value is unchanged. Returns false when the edit
    // could not be saved (StoryStore::writeFailed tells why).
    bool editField(StoryField field, const QVariant& value);
    bool editSection(Section section, const QString& text);

    // Used by the undo commands: write through the store, then update the cached story.
    Status applyField(StoryField field, const QVariant& value);
    Status applySection(Section section, const QString& text);

signals:
    void fieldChanged(StoryField field);
    void sectionChanged(Section section);
    void reloaded();

private:
    StoryStore& m_store;
    Story m_story;
    QUndoStack m_undoStack;
};
