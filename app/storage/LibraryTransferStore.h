#pragma once

#include "storage/LibraryTransfer.h"
#include "util/Result.h"

#include <QHash>
#include <QObject>

class CauseStore;
class CoachSettingsStore;
class LibraryDatabase;
class StoryStore;

// Writes a whole LibraryTransfer in ONE transaction: either every story lands or none. A story
// whose title and creation time equal those of a story in the library counts as already there and
// is skipped. After the commit the other stores' signals announce the new stories and categories.
class LibraryTransferStore : public QObject
{
    Q_OBJECT

public:
    LibraryTransferStore(LibraryDatabase& library,
                         StoryStore& stories,
                         CauseStore& causes,
                         CoachSettingsStore& coachSettings,
                         QObject* parent = nullptr);

    Result<TransferResult> importAll(const LibraryTransfer& transfer);

private:
    Result<qint64> insertStory(const LibraryTransfer::StoryData& data, const QHash<qint64, qint64>& categoryIds);

    LibraryDatabase& m_library;
    StoryStore& m_stories;
    CauseStore& m_causes;
    CoachSettingsStore& m_coachSettings;
};
