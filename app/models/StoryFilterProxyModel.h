#pragma once

#include "domain/Story.h"

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

class StoryStore;

// Sorts the story list by any column and filters it by status, kind, tag and full-text search.
class StoryFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit StoryFilterProxyModel(StoryStore& store, QObject* parent = nullptr);

    void setStatusFilter(std::optional<StoryStatus> status);
    void setKindFilter(std::optional<StoryKind> kind);
    // An empty tag shows every story.
    void setTagFilter(const QString& tag);
    // Runs a prefix full-text search; an empty or blank text shows every story. Returns false and
    // leaves the filter as it was when the search fails (see lastError()).
    bool setSearchText(const QString& text);

    QString searchText() const { return m_searchText; }
    bool isSearching() const { return m_searchIds.has_value(); }
    QString lastError() const { return m_lastError; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    StoryStore& m_store;
    std::optional<StoryStatus> m_status;
    std::optional<StoryKind> m_kind;
    QString m_tag;
    QString m_searchText;
    std::optional<QSet<qint64>> m_searchIds;
    QString m_lastError;
};
