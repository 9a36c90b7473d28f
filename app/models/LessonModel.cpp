#include "models/LessonModel.h"

#include "storage/LessonStore.h"
#include "storage/StoryStore.h"

#include <QStringList>

LessonModel::LessonModel(LessonStore& store, StoryStore& stories, qint64 storyId, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_storyId(storyId)
{
    connect(&m_store, &LessonStore::lessonAdded, this, &LessonModel::onAdded);
    connect(&m_store, &LessonStore::lessonRemoved, this, &LessonModel::onRemoved);
    connect(&m_store, &LessonStore::lessonChanged, this, &LessonModel::onChanged);
    connect(&m_store, &LessonStore::lessonMoved, this, &LessonModel::onMoved);
    connect(&stories, &StoryStore::storyTouched, this, [this](qint64 id) {
        if (id == m_storyId) {
            refreshCauses();
        }
    });
    // Deleting a story takes its parts along, undoing the deletion brings them back: read again.
    for (auto signal : {&StoryStore::storyAdded, &StoryStore::storyRemoved}) {
        connect(&stories, signal, this, [this](qint64 id) {
            if (id == m_storyId) {
                reload();
            }
        });
    }
    reload();
}

bool LessonModel::reload()
{
    beginResetModel();
    m_rows.clear();
    auto rows = m_store.lessons(m_storyId);
    auto causes = m_store.causeChoices(m_storyId);
    if (rows && causes) {
        m_rows = std::move(rows).value();
        m_causes = std::move(causes).value();
        m_lastError.clear();
    } else {
        m_lastError = rows ? causes.error() : rows.error();
        m_causes.clear();
    }
    m_causeIndex.clear();
    for (int i = 0; i < m_causes.size(); ++i) {
        m_causeIndex.insert(m_causes[i].id, i);
    }
    endResetModel();
    return m_lastError.isEmpty();
}

int LessonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LessonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LessonModel::causeStatement(qint64 causeId) const
{
    const int index = m_causeIndex.value(causeId, -1);
    return index < 0 ? QString() : m_causes[index].statement;
}

QString LessonModel::causesText(const Lesson& lesson) const
{
    QStringList names;
    for (qint64 id : lesson.causeIds) {
        const QString statement = causeStatement(id);
        //: a linked cause node without a statement
        names << (statement.isEmpty() ? tr("(untitled cause)") : statement);
    }
    return names.join(QStringLiteral("; "));
}

QVariant LessonModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Lesson& lesson = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return lesson.id;
    case KindRole:
        return static_cast<int>(lesson.kind);
    case CauseIdsRole:
        return QVariant::fromValue(lesson.causeIds);
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case KindColumn:
            return role == Qt::EditRole ? QVariant(static_cast<int>(lesson.kind))
                                        : QVariant(LessonRules::kindName(lesson.kind));
        case TextColumn:
            return lesson.text;
        case CausesColumn:
            return role == Qt::EditRole ? QVariant::fromValue(lesson.causeIds) : QVariant(causesText(lesson));
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == CausesColumn) {
            return lesson.causeIds.isEmpty() ? tr("Not linked to a cause. Press Ctrl+L to link it.")
                                             : causesText(lesson);
        }
        if (index.column() == TextColumn && !lesson.text.isEmpty()) {
            return lesson.text;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant LessonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case KindColumn:
        //: column header: what went well, what went wrong, where we got lucky, lesson
        return tr("Kind");
    case TextColumn:
        //: column header of the lessons learned
        return tr("Lesson learned");
    case CausesColumn:
        //: column header: the cause nodes a lesson or action item is linked to
        return tr("Linked causes");
    }
    return {};
}

Qt::ItemFlags LessonModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (index.column() != CausesColumn) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

int LessonModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id) {
            return i;
        }
    }
    return -1;
}

void LessonModel::onAdded(qint64 storyId, qint64 id, int position)
{
    if (storyId != m_storyId) {
        return;
    }
    auto lesson = m_store.lesson(id);
    if (!lesson) {
        m_lastError = lesson.error();
        return;
    }
    position = qBound(0, position, static_cast<int>(m_rows.size()));
    beginInsertRows({}, position, position);
    m_rows.insert(position, std::move(lesson).value());
    endInsertRows();
}

void LessonModel::onRemoved(qint64 storyId, qint64 id)
{
    if (storyId != m_storyId) {
        return;
    }
    const int row = rowOf(id);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void LessonModel::onChanged(qint64 storyId, qint64 id, LessonField field)
{
    const int row = storyId == m_storyId ? rowOf(id) : -1;
    if (row < 0) {
        return;
    }
    auto lesson = m_store.lesson(id);
    if (!lesson) {
        m_lastError = lesson.error();
        return;
    }
    m_rows[row] = std::move(lesson).value();
    switch (field) {
    case LessonField::Kind:
        emit dataChanged(index(row, KindColumn), index(row, KindColumn), {Qt::DisplayRole, Qt::EditRole, KindRole});
        break;
    case LessonField::Text:
        emit dataChanged(
            index(row, TextColumn), index(row, TextColumn), {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole});
        break;
    case LessonField::Causes:
        emit dataChanged(index(row, CausesColumn),
                         index(row, CausesColumn),
                         {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole, CauseIdsRole});
        break;
    }
}

void LessonModel::onMoved(qint64 storyId, qint64 id, int position)
{
    const int from = storyId == m_storyId ? rowOf(id) : -1;
    if (from < 0 || position < 0 || position >= m_rows.size() || position == from) {
        return;
    }
    // beginMoveRows wants the row before which the moved row lands, counted before the move.
    const int destination = position > from ? position + 1 : position;
    beginMoveRows({}, from, from, {}, destination);
    m_rows.move(from, position);
    endMoveRows();
}

void LessonModel::refreshCauses()
{
    auto causes = m_store.causeChoices(m_storyId);
    if (!causes) {
        return;
    }
    bool namesChanged = causes->size() != m_causes.size();
    for (int i = 0; !namesChanged && i < m_causes.size(); ++i) {
        namesChanged = causes->at(i).id != m_causes[i].id || causes->at(i).statement != m_causes[i].statement;
    }
    if (!namesChanged) {
        return;
    }
    m_causes = std::move(causes).value();
    m_causeIndex.clear();
    for (int i = 0; i < m_causes.size(); ++i) {
        m_causeIndex.insert(m_causes[i].id, i);
    }
    // A deleted cause takes its links with it (ON DELETE CASCADE).
    for (int row = 0; row < m_rows.size(); ++row) {
        Lesson& lesson = m_rows[row];
        QList<qint64> kept;
        for (qint64 id : std::as_const(lesson.causeIds)) {
            if (m_causeIndex.contains(id)) {
                kept << id;
            }
        }
        const bool linksChanged = kept != lesson.causeIds;
        lesson.causeIds = kept;
        if (!lesson.causeIds.isEmpty() || linksChanged) {
            QList<int> roles = {Qt::DisplayRole, Qt::ToolTipRole};
            if (linksChanged) {
                roles << Qt::EditRole << CauseIdsRole;
            }
            emit dataChanged(index(row, CausesColumn), index(row, CausesColumn), roles);
        }
    }
}
