#pragma once

#include "domain/ActionItem.h"
#include "domain/CauseChoice.h"
#include "domain/OpenAction.h"
#include "util/Result.h"

#include <QList>
#include <QObject>
#include <QVariant>

class LibraryDatabase;
class StoryStore;

// Reads and writes the action items of stories, kept in each story's order, and answers the
// library-wide questions about them. Each write is one transaction and updates the story's
// modified time and search index. The signals tell models exactly what changed.
class ActionStore : public QObject
{
    Q_OBJECT

public:
    ActionStore(LibraryDatabase& library, StoryStore& stories, QObject* parent = nullptr);

    Result<QList<ActionItem>> actions(qint64 storyId);
    Result<ActionItem> action(qint64 id);
    Result<int> positionOf(qint64 id);

    // Every open or in-progress action item of the library with its story's title, in one query.
    Result<QList<OpenAction>> openActions();
    // One action item as an OpenAction (also when it is no longer open).
    Result<OpenAction> openAction(qint64 id);
    // The owners named on open action items, sorted case-insensitively.
    Result<QStringList> openOwners();

    // The nodes of a story's cause tree, for linking (read-only; the cause tree has its own store).
    Result<QList<CauseChoice>> causeChoices(qint64 storyId);
    // The story's root causes that no action item is linked to.
    Result<QList<CauseChoice>> unactionedRootCauses(qint64 storyId);
    // The cause_node type key that marks a root cause.
    static QString rootCauseType();

    // Inserts `item` at `position` (clamped) of its story and returns its id. An item with a
    // non-zero id keeps it, with its times and cause links (undo of a removal).
    Result<qint64> insert(const ActionItem& item, int position);
    // Appends many items (to any stories) in one transaction, without undo: for imports and
    // benchmarks. Emits actionsReset (models reload) instead of one signal per item.
    Status insertMany(const QList<ActionItem>& items);
    Status remove(qint64 id);
    Status setField(qint64 id, ActionField field, const QVariant& value);
    Status move(qint64 id, int position);

signals:
    void actionAdded(qint64 storyId, qint64 id, int position);
    void actionRemoved(qint64 storyId, qint64 id);
    void actionChanged(qint64 storyId, qint64 id, ActionField field);
    void actionMoved(qint64 storyId, qint64 id, int position);
    // Many items were added at once (insertMany): reload.
    void actionsReset();

private:
    Result<qint64> insertImpl(const ActionItem& item, int position);
    Status insertManyImpl(const QList<ActionItem>& items);
    Status removeImpl(qint64 id);
    Status setFieldImpl(qint64 id, ActionField field, const QVariant& value);
    Status moveImpl(qint64 id, int position);
    template <typename R>
    R reportFailure(R result);
    Status checkWritable() const;

    LibraryDatabase& m_library;
    StoryStore& m_stories;
};
