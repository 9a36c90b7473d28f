#pragma once

#include "domain/Award.h"

#include <QAbstractTableModel>
#include <QList>

class AwardStore;
class QUndoCommand;
class QUndoStack;

// The awards of one story, by year. Edits through setData, addAward and removeAward become undo
// commands on the story's stack; the rows follow the store's signals.
class AwardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        YearColumn,
        TitleColumn,
        CitationColumn,
        ColumnCount,
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
    };

    AwardModel(AwardStore& store, qint64 storyId, QUndoStack* undoStack, QObject* parent = nullptr);

    qint64 storyId() const { return m_storyId; }
    const QList<Award>& awards() const { return m_awards; }
    // The row of the award with `id`; -1 when it is not in the list.
    int rowOf(qint64 id) const;
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // User edits (undoable). addAward returns the new award's id (0 when nothing was saved).
    qint64 addAward(const Award& award);
    bool removeAward(int row);

    // The title a new award gets.
    static QString defaultTitle();

private:
    void onAdded(qint64 storyId, qint64 id);
    void onChanged(qint64 storyId, qint64 id);
    void onRemoved(qint64 storyId, qint64 id);
    int sortedRow(const Award& award, int ignoreRow) const;

    AwardStore& m_store;
    qint64 m_storyId;
    QUndoStack* m_undoStack;
    QList<Award> m_awards;
    qint64 m_lastAddedId = 0;
};
