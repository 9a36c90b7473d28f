#include "models/OpenActionsFilterProxyModel.h"

#include "models/OpenActionsModel.h"

namespace {
// Undated items sort after dated ones, in either direction of the due column's first click.
int compareDue(const QDate& a, const QDate& b)
{
    if (a == b) {
        return 0;
    }
    if (!a.isValid()) {
        return 1;
    }
    if (!b.isValid()) {
        return -1;
    }
    return a < b ? -1 : 1;
}
} // namespace

OpenActionsFilterProxyModel::OpenActionsFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void OpenActionsFilterProxyModel::setSourceModel(QAbstractItemModel* model)
{
    m_model = qobject_cast<OpenActionsModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

QString OpenActionsFilterProxyModel::noOwner()
{
    // Not a name anyone types: owners are stored simplified, without control characters.
    return QStringLiteral("\x1f");
}

void OpenActionsFilterProxyModel::setOwnerFilter(const QString& owner)
{
    if (owner == m_owner) {
        return;
    }
    m_owner = owner;
    // One layout change: a filter that keeps scattered rows would otherwise remove them range by
    // range, each a relayout of the view (seconds for tens of thousands of rows).
    invalidate();
}

void OpenActionsFilterProxyModel::setOverdueOnly(bool overdueOnly)
{
    if (overdueOnly == m_overdueOnly) {
        return;
    }
    m_overdueOnly = overdueOnly;
    invalidate();
}

int OpenActionsFilterProxyModel::overdueCount() const
{
    if (!m_model) {
        return 0;
    }
    // Over the source rows with the typed filter: no model indexes for tens of thousands of rows.
    int count = 0;
    const int rows = m_model->rowCount();
    for (int row = 0; row < rows; ++row) {
        if (m_model->isOverdue(row) && filterAcceptsRow(row, QModelIndex())) {
            ++count;
        }
    }
    return count;
}

bool OpenActionsFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_model || sourceParent.isValid()) {
        return true;
    }
    if (m_overdueOnly && !m_model->isOverdue(sourceRow)) {
        return false;
    }
    if (m_owner.isEmpty()) {
        return true;
    }
    const QString& owner = m_model->rowAt(sourceRow).owner;
    if (m_owner == noOwner()) {
        return owner.isEmpty();
    }
    return owner.compare(m_owner, Qt::CaseInsensitive) == 0;
}

bool OpenActionsFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_model) {
        return QSortFilterProxyModel::lessThan(left, right);
    }
    // Typed comparisons: sorting 30,000 rows through QVariant display strings is too slow.
    const OpenAction& a = m_model->rowAt(left.row());
    const OpenAction& b = m_model->rowAt(right.row());
    int c = 0;
    switch (left.column()) {
    case OpenActionsModel::DueColumn:
        c = compareDue(a.dueDate, b.dueDate);
        if (c == 0) {
            c = a.priority - b.priority;
        }
        break;
    case OpenActionsModel::TitleColumn:
        c = a.title.compare(b.title, Qt::CaseInsensitive);
        break;
    case OpenActionsModel::OwnerColumn:
        c = a.owner.compare(b.owner, Qt::CaseInsensitive);
        break;
    case OpenActionsModel::PriorityColumn:
        c = a.priority - b.priority;
        if (c == 0) {
            c = compareDue(a.dueDate, b.dueDate);
        }
        break;
    case OpenActionsModel::StatusColumn:
        c = static_cast<int>(a.status) - static_cast<int>(b.status);
        break;
    case OpenActionsModel::TypeColumn:
        c = static_cast<int>(a.type) - static_cast<int>(b.type);
        break;
    case OpenActionsModel::StoryColumn:
        c = a.storyTitle.compare(b.storyTitle, Qt::CaseInsensitive);
        break;
    default:
        break;
    }
    if (c == 0) {
        return a.id < b.id;
    }
    return c < 0;
}
