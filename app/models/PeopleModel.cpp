#include "models/PeopleModel.h"

#include "commands/EditPersonCommand.h"
#include "commands/MovePersonCommand.h"
#include "commands/PersonLifecycleCommand.h"
#include "storage/PeopleStore.h"

#include <QUndoStack>

PeopleModel::PeopleModel(PeopleStore& store, qint64 storyId, QUndoStack* undoStack, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_storyId(storyId)
    , m_undoStack(undoStack)
{
    connect(&m_store, &PeopleStore::personInserted, this, &PeopleModel::onInserted);
    connect(&m_store, &PeopleStore::personChanged, this, &PeopleModel::onChanged);
    connect(&m_store, &PeopleStore::personRemoved, this, &PeopleModel::onRemoved);
    connect(&m_store, &PeopleStore::personMoved, this, &PeopleModel::onMoved);
    reload();
}

void PeopleModel::reload()
{
    auto loaded = m_store.people(m_storyId);
    beginResetModel();
    m_people = loaded ? loaded.value() : QList<Person>();
    m_lastError = loaded ? QString() : loaded.error();
    endResetModel();
    emit peopleChanged();
}

int PeopleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int PeopleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Person& person = m_people.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        return index.column() == NameColumn ? person.name : person.role;
    }
    return {};
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        //: the role a person had in the incident, e.g. "on-call engineer"
        return tr("Role");
    default:
        return {};
    }
}

Qt::ItemFlags PeopleModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid()) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

bool PeopleModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    Person person = m_people.at(index.row());
    (index.column() == NameColumn ? person.name : person.role) = value.toString().simplified();
    return editPerson(index.row(), person);
}

bool PeopleModel::push(QUndoCommand* command)
{
    const int before = m_undoStack->count();
    const int index = m_undoStack->index();
    m_undoStack->push(command);
    // An obsolete command (its redo failed) is dropped by the stack.
    return m_undoStack->count() != before || m_undoStack->index() != index;
}

bool PeopleModel::addPerson(const Person& person, int row)
{
    if (row < 0 || row > m_people.size()) {
        row = int(m_people.size());
    }
    return push(new PersonLifecycleCommand(*this, PersonLifecycleCommand::Action::Add, row, person));
}

bool PeopleModel::editPerson(int row, const Person& person)
{
    if (row < 0 || row >= m_people.size()) {
        return false;
    }
    if (m_people.at(row) == person) {
        return true;
    }
    return push(new EditPersonCommand(*this, row, m_people.at(row), person));
}

bool PeopleModel::removePerson(int row)
{
    if (row < 0 || row >= m_people.size()) {
        return false;
    }
    return push(new PersonLifecycleCommand(*this, PersonLifecycleCommand::Action::Remove, row, m_people.at(row)));
}

bool PeopleModel::movePerson(int from, int to)
{
    if (from < 0 || from >= m_people.size() || to < 0 || to >= m_people.size() || from == to) {
        return false;
    }
    return push(new MovePersonCommand(*this, from, to));
}

Status PeopleModel::applyInsert(int row, const Person& person)
{
    return m_store.insert(m_storyId, row, person);
}

Status PeopleModel::applyUpdate(int row, const Person& person)
{
    return m_store.update(m_storyId, row, person);
}

Status PeopleModel::applyRemove(int row)
{
    return m_store.remove(m_storyId, row);
}

Status PeopleModel::applyMove(int from, int to)
{
    return m_store.move(m_storyId, from, to);
}

void PeopleModel::onInserted(qint64 storyId, int position)
{
    if (storyId != m_storyId) {
        return;
    }
    auto loaded = m_store.people(m_storyId);
    if (!loaded || loaded->size() != m_people.size() + 1) {
        reload();
        return;
    }
    beginInsertRows({}, position, position);
    m_people.insert(position, loaded->at(position));
    endInsertRows();
    emit peopleChanged();
}

void PeopleModel::onChanged(qint64 storyId, int position)
{
    if (storyId != m_storyId) {
        return;
    }
    auto loaded = m_store.people(m_storyId);
    if (!loaded || loaded->size() != m_people.size() || position >= m_people.size()) {
        reload();
        return;
    }
    const Person old = m_people.at(position);
    m_people[position] = loaded->at(position);
    const int first = old.name != m_people.at(position).name ? NameColumn : RoleColumn;
    const int last = old.role != m_people.at(position).role ? RoleColumn : NameColumn;
    emit dataChanged(
        index(position, qMin(first, last)), index(position, qMax(first, last)), {Qt::DisplayRole, Qt::EditRole});
    emit peopleChanged();
}

void PeopleModel::onRemoved(qint64 storyId, int position)
{
    if (storyId != m_storyId) {
        return;
    }
    if (position < 0 || position >= m_people.size()) {
        reload();
        return;
    }
    beginRemoveRows({}, position, position);
    m_people.removeAt(position);
    endRemoveRows();
    emit peopleChanged();
}

void PeopleModel::onMoved(qint64 storyId, int from, int to)
{
    if (storyId != m_storyId) {
        return;
    }
    if (from < 0 || from >= m_people.size() || to < 0 || to >= m_people.size()) {
        reload();
        return;
    }
    // Qt's destination is the row before which the moved row lands, counted before the move.
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    m_people.move(from, to);
    endMoveRows();
    emit peopleChanged();
}
