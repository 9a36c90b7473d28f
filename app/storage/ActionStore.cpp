#include "storage/ActionStore.h"

#include "storage/LibraryDatabase.h"
#include "storage/SqlUtil.h"
#include "storage/StoryPartRows.h"
#include "storage/StoryStore.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace {
const QString Table = QStringLiteral("action_item");
const QString LinkTable = QStringLiteral("action_cause");
const QString LinkColumn = QStringLiteral("action_id");

const char* ItemSelect = "SELECT id, story_id, title, owner, due_date, priority, status, type, ticket_url,"
                         " created_at, modified_at FROM action_item";

QString notFound(qint64 id)
{
    return QCoreApplication::translate("ActionStore", "Action item %1 does not exist.").arg(id);
}

QVariant dateToDb(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate dateFromDb(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant timeToDb(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFromDb(const QVariant& value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

ActionItem readItem(const QSqlQuery& q)
{
    ActionItem item;
    item.id = q.value(0).toLongLong();
    item.storyId = q.value(1).toLongLong();
    item.title = q.value(2).toString();
    item.owner = q.value(3).toString();
    item.dueDate = dateFromDb(q.value(4));
    item.priority = ActionRules::clampPriority(q.value(5).toInt());
    item.status = ActionRules::statusFromKey(q.value(6).toString()).value_or(ActionStatus::Open);
    item.type = ActionRules::typeFromKey(q.value(7).toString()).value_or(ActionType::Prevent);
    item.ticketUrl = q.value(8).toString();
    item.createdAt = timeFromDb(q.value(9));
    item.modifiedAt = timeFromDb(q.value(10));
    return item;
}

const char* OpenSelect = "SELECT a.id, a.story_id, s.title, a.title, a.owner, a.due_date, a.priority, a.status, a.type"
                         " FROM action_item a JOIN story s ON s.id = a.story_id";

// "YYYY-MM-DD" without QDate::fromString's general parser: the open actions list reads tens of
// thousands of them at once.
QDate fastDateFromDb(const QVariant& value)
{
    if (value.isNull()) {
        return {};
    }
    const QString text = value.toString();
    if (text.size() != 10 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-')) {
        return QDate::fromString(text, Qt::ISODate);
    }
    auto number = [&text](int from, int length) {
        int n = 0;
        for (int i = from; i < from + length; ++i) {
            const int digit = text.at(i).unicode() - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            n = n * 10 + digit;
        }
        return n;
    };
    return QDate(number(0, 4), number(5, 2), number(8, 2));
}

ActionStatus fastStatus(const QString& key)
{
    if (key == QLatin1String("open")) {
        return ActionStatus::Open;
    }
    if (key == QLatin1String("in_progress")) {
        return ActionStatus::InProgress;
    }
    return ActionRules::statusFromKey(key).value_or(ActionStatus::Open);
}

ActionType fastType(const QString& key)
{
    if (key == QLatin1String("prevent")) {
        return ActionType::Prevent;
    }
    if (key == QLatin1String("mitigate")) {
        return ActionType::Mitigate;
    }
    if (key == QLatin1String("detect")) {
        return ActionType::Detect;
    }
    return ActionRules::typeFromKey(key).value_or(ActionType::Prevent);
}

OpenAction readOpen(const QSqlQuery& q)
{
    OpenAction row;
    row.id = q.value(0).toLongLong();
    row.storyId = q.value(1).toLongLong();
    row.storyTitle = q.value(2).toString();
    row.title = q.value(3).toString();
    row.owner = q.value(4).toString();
    row.dueDate = fastDateFromDb(q.value(5));
    row.priority = ActionRules::clampPriority(q.value(6).toInt());
    row.status = fastStatus(q.value(7).toString());
    row.type = fastType(q.value(8).toString());
    return row;
}

QList<qint64> sortedUnique(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

const char* columnFor(ActionField field)
{
    switch (field) {
    case ActionField::Title:
        return "title";
    case ActionField::Owner:
        return "owner";
    case ActionField::DueDate:
        return "due_date";
    case ActionField::Priority:
        return "priority";
    case ActionField::Status:
        return "status";
    case ActionField::Type:
        return "type";
    case ActionField::TicketUrl:
        return "ticket_url";
    case ActionField::Causes:
        break;
    }
    return nullptr;
}

QVariant columnValue(ActionField field, const QVariant& value)
{
    switch (field) {
    case ActionField::Title:
    case ActionField::Owner:
        return value.toString().simplified();
    case ActionField::TicketUrl:
        return value.toString().trimmed();
    case ActionField::DueDate:
        return dateToDb(value.toDate());
    case ActionField::Priority:
        return ActionRules::clampPriority(value.toInt());
    case ActionField::Status:
        return ActionRules::statusKey(static_cast<ActionStatus>(value.toInt()));
    case ActionField::Type:
        return ActionRules::typeKey(static_cast<ActionType>(value.toInt()));
    case ActionField::Causes:
        break;
    }
    return {};
}
} // namespace

ActionStore::ActionStore(LibraryDatabase& library, StoryStore& stories, QObject* parent)
    : QObject(parent)
    , m_library(library)
    , m_stories(stories)
{
}

Status ActionStore::checkWritable() const
{
    if (m_library.isReadOnly()) {
        return Status::failure(LibraryDatabase::readOnlyMessage());
    }
    return {};
}

QString ActionStore::rootCauseType()
{
    return CauseChoice::rootCauseType();
}

Result<QList<ActionItem>> ActionStore::actions(qint64 storyId)
{
    using R = Result<QList<ActionItem>>;
    QSqlQuery q(m_library.db());
    q.setForwardOnly(true);
    if (Status s =
            SqlUtil::exec(q,
                          QString::fromLatin1(ItemSelect) + QStringLiteral(" WHERE story_id = ? ORDER BY position, id"),
                          {storyId});
        !s) {
        return R::failure(s.error());
    }
    QList<ActionItem> list;
    while (q.next()) {
        list << readItem(q);
    }
    auto links = StoryPartRows::causesOfStory(m_library.db(), Table, LinkTable, LinkColumn, storyId);
    if (!links) {
        return R::failure(links.error());
    }
    for (ActionItem& item : list) {
        item.causeIds = links->value(item.id);
    }
    return list;
}

Result<ActionItem> ActionStore::action(qint64 id)
{
    using R = Result<ActionItem>;
    QSqlQuery q(m_library.db());
    if (Status s = SqlUtil::exec(q, QString::fromLatin1(ItemSelect) + QStringLiteral(" WHERE id = ?"), {id}); !s) {
        return R::failure(s.error());
    }
    if (!q.next()) {
        return R::failure(notFound(id));
    }
    ActionItem item = readItem(q);
    auto causes = StoryPartRows::causesOf(m_library.db(), LinkTable, LinkColumn, id);
    if (!causes) {
        return R::failure(causes.error());
    }
    item.causeIds = causes.value();
    return item;
}

Result<int> ActionStore::positionOf(qint64 id)
{
    auto place = StoryPartRows::place(m_library.db(), Table, id, notFound(id));
    if (!place) {
        return Result<int>::failure(place.error());
    }
    return place->position;
}

Result<QList<OpenAction>> ActionStore::openActions()
{
    using R = Result<QList<OpenAction>>;
    QSqlQuery q(m_library.db());
    q.setForwardOnly(true);
    // Uses action_item_by_status_due; the story titles come by primary key. Unordered: the view
    // sorts (a sort here costs more than the proxy's typed one).
    if (Status s = SqlUtil::exec(
            q, QString::fromLatin1(OpenSelect) + QStringLiteral(" WHERE a.status IN ('open', 'in_progress')"));
        !s) {
        return R::failure(s.error());
    }
    QList<OpenAction> rows;
    while (q.next()) {
        rows << readOpen(q);
    }
    return rows;
}

Result<OpenAction> ActionStore::openAction(qint64 id)
{
    QSqlQuery q(m_library.db());
    if (Status s = SqlUtil::exec(q, QString::fromLatin1(OpenSelect) + QStringLiteral(" WHERE a.id = ?"), {id}); !s) {
        return Result<OpenAction>::failure(s.error());
    }
    if (!q.next()) {
        return Result<OpenAction>::failure(notFound(id));
    }
    return readOpen(q);
}

Result<QStringList> ActionStore::openOwners()
{
    QSqlQuery q(m_library.db());
    q.setForwardOnly(true);
    if (Status s = SqlUtil::exec(q,
                                 QStringLiteral("SELECT DISTINCT owner FROM action_item"
                                                " WHERE status IN ('open', 'in_progress') AND owner <> ''"
                                                " ORDER BY owner COLLATE NOCASE"));
        !s) {
        return Result<QStringList>::failure(s.error());
    }
    QStringList owners;
    while (q.next()) {
        owners << q.value(0).toString();
    }
    return owners;
}

Result<QList<CauseChoice>> ActionStore::causeChoices(qint64 storyId)
{
    return StoryPartRows::causeChoices(m_library.db(), storyId);
}

Result<QList<CauseChoice>> ActionStore::unactionedRootCauses(qint64 storyId)
{
    using R = Result<QList<CauseChoice>>;
    QSqlQuery q(m_library.db());
    q.setForwardOnly(true);
    if (Status s = SqlUtil::exec(q,
                                 QStringLiteral("SELECT c.id, c.statement, c.type FROM cause_node c"
                                                " WHERE c.story_id = ? AND c.type = ? AND NOT EXISTS"
                                                " (SELECT 1 FROM action_cause l WHERE l.cause_id = c.id)"
                                                " ORDER BY c.position, c.id"),
                                 {storyId, rootCauseType()});
        !s) {
        return R::failure(s.error());
    }
    QList<CauseChoice> list;
    while (q.next()) {
        list << CauseChoice {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
    }
    return list;
}

Result<qint64> ActionStore::insertImpl(const ActionItem& item, int position)
{
    using R = Result<qint64>;
    if (Status s = checkWritable(); !s) {
        return R::failure(s.error());
    }
    WriteTransaction tx(m_library);
    if (Status s = tx.begin(); !s) {
        return R::failure(s.error());
    }
    QSqlDatabase& db = m_library.db();
    auto count = StoryPartRows::count(db, Table, item.storyId);
    if (!count) {
        return R::failure(count.error());
    }
    position = qBound(0, position, count.value());
    if (Status s = StoryPartRows::openGap(db, Table, item.storyId, position); !s) {
        return R::failure(s.error());
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery q(db);
    if (Status s = SqlUtil::exec(q,
                                 QStringLiteral("INSERT INTO action_item(id, story_id, position, title, owner,"
                                                " due_date, priority, status, type, ticket_url, created_at,"
                                                " modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                 {item.id > 0 ? QVariant(item.id) : QVariant(),
                                  item.storyId,
                                  position,
                                  item.title.simplified(),
                                  item.owner.simplified(),
                                  dateToDb(item.dueDate),
                                  ActionRules::clampPriority(item.priority),
                                  ActionRules::statusKey(item.status),
                                  ActionRules::typeKey(item.type),
                                  item.ticketUrl.trimmed(),
                                  timeToDb(item.createdAt.isValid() ? item.createdAt : now),
                                  timeToDb(item.modifiedAt.isValid() ? item.modifiedAt : now)});
        !s) {
        return R::failure(s.error());
    }
    const qint64 id = q.lastInsertId().toLongLong();
    Status s = StoryPartRows::writeCauses(db, LinkTable, LinkColumn, id, item.storyId, sortedUnique(item.causeIds));
    if (!s || !(s = m_stories.partChanged(item.storyId)) || !(s = tx.commit())) {
        return R::failure(s.error());
    }
    m_stories.emitPartChanged(item.storyId);
    emit actionAdded(item.storyId, id, position);
    return id;
}

Status ActionStore::insertManyImpl(const QList<ActionItem>& items)
{
    if (Status s = checkWritable(); !s) {
        return s;
    }
    WriteTransaction tx(m_library);
    if (Status s = tx.begin(); !s) {
        return s;
    }
    QSqlDatabase& db = m_library.db();
    QSqlQuery insert(db);
    const QString now = timeToDb(QDateTime::currentDateTimeUtc()).toString();
    if (!insert.prepare(QStringLiteral("INSERT INTO action_item(story_id, position, title, owner, due_date,"
                                       " priority, status, type, ticket_url, created_at, modified_at)"
                                       " VALUES (?, (SELECT count(*) FROM action_item WHERE story_id = ?),"
                                       " ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
        return Status::failure(SqlUtil::errorText(insert));
    }
    QSet<qint64> stories;
    for (const ActionItem& item : items) {
        const QVariantList values = {item.storyId,
                                     item.storyId,
                                     item.title.simplified(),
                                     item.owner.simplified(),
                                     dateToDb(item.dueDate),
                                     ActionRules::clampPriority(item.priority),
                                     ActionRules::statusKey(item.status),
                                     ActionRules::typeKey(item.type),
                                     item.ticketUrl.trimmed(),
                                     item.createdAt.isValid() ? timeToDb(item.createdAt).toString() : now,
                                     item.modifiedAt.isValid() ? timeToDb(item.modifiedAt).toString() : now};
        for (int i = 0; i < values.size(); ++i) {
            // A null QString would bind as NULL; text columns want ''.
            const QVariant& v = values[i];
            insert.bindValue(
                i, v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(QStringLiteral("")) : v);
        }
        if (!insert.exec()) {
            return Status::failure(SqlUtil::errorText(insert));
        }
        if (!item.causeIds.isEmpty()) {
            const qint64 id = insert.lastInsertId().toLongLong();
            if (Status s = StoryPartRows::writeCauses(
                    db, LinkTable, LinkColumn, id, item.storyId, sortedUnique(item.causeIds));
                !s) {
                return s;
            }
        }
        stories.insert(item.storyId);
    }
    for (qint64 story : std::as_const(stories)) {
        if (Status s = m_stories.partChanged(story); !s) {
            return s;
        }
    }
    if (Status s = tx.commit(); !s) {
        return s;
    }
    for (qint64 story : std::as_const(stories)) {
        m_stories.emitPartChanged(story);
    }
    emit actionsReset();
    return {};
}

Status ActionStore::removeImpl(qint64 id)
{
    if (Status s = checkWritable(); !s) {
        return s;
    }
    WriteTransaction tx(m_library);
    if (Status s = tx.begin(); !s) {
        return s;
    }
    QSqlDatabase& db = m_library.db();
    auto place = StoryPartRows::place(db, Table, id, notFound(id));
    if (!place) {
        return Status::failure(place.error());
    }
    QSqlQuery q(db);
    Status s = SqlUtil::exec(q, QStringLiteral("DELETE FROM action_item WHERE id = ?"), {id});
    if (!s || !(s = StoryPartRows::closeGap(db, Table, place->storyId, place->position)) ||
        !(s = m_stories.partChanged(place->storyId)) || !(s = tx.commit())) {
        return s;
    }
    m_stories.emitPartChanged(place->storyId);
    emit actionRemoved(place->storyId, id);
    return {};
}

Status ActionStore::setFieldImpl(qint64 id, ActionField field, const QVariant& value)
{
    if (Status s = checkWritable(); !s) {
        return s;
    }
    if (field == ActionField::TicketUrl && !ActionRules::isValidTicketUrl(value.toString())) {
        return Status::failure(
            QCoreApplication::translate("ActionStore", "“%1” is not a web address such as https://tracker/TICKET-1.")
                .arg(value.toString()));
    }
    WriteTransaction tx(m_library);
    if (Status s = tx.begin(); !s) {
        return s;
    }
    QSqlDatabase& db = m_library.db();
    auto place = StoryPartRows::place(db, Table, id, notFound(id));
    if (!place) {
        return Status::failure(place.error());
    }
    QSqlQuery q(db);
    Status s;
    if (field == ActionField::Causes) {
        s = StoryPartRows::writeCauses(
            db, LinkTable, LinkColumn, id, place->storyId, sortedUnique(value.value<QList<qint64>>()));
    } else {
        s = SqlUtil::exec(
            q,
            QStringLiteral("UPDATE action_item SET %1 = ? WHERE id = ?").arg(QLatin1String(columnFor(field))),
            {columnValue(field, value), id});
    }
    if (!s ||
        !(s = SqlUtil::exec(q,
                            QStringLiteral("UPDATE action_item SET modified_at = ? WHERE id = ?"),
                            {timeToDb(QDateTime::currentDateTimeUtc()), id})) ||
        !(s = m_stories.partChanged(place->storyId)) || !(s = tx.commit())) {
        return s;
    }
    m_stories.emitPartChanged(place->storyId);
    emit actionChanged(place->storyId, id, field);
    return {};
}

Status ActionStore::moveImpl(qint64 id, int position)
{
    if (Status s = checkWritable(); !s) {
        return s;
    }
    WriteTransaction tx(m_library);
    if (Status s = tx.begin(); !s) {
        return s;
    }
    QSqlDatabase& db = m_library.db();
    auto place = StoryPartRows::place(db, Table, id, notFound(id));
    if (!place) {
        return Status::failure(place.error());
    }
    auto count = StoryPartRows::count(db, Table, place->storyId);
    if (!count) {
        return Status::failure(count.error());
    }
    position = qBound(0, position, count.value() - 1);
    if (position == place->position) {
        return {};
    }
    Status s = StoryPartRows::move(db, Table, id, place->storyId, place->position, position);
    if (!s || !(s = m_stories.partChanged(place->storyId)) || !(s = tx.commit())) {
        return s;
    }
    m_stories.emitPartChanged(place->storyId);
    emit actionMoved(place->storyId, id, position);
    return {};
}

template <typename R>
R ActionStore::reportFailure(R result)
{
    if (!result.ok()) {
        emit m_stories.writeFailed(result.error());
    }
    return result;
}

Result<qint64> ActionStore::insert(const ActionItem& item, int position)
{
    return reportFailure(insertImpl(item, position));
}

Status ActionStore::insertMany(const QList<ActionItem>& items)
{
    return reportFailure(insertManyImpl(items));
}

Status ActionStore::remove(qint64 id)
{
    return reportFailure(removeImpl(id));
}

Status ActionStore::setField(qint64 id, ActionField field, const QVariant& value)
{
    return reportFailure(setFieldImpl(id, field, value));
}

Status ActionStore::move(qint64 id, int position)
{
    return reportFailure(moveImpl(id, position));
}
