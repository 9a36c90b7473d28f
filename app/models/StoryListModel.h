#pragma once

#include "domain/StorySummary.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class StoryStore;

// The library's stories as a table, one row per story, kept in step with the store's signals.
class StoryListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        KindColumn,
        StatusColumn,
        SeverityColumn,
        AuthorsColumn,
        TagsColumn,
        StartedColumn,
        ModifiedColumn,
        ColumnCount
    };

    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole,   // a raw value that sorts correctly (dates as ISO text, severity with "none" last)
        StatusRole, // StoryStatus as int
        KindRole,   // StoryKind as int
        TagsRole,   // QStringList
    };

    explicit StoryListModel(StoryStore& store, QObject* parent = nullptr);

    // Reads every story's summary again; returns false (model left empty) on a read error.
    bool reload();
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(qint64 id) const;
    qint64 idAt(int row) const;
    QModelIndex indexOf(qint64 id, int column = TitleColumn) const;

private:
    void onStoryAdded(qint64 id);
    void onStoryRemoved(qint64 id);
    void onStoryChanged(qint64 id, int column);
    void rebuildRowIndex(int fromRow);

    StoryStore& m_store;
    QList<StorySummary> m_rows;
    QHash<qint64, int> m_rowById;
    QString m_lastError;
};
