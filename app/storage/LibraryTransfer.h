#pragma once

#include "domain/ActionItem.h"
#include "domain/Award.h"
#include "domain/CauseCategory.h"
#include "domain/CauseNode.h"
#include "domain/Lesson.h"
#include "domain/Person.h"
#include "domain/Story.h"
#include "domain/TimelineEvent.h"

#include <QList>
#include <QPair>
#include <QStringList>

#include <optional>

// Stories with all their parts on their way into a library (JSON restore and merge). Ids are local
// to the transfer: CauseNode::id/parentId, Lesson/ActionItem::causeIds and CauseNode::categoryId
// refer to ids inside this structure; the store gives everything new database ids.
struct LibraryTransfer
{
    struct StoryData
    {
        Story story;                                // createdAt and modifiedAt are kept
        QList<TimelineEvent> timeline;              // in this order
        QList<CauseNode> causes;                    // parents before their children; siblings in order
        QList<Lesson> lessons;                      // in this order
        QList<ActionItem> actions;                  // in this order
        QList<Person> people;                       // in this order
        QList<Award> awards;                        // in this order
        QList<QPair<QString, QString>> ignoredHits; // coach: (rule id, phrase)
    };

    QList<CauseCategory> categories; // matched by name to the library's, else added at the end
    QList<StoryData> stories;
    // The coach rules switched off; applied only when restoring into a library without stories.
    std::optional<QStringList> disabledRules;
};

// What an import did.
struct TransferResult
{
    QList<qint64> addedIds; // database ids of the added stories, in transfer order
    QList<int> skipped;     // indexes into LibraryTransfer::stories already in the library
    bool restored = false;  // the library had no stories: coach settings were restored too
    int categoriesAdded = 0;
};
