#include "domain/RetroDiscussion.h"

#include <algorithm>

namespace RetroDiscussion {

QList<RetroDiscussionItem> order(const QList<RetroColumn>& columns,
                                 const QList<RetroGroup>& groups,
                                 const QList<RetroCard>& cards,
                                 const QHash<RetroItemRef, int>& totals)
{
    QHash<qint64, int> columnPosition;
    QHash<qint64, QString> columnTitle;
    for (const RetroColumn& c : columns) {
        columnPosition.insert(c.id, c.position);
        columnTitle.insert(c.id, c.title);
    }
    struct Entry
    {
        RetroDiscussionItem item;
        int columnPos;
        int position;
    };
    QList<Entry> entries;
    QHash<qint64, qsizetype> groupEntry;
    for (const RetroGroup& g : groups) {
        RetroDiscussionItem item;
        item.ref = RetroItemRef::group(g.id);
        item.columnId = g.columnId;
        item.columnTitle = columnTitle.value(g.columnId);
        item.text = g.name;
        item.notes = g.notes;
        item.votes = totals.value(item.ref);
        groupEntry.insert(g.id, entries.size());
        entries << Entry {item, columnPosition.value(g.columnId), g.position};
    }
    QList<RetroCard> sorted = cards;
    std::stable_sort(
        sorted.begin(), sorted.end(), [](const RetroCard& a, const RetroCard& b) { return a.position < b.position; });
    for (const RetroCard& c : sorted) {
        if (c.groupId > 0) {
            const qsizetype at = groupEntry.value(c.groupId, -1);
            if (at >= 0) {
                entries[at].item.cards << c.text;
                // A group's dots: on the group and on its cards.
                entries[at].item.votes += totals.value(RetroItemRef::card(c.id));
            }
            continue;
        }
        RetroDiscussionItem item;
        item.ref = RetroItemRef::card(c.id);
        item.columnId = c.columnId;
        item.columnTitle = columnTitle.value(c.columnId);
        item.text = c.text;
        item.notes = c.notes;
        item.votes = totals.value(item.ref);
        entries << Entry {item, columnPosition.value(c.columnId), c.position};
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        if (a.item.votes != b.item.votes) {
            return a.item.votes > b.item.votes;
        }
        if (a.columnPos != b.columnPos) {
            return a.columnPos < b.columnPos;
        }
        return a.position < b.position;
    });
    QList<RetroDiscussionItem> result;
    result.reserve(entries.size());
    for (const Entry& e : entries) {
        result << e.item;
    }
    return result;
}

} // namespace RetroDiscussion
