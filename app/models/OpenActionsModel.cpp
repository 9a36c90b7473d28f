#include "models/OpenActionsModel.h"

#include "storage/ActionStore.h"
#include "storage/StoryStore.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QSet>

namespace {
const QColor OverdueText(0x9b, 0x1c, 0x1c);
const QColor OverdueBackground(0xfd, 0xe2, 0xe2);
} // namespace

OpenActionsModel::OpenActionsModel(ActionStore& actions, StoryStore& stories, QObject* parent)
    : QAbstractTableModel(parent)
    , m_actions(actions)
    , m_stories(stories)
    , m_today(QDate::currentDate())
{
    connect(
        &m_actions, &ActionStore::actionAdded, this, [this](qint64 storyId, qint64 id, int) { onAdded(storyId, id); });
    connect(&m_actions, &ActionStore::actionRemoved, this, [this](qint64, qint64 id) { onRemoved(id); });
    connect(&m_actions, &ActionStore::actionChanged, this, [this](qint64, qint64 id, ActionField field) {
        onChanged(id, field);
    });
    connect(&m_actions, &ActionStore::actionsReset, this, &OpenActionsModel::reload);
    connect(&m_stories, &StoryStore::storyChanged, this, [this](qint64 id, StoryField field) {
        if (field == StoryField::Title) {
            onStoryTitleChanged(id);
        }
    });
    connect(&m_stories, &StoryStore::storyRemoved, this, &OpenActionsModel::onStoryRemoved);
    connect(&m_stories, &StoryStore::storyAdded, this, &OpenActionsModel::onStoryAdded);
    reload();
}

bool OpenActionsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    auto rows = m_actions.openActions();
    if (rows) {
        m_rows = std::move(rows).value();
        m_lastError.clear();
    } else {
        m_lastError = rows.error();
    }
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    rebuildIndex(0);
    endResetModel();
    emit ownersChanged();
    return m_lastError.isEmpty();
}

void OpenActionsModel::setToday(const QDate& today)
{
    if (today == m_today) {
        return;
    }
    m_today = today;
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
    }
}

void OpenActionsModel::rebuildIndex(int fromRow)
{
    for (int i = fromRow; i < m_rows.size(); ++i) {
        m_rowById.insert(m_rows[i].id, i);
    }
}

int OpenActionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OpenActionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool OpenActionsModel::isOverdue(int row) const
{
    const OpenAction& a = m_rows.at(row);
    return ActionRules::isOverdue(a.status, a.dueDate, m_today);
}

QVariant OpenActionsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const OpenAction& a = m_rows.at(index.row());
    switch (role) {
    case ActionIdRole:
        return a.id;
    case StoryIdRole:
        return a.storyId;
    case OverdueRole:
        return isOverdue(index.row());
    case OwnerRole:
        return a.owner;
    case Qt::DisplayRole:
        switch (index.column()) {
        case DueColumn:
            return a.dueDate.isValid() ? QLocale().toString(a.dueDate, QLocale::ShortFormat) : QString();
        case TitleColumn:
            return a.title;
        case OwnerColumn:
            //: shown for an action item nobody owns yet
            return a.owner.isEmpty() ? tr("(nobody)") : a.owner;
        case PriorityColumn:
            return ActionRules::priorityName(a.priority);
        case StatusColumn:
            return ActionRules::statusName(a.status);
        case TypeColumn:
            return ActionRules::typeName(a.type);
        case StoryColumn:
            //: a story without a title
            return a.storyTitle.isEmpty() ? tr("(untitled)") : a.storyTitle;
        }
        break;
    case Qt::ToolTipRole:
        if (isOverdue(index.row())) {
            return ActionRules::overdueText(a.status, a.dueDate, m_today);
        }
        if (index.column() == StoryColumn) {
            return tr("Enter or double-click opens the story.");
        }
        break;
    case Qt::ForegroundRole:
        if (isOverdue(index.row())) {
            return QBrush(OverdueText);
        }
        break;
    case Qt::BackgroundRole:
        if (isOverdue(index.row())) {
            return QBrush(OverdueBackground);
        }
        break;
    case Qt::FontRole:
        if (index.column() == DueColumn && isOverdue(index.row())) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant OpenActionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case DueColumn:
        return tr("Due");
    case TitleColumn:
        //: column header: what the action item is
        return tr("Action");
    case OwnerColumn:
        return tr("Owner");
    case PriorityColumn:
        return tr("Priority");
    case StatusColumn:
        return tr("Status");
    case TypeColumn:
        //: column header: mitigate, prevent, detect, process
        return tr("Type");
    case StoryColumn:
        //: column header: the story an action item belongs to
        return tr("Story");
    }
    return {};
}

