#pragma once

#include "domain/ImportedStory.h"
#include "util/Result.h"

#include <QSet>
#include <QString>

class LibraryDatabase;
class StoryStore;

// Writes an imported story with all its parts (sections, authors, tags, timeline, lessons, action
// items) in ONE write transaction: a failure leaves no part of it behind. Announces the new story
// through StoryStore::storyAdded after the commit, like StoryStore::create.
class ImportStore
{
public:
    ImportStore(LibraryDatabase& library, StoryStore& stories);

    Result<qint64> insert(const ImportedStory& imported);

    // The source fingerprints (PostmortemImporter::sourceLine) found in the library's stories.
    Result<QSet<QString>> importedFingerprints();

private:
    LibraryDatabase& m_library;
    StoryStore& m_stories;
};
