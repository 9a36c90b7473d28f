#pragma once

#include "domain/Story.h"
#include "storage/LibraryDatabase.h"
#include "util/Result.h"

#include <QHash>
#include <QObject>
#include <QUndoGroup>
#include <QUndoStack>

#include <memory>

class StoryStore;
class StoryDocument;

// An open library: the database, its stores, the library-wide undo history (creating and deleting
// stories) and one StoryDocument with its own undo history per story opened in this session.
class Library : public QObject
{
    Q_OBJECT

public:
    ~Library() override;

    static Result<std::unique_ptr<Library>> open(const QString& path,
                                                 LibraryDatabase::OpenMode mode = LibraryDatabase::OpenMode::Normal);

    LibraryDatabase& database() { return *m_database; }
    StoryStore& stories() { return *m_stories; }
    QString path() const { return m_database->path(); }
    bool isReadOnly() const { return m_database->isReadOnly(); }

    // Creating, duplicating and deleting stories.
    QUndoStack* undoStack() { return &m_undoStack; }
    // The library stack and every story document's stack.
    QUndoGroup* undoGroup() { return &m_undoGroup; }

    // The document of a story, loaded on first use and kept (with its undo history) until the
    // library closes. Null when the story cannot be read.
    StoryDocument* document(qint64 id, QString* error = nullptr);

    Result<qint64> createStory(const Story& story);
    Result<qint64> duplicateStory(qint64 id);
    Status deleteStory(qint64 id);

    // Adds the sample story, without undo history (used when a library is first created).
    Result<qint64> addSampleStory();

private:
    Library() = default;
    void onStoryAdded(qint64 id);

    std::unique_ptr<LibraryDatabase> m_database;
    std::unique_ptr<StoryStore> m_stories;
    QUndoGroup m_undoGroup;
    QUndoStack m_undoStack;
    QHash<qint64, StoryDocument*> m_documents;
};
