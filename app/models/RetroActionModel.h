#pragma once

#include "domain/RetroAction.h"

#include <QAbstractTableModel>
#include <QList>

class RetroStore;

// A retro's own action items in order, kept in step with the store's signals (exact signals).
class RetroActionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, OwnerColumn, DueDateColumn, StatusColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        StatusRole,      // ActionStatus as int
        CarriedFromRole, // qint64
    };

    RetroActionModel(RetroStore& store, qint64 retroId, QObject* parent = nullptr);

    bool reload();
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const RetroAction& actionAt(int row) const { return m_rows.at(row); }
    int rowOf(qint64 id) const;

private:
    void onAdded(qint64 retroId, qint64 id, int position);
    void onRemoved(qint64 retroId, qint64 id, int position);
    void onChanged(qint64 retroId, qint64 id, RetroActionField field);

    RetroStore& m_store;
    qint64 m_retroId;
    QList<RetroAction> m_rows;
    QString m_lastError;
};
