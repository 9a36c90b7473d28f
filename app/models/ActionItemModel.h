#pragma once

#include "domain/ActionItem.h"
#include "domain/CauseChoice.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

class ActionStore;
class StoryStore;

// A story's action items in their order, one row each, kept in step with the store's signals.
// Overdue rows are marked (colours, tool tip, OverdueRole). Edits go through undo commands.
class ActionItemModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        OwnerColumn,
        DueColumn,
        PriorityColumn,
        StatusColumn,
        TypeColumn,
        TicketColumn,
        CausesColumn,
        ColumnCount
    };

    enum Role {
        IdRole = Qt::UserRole + 1,
        OverdueRole,     // bool
        DaysOverdueRole, // qint64
        StatusRole,      // ActionStatus as int
        CauseIdsRole,    // QList<qint64>
    };

    ActionItemModel(ActionStore& store, StoryStore& stories, qint64 storyId, QObject* parent = nullptr);

    bool reload();
    QString lastError() const { return m_lastError; }
    qint64 storyId() const { return m_storyId; }

    // The day "overdue" is measured against; today unless set (tests, or a new day began).
    QDate today() const { return m_today; }
    void setToday(const QDate& today);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    const ActionItem& itemAt(int row) const { return m_rows.at(row); }
    int rowOf(qint64 id) const;
    static ActionField fieldOf(int column);

    int openCount() const;
    int overdueCount() const;
    // The story's cause nodes, for linking; the root causes no action item is linked to.
    QList<CauseChoice> causeChoices() const { return m_causes; }
    QList<CauseChoice> unactionedRootCauses() const { return m_unactioned; }
    QString causeStatement(qint64 causeId) const;
    // The owners named on open action items anywhere in the library, for completion.
    QStringList knownOwners() const;

signals:
    // Counts, or the root causes without an action, may have changed.
    void summaryChanged();

private:
    void onAdded(qint64 storyId, qint64 id, int position);
    void onRemoved(qint64 storyId, qint64 id);
    void onChanged(qint64 storyId, qint64 id, ActionField field);
    void onMoved(qint64 storyId, qint64 id, int position);
    void refreshCauses();
    void refreshUnactioned();
    QString causesText(const ActionItem& item) const;

    ActionStore& m_store;
    qint64 m_storyId;
    QDate m_today;
    QList<ActionItem> m_rows;
    QList<CauseChoice> m_causes;
    QHash<qint64, int> m_causeIndex;
    QList<CauseChoice> m_unactioned;
    QString m_lastError;
};
