#include "models/StoryFilterProxyModel.h"

#include "models/StoryListModel.h"
#include "storage/StoryStore.h"

StoryFilterProxyModel::StoryFilterProxyModel(StoryStore& store, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_store(store)
{
    setSortRole(StoryListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void StoryFilterProxyModel::setStatusFilter(std::optional<StoryStatus> status)
{
    if (m_status == status) {
        return;
    }
    m_status = status;
    invalidateRowsFilter();
}

void StoryFilterProxyModel::setKindFilter(std::optional<StoryKind> kind)
{
    if (m_kind == kind) {
        return;
    }
    m_kind = kind;
    invalidateRowsFilter();
}

void StoryFilterProxyModel::setTagFilter(const QString& tag)
{
    if (m_tag == tag) {
        return;
    }
    m_tag = tag;
    invalidateRowsFilter();
}

bool StoryFilterProxyModel::setSearchText(const QString& text)
{
    std::optional<QSet<qint64>> ids;
    if (!text.trimmed().isEmpty()) {
        // Only which stories match matters here, not their rank.
        auto matches = m_store.matchingIds(text);
        if (!matches) {
            m_lastError = matches.error();
            return false;
        }
        ids = QSet<qint64>(matches->cbegin(), matches->cend());
    }
    m_lastError.clear();
    m_searchText = text;
    m_searchIds = std::move(ids);
    invalidateRowsFilter();
    return true;
}

bool StoryFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_status && index.data(StoryListModel::StatusRole).toInt() != static_cast<int>(*m_status)) {
        return false;
    }
    if (m_kind && index.data(StoryListModel::KindRole).toInt() != static_cast<int>(*m_kind)) {
        return false;
    }
    if (!m_tag.isEmpty() && !index.data(StoryListModel::TagsRole).toStringList().contains(m_tag)) {
        return false;
    }
    if (m_searchIds && !m_searchIds->contains(index.data(StoryListModel::IdRole).toLongLong())) {
        return false;
    }
    return true;
}