QStringList OpenActionsModel::owners() const
{
    QSet<QString> seen;
    QStringList list;
    for (const OpenAction& a : m_rows) {
        if (!a.owner.isEmpty() && !seen.contains(a.owner)) {
            seen.insert(a.owner);
            list << a.owner;
        }
    }
    std::sort(list.begin(), list.end(), [](const QString& x, const QString& y) {
        return QString::compare(x, y, Qt::CaseInsensitive) < 0;
    });
    return list;
}

void OpenActionsModel::appendRow(const OpenAction& row)
{
    const int position = static_cast<int>(m_rows.size());
    beginInsertRows({}, position, position);
    m_rows << row;
    m_rowById.insert(row.id, position);
    endInsertRows();
}

void OpenActionsModel::removeRowAt(int row)
{
    beginRemoveRows({}, row, row);
    m_rowById.remove(m_rows[row].id);
    m_rows.removeAt(row);
    rebuildIndex(row);
    endRemoveRows();
}

void OpenActionsModel::onAdded(qint64, qint64 id)
{
    auto row = m_actions.openAction(id);
    if (!row || !ActionRules::isOpen(row->status) || m_rowById.contains(id)) {
        return;
    }
    appendRow(row.value());
    if (!row->owner.isEmpty()) {
        emit ownersChanged();
    }
}

void OpenActionsModel::onRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0) {
        return;
    }
    const bool hadOwner = !m_rows[row].owner.isEmpty();
    removeRowAt(row);
    if (hadOwner) {
        emit ownersChanged();
    }
}

void OpenActionsModel::onChanged(qint64 id, ActionField field)
{
    if (field == ActionField::TicketUrl || field == ActionField::Causes) {
        return; // not shown here
    }
    auto fresh = m_actions.openAction(id);
    const int row = rowOf(id);
    if (!fresh) {
        return;
    }
    const bool open = ActionRules::isOpen(fresh->status);
    if (row < 0) {
        if (open) {
            // Reopened: back into the list.
            appendRow(fresh.value());
            emit ownersChanged();
        }
        return;
    }
    if (!open) {
        removeRowAt(row);
        emit ownersChanged();
        return;
    }
    const bool ownerChanged = m_rows[row].owner != fresh->owner;
    m_rows[row] = fresh.value();
    if (field == ActionField::Status || field == ActionField::DueDate) {
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else {
        int column = TitleColumn;
        if (field == ActionField::Owner) {
            column = OwnerColumn;
        } else if (field == ActionField::Priority) {
            column = PriorityColumn;
        } else if (field == ActionField::Type) {
            column = TypeColumn;
        }
        emit dataChanged(index(row, column), index(row, column), {Qt::DisplayRole, OwnerRole});
    }
    if (ownerChanged) {
        emit ownersChanged();
    }
}

void OpenActionsModel::onStoryTitleChanged(qint64 storyId)
{
    auto summary = m_stories.summary(storyId);
    if (!summary) {
        return;
    }
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].storyId == storyId) {
            m_rows[row].storyTitle = summary->title;
            emit dataChanged(index(row, StoryColumn), index(row, StoryColumn), {Qt::DisplayRole});
        }
    }
}

void OpenActionsModel::onStoryRemoved(qint64 storyId)
{
    bool removed = false;
    for (int row = static_cast<int>(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows[row].storyId == storyId) {
            removeRowAt(row);
            removed = true;
        }
    }
    if (removed) {
        emit ownersChanged();
    }
}

void OpenActionsModel::onStoryAdded(qint64 storyId)
{
    // A story brought back by undo may bring its action items with it.
    auto items = m_actions.actions(storyId);
    if (!items) {
        return;
    }
    bool added = false;
    for (const ActionItem& item : items.value()) {
        if (ActionRules::isOpen(item.status) && !m_rowById.contains(item.id)) {
            if (auto row = m_actions.openAction(item.id)) {
                appendRow(row.value());
                added = true;
            }
        }
    }
    if (added) {
        emit ownersChanged();
    }
}
