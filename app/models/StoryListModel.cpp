#include "models/StoryListModel.h"

#include "domain/StoryRules.h"
#include "storage/StoryStore.h"

#include <QFont>
#include <QLocale>

namespace {
int columnFor(StoryField field)
{
    switch (field) {
    case StoryField::Title:
        return StoryListModel::TitleColumn;
    case StoryField::Kind:
        return StoryListModel::KindColumn;
    case StoryField::Status:
        return StoryListModel::StatusColumn;
    case StoryField::Severity:
        return StoryListModel::SeverityColumn;
    case StoryField::Authors:
        return StoryListModel::AuthorsColumn;
    case StoryField::Tags:
        return StoryListModel::TagsColumn;
    case StoryField::StartedAt:
        return StoryListModel::StartedColumn;
    case StoryField::DetectedAt:
    case StoryField::ResolvedAt:
        break;
    }
    return -1;
}

QString shortTime(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

// Today's changes show the time, older ones the date, as mail clients do.
QString compactTime(const QDateTime& utc)
{
    if (!utc.isValid()) {
        return {};
    }
    const QDateTime local = utc.toLocalTime();
    if (local.date() == QDate::currentDate()) {
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    }
    return QLocale().toString(local.date(), QLocale::ShortFormat);
}
} // namespace

StoryListModel::StoryListModel(StoryStore& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&m_store, &StoryStore::storyAdded, this, &StoryListModel::onStoryAdded);
    connect(&m_store, &StoryStore::storyRemoved, this, &StoryListModel::onStoryRemoved);
    connect(&m_store, &StoryStore::storyChanged, this, [this](qint64 id, StoryField field) {
        onStoryChanged(id, columnFor(field));
    });
    connect(&m_store, &StoryStore::sectionChanged, this, [this](qint64 id, Section) { onStoryChanged(id, -1); });
    connect(&m_store, &StoryStore::storyTouched, this, [this](qint64 id) { onStoryChanged(id, -1); });
    reload();
}

bool StoryListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    auto rows = m_store.summaries();
    if (rows) {
        m_rows = std::move(rows).value();
        m_lastError.clear();
    } else {
        m_lastError = rows.error();
    }
    rebuildRowIndex(0);
    endResetModel();
    return rows.ok();
}

void StoryListModel::rebuildRowIndex(int fromRow)
{
    for (int row = fromRow; row < m_rows.size(); ++row) {
        m_rowById.insert(m_rows[row].id, row);
    }
}

int StoryListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int StoryListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StoryListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const StorySummary& s = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return s.id;
    case StatusRole:
        return static_cast<int>(s.status);
    case KindRole:
        return static_cast<int>(s.kind);
    case TagsRole:
        return s.tags;
    case Qt::FontRole:
        if (index.column() == TitleColumn && s.title.simplified().isEmpty()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn) {
            return s.title.simplified().isEmpty() ? Story {}.displayTitle() : s.title;
        }
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool sort = role == SortRole;
    switch (index.column()) {
    case TitleColumn:
        if (sort) {
            return s.title;
        }
        return s.title.simplified().isEmpty() ? Story {}.displayTitle() : s.title;
    case KindColumn:
        return sort ? QVariant(static_cast<int>(s.kind)) : QVariant(StoryRules::kindName(s.kind));
    case StatusColumn:
        return sort ? QVariant(static_cast<int>(s.status)) : QVariant(StoryRules::statusName(s.status));
    case SeverityColumn:
        if (sort) {
            return s.severity == 0 ? StoryRules::MaxSeverity + 1 : s.severity;
        }
        return s.severity == 0 ? QString() : StoryRules::severityName(s.severity);
    case AuthorsColumn:
        return s.authors.join(QStringLiteral(", "));
    case TagsColumn:
        return s.tags.join(QStringLiteral(", "));
    case StartedColumn:
        return sort ? QVariant(s.startedAt) : QVariant(shortTime(s.startedAt));
    case ModifiedColumn:
        return sort ? QVariant(s.modifiedAt) : QVariant(compactTime(s.modifiedAt));
    default:
        return {};
    }
}

QVariant StoryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case KindColumn:
        return tr("Kind");
    case StatusColumn:
        return tr("Status");
    case SeverityColumn:
        return tr("Severity");
    case AuthorsColumn:
        return tr("Authors");
    case TagsColumn:
        return tr("Tags");
    case StartedColumn:
        return tr("Started", "when the incident started");
    case ModifiedColumn:
        return tr("Modified");
    default:
        return {};
    }
}

QHash<int, QByteArray> StoryListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "storyId");
    names.insert(SortRole, "sortValue");
    names.insert(StatusRole, "status");
    names.insert(KindRole, "kind");
    names.insert(TagsRole, "tags");
    return names;
}

int StoryListModel::rowOf(qint64 id) const
{
    return m_rowById.value(id, -1);
}

qint64 StoryListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

QModelIndex StoryListModel::indexOf(qint64 id, int column) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

void StoryListModel::onStoryAdded(qint64 id)
{
    if (m_rowById.contains(id)) {
        return;
    }
    auto summary = m_store.summary(id);
    if (!summary) {
        m_lastError = summary.error();
        return;
    }
    // Rows stay in id order, so a story restored by undo returns to its old place.
    auto it = std::lower_bound(
        m_rows.cbegin(), m_rows.cend(), id, [](const StorySummary& s, qint64 value) { return s.id < value; });
    const int row = static_cast<int>(it - m_rows.cbegin());
    beginInsertRows(QModelIndex(), row, row);
    m_rows.insert(row, summary.value());
    rebuildRowIndex(row);
    endInsertRows();
}

void StoryListModel::onStoryRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0) {
        return;
    }
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.removeAt(row);
    m_rowById.remove(id);
    rebuildRowIndex(row);
    endRemoveRows();
}

void StoryListModel::onStoryChanged(qint64 id, int column)
{
    const int row = rowOf(id);
    if (row < 0) {
        return;
    }
    auto summary = m_store.summary(id);
    if (!summary) {
        m_lastError = summary.error();
        return;
    }
    m_rows[row] = summary.value();
    const QList<int> roles = {Qt::DisplayRole, SortRole, Qt::ToolTipRole, Qt::FontRole, StatusRole, KindRole, TagsRole};
    if (column >= 0) {
        emit dataChanged(index(row, column), index(row, column), roles);
    }
    emit dataChanged(index(row, ModifiedColumn), index(row, ModifiedColumn), {Qt::DisplayRole, SortRole});
}
