#pragma once

#include <QSortFilterProxyModel>

class OpenActionsModel;

// Narrows the open actions to one owner (or to those nobody owns) and to overdue items, and sorts
// them: by due date with undated items last, then priority, unless a column header says otherwise.
class OpenActionsFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit OpenActionsFilterProxyModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;

    // An owner's name (case-insensitive), NoOwner for items nobody owns, or an empty string for all.
    void setOwnerFilter(const QString& owner);
    QString ownerFilter() const { return m_owner; }
    void setOverdueOnly(bool overdueOnly);
    bool overdueOnly() const { return m_overdueOnly; }

    // Shown items that are overdue.
    int overdueCount() const;

    static QString noOwner();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    OpenActionsModel* m_model = nullptr;
    QString m_owner;
    bool m_overdueOnly = false;
};
