#pragma once

#include "domain/Person.h"
#include "util/Result.h"

#include <QAbstractTableModel>
#include <QList>

class PeopleStore;
class QUndoCommand;
class QUndoStack;

// The people involved in one story with their roles, in the story's order. Edits through setData,
// addPerson, removePerson and movePerson become undo commands on the story's stack; the commands
// write through apply*(), and the rows follow the store's signals.
class PeopleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        RoleColumn,
        ColumnCount,
    };

    PeopleModel(PeopleStore& store, qint64 storyId, QUndoStack* undoStack, QObject* parent = nullptr);

    qint64 storyId() const { return m_storyId; }
    const QList<Person>& people() const { return m_people; }
    QString lastError() const { return m_lastError; }
    // Re-reads the list (e.g. after the story came back by undo).
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // User edits (undoable). Return false when nothing was saved.
    bool addPerson(const Person& person, int row = -1);
    bool editPerson(int row, const Person& person);
    bool removePerson(int row);
    bool movePerson(int from, int to);

    // For the undo commands: write through the store.
    Status applyInsert(int row, const Person& person);
    Status applyUpdate(int row, const Person& person);
    Status applyRemove(int row);
    Status applyMove(int from, int to);

signals:
    // The names or roles changed (the coach listens).
    void peopleChanged();

private:
    void onInserted(qint64 storyId, int position);
    void onChanged(qint64 storyId, int position);
    void onRemoved(qint64 storyId, int position);
    void onMoved(qint64 storyId, int from, int to);
    bool push(QUndoCommand* command);

    PeopleStore& m_store;
    qint64 m_storyId;
    QUndoStack* m_undoStack;
    QList<Person> m_people;
    QString m_lastError;
};
