#pragma once

#include "domain/ActionItem.h"
#include "domain/OpenAction.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

class ActionStore;
class StoryStore;

// Every open or in-progress action item of the library, with its story: the "Open actions" view.
// Loaded with one query; afterwards it follows the stores' signals row by row.
class OpenActionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DueColumn,
        TitleColumn,
        OwnerColumn,
        PriorityColumn,
        StatusColumn,
        TypeColumn,
        StoryColumn,
        ColumnCount
    };

    enum Role {
        ActionIdRole = Qt::UserRole + 1,
        StoryIdRole,
        OverdueRole, // bool
        OwnerRole,   // the owner as stored (empty: nobody)
    };

    OpenActionsModel(ActionStore& actions, StoryStore& stories, QObject* parent = nullptr);

    bool reload();
    QString lastError() const { return m_lastError; }

    QDate today() const { return m_today; }
    void setToday(const QDate& today);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Typed access for the filter proxy (no QVariant per row).
    const OpenAction& rowAt(int row) const { return m_rows.at(row); }
    bool isOverdue(int row) const;
    int rowOf(qint64 actionId) const { return m_rowById.value(actionId, -1); }
    // The owners of the open items, sorted case-insensitively (empty owners left out).
    QStringList owners() const;

signals:
    // The set of owners may have changed.
    void ownersChanged();

private:
    void onAdded(qint64 storyId, qint64 id);
    void onRemoved(qint64 id);
    void onChanged(qint64 id, ActionField field);
    void onStoryTitleChanged(qint64 storyId);
    void onStoryRemoved(qint64 storyId);
    void onStoryAdded(qint64 storyId);
    void removeRowAt(int row);
    void appendRow(const OpenAction& row);
    void rebuildIndex(int fromRow);

    ActionStore& m_actions;
    StoryStore& m_stories;
    QDate m_today;
    QList<OpenAction> m_rows;
    QHash<qint64, int> m_rowById;
    QString m_lastError;
};
