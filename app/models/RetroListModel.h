#pragma once

#include "domain/Retro.h"

#include <QAbstractTableModel>
#include <QList>

class RetroStore;

// The library's retros, newest first, kept in step with the store's signals.
class RetroListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, DateColumn, TeamColumn, PhaseColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        PhaseRole, // RetroPhase as int
        StoryIdRole,
    };

    explicit RetroListModel(RetroStore& store, QObject* parent = nullptr);

    bool reload();
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Retro& retroAt(int row) const { return m_rows.at(row); }
    int rowOf(qint64 id) const;

private:
    void onAdded(qint64 id);
    void onRemoved(qint64 id);
    void onChanged(qint64 id);
    int sortedRowFor(const Retro& retro) const;

    RetroStore& m_store;
    QList<Retro> m_rows;
    QString m_lastError;
};
