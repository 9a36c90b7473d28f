#include "storage/RetroStore.h"

#include "storage/LibraryDatabase.h"
#include "storage/SqlUtil.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>

#include <functional>

namespace {

using Emits = QList<std::function<void()>>;

QVariant dateToDb(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QDate dateFromDb(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QString timeToDb(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFromDb(const QVariant& value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QString text(const QString& s)
{
    // A null QString would bind as NULL; text columns want ''.
    return s.isNull() ? QStringLiteral("") : s;
}

QString notFound(const char* what, qint64 id)
{
    //: %1 is "Retrospective", "Card", … ; %2 an id
    return QCoreApplication::translate("RetroStore", "%1 %2 does not exist.")
        .arg(QCoreApplication::translate("RetroStore", what))
        .arg(id);
}

const char* RetroSelect = "SELECT id, title, held_on, team, facilitator, story_id, template_name, phase,"
                          " dots_per_participant, max_dots_per_card, collect_hidden, revealed, created_at,"
                          " modified_at FROM retro";

Retro readRetro(const QSqlQuery& q)
{
    Retro r;
    r.id = q.value(0).toLongLong();
    r.title = q.value(1).toString();
    r.heldOn = dateFromDb(q.value(2));
    r.team = q.value(3).toString();
    r.facilitator = q.value(4).toString();
    r.storyId = q.value(5).toLongLong();
    r.templateName = q.value(6).toString();
    r.phase = RetroPhases::fromKey(q.value(7).toString()).value_or(RetroPhase::ReviewActions);
    r.dotsPerParticipant = qMax(1, q.value(8).toInt());
    r.maxDotsPerCard = qMax(1, q.value(9).toInt());
    r.collectHidden = q.value(10).toBool();
    r.revealed = q.value(11).toBool();
    r.createdAt = timeFromDb(q.value(12));
    r.modifiedAt = timeFromDb(q.value(13));
    return r;
}

const char* CardSelect = "SELECT c.id, c.retro_id, c.column_id, c.group_id, c.position, c.text, c.author, c.notes,"
                         " c.created_at FROM retro_card c";

RetroCard readCard(const QSqlQuery& q)
{
    RetroCard c;
    c.id = q.value(0).toLongLong();
    c.retroId = q.value(1).toLongLong();
    c.columnId = q.value(2).toLongLong();
    c.groupId = q.value(3).toLongLong();
    c.position = q.value(4).toInt();
    c.text = q.value(5).toString();
    c.author = q.value(6).toString();
    c.notes = q.value(7).toString();
    c.createdAt = timeFromDb(q.value(8));
    return c;
}

const char* GroupSelect = "SELECT id, retro_id, column_id, position, name, notes FROM retro_group";

RetroGroup readGroup(const QSqlQuery& q)
{
    RetroGroup g;
    g.id = q.value(0).toLongLong();
    g.retroId = q.value(1).toLongLong();
    g.columnId = q.value(2).toLongLong();
    g.position = q.value(3).toInt();
    g.name = q.value(4).toString();
    g.notes = q.value(5).toString();
    return g;
}

const char* ActionSelect = "SELECT id, retro_id, card_id, group_id, position, title, owner, due_date, status,"
                           " carried_from_id FROM retro_action";

RetroAction readAction(const QSqlQuery& q)
{
    RetroAction a;
    a.id = q.value(0).toLongLong();
    a.retroId = q.value(1).toLongLong();
    if (!q.value(2).isNull()) {
        a.source = RetroItemRef::card(q.value(2).toLongLong());
    } else if (!q.value(3).isNull()) {
        a.source = RetroItemRef::group(q.value(3).toLongLong());
    }
    a.position = q.value(4).toInt();
    a.title = q.value(5).toString();
    a.owner = q.value(6).toString();
    a.dueDate = dateFromDb(q.value(7));
    a.status = ActionRules::statusFromKey(q.value(8).toString()).value_or(ActionStatus::Open);
    a.carriedFromId = q.value(9).toLongLong();
    return a;
}

// Every row of a SELECT with one bound value, read by `read`.
template <typename T>
Result<QList<T>>
selectAll(const QSqlDatabase& db, const QString& sql, const QVariant& value, T (*read)(const QSqlQuery&))
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (Status s = SqlUtil::exec(q, sql, {value}); !s) {
        return Result<QList<T>>::failure(s.error());
    }
    QList<T> list;
    while (q.next()) {
        list << read(q);
    }
    return list;
}

// The one row a SELECT by id finds, or an error naming what was not found.
template <typename T>
Result<T> selectOne(
    const QSqlDatabase& db, const QString& sql, qint64 id, T (*read)(const QSqlQuery&), const QString& notFoundMessage)
{
    QSqlQuery q(db);
    if (Status s = SqlUtil::exec(q, sql, {id}); !s) {
        return Result<T>::failure(s.error());
    }
    if (!q.next()) {
        return Result<T>::failure(notFoundMessage);
    }
    return read(q);
}

QString decisionKey(RetroReviewDecision d)
{
    switch (d) {
    case RetroReviewDecision::Done:
        return QStringLiteral("done");
    case RetroReviewDecision::CarriedOver:
        return QStringLiteral("carried_over");
    case RetroReviewDecision::Undecided:
        break;
    }
    return QString();
}

RetroReviewDecision decisionFromKey(const QVariant& key)
{
    const QString k = key.toString();
    if (k == QLatin1String("done")) {
        return RetroReviewDecision::Done;
    }
    if (k == QLatin1String("carried_over")) {
        return RetroReviewDecision::CarriedOver;
    }
    return RetroReviewDecision::Undecided;
}

QString sourceKey(RetroReviewSource s)
{
    return s == RetroReviewSource::StoryAction ? QStringLiteral("story") : QStringLiteral("retro");
}

QString outcomeKey(RetroOutcomeKind k)
{
    switch (k) {
    case RetroOutcomeKind::ActionItem:
        return QStringLiteral("action");
    case RetroOutcomeKind::Lesson:
        return QStringLiteral("lesson");
    case RetroOutcomeKind::Cause:
        return QStringLiteral("cause");
    }
    return QStringLiteral("action");
}

RetroOutcomeKind outcomeFromKey(const QString& k)
{
    if (k == QLatin1String("lesson")) {
        return RetroOutcomeKind::Lesson;
    }
    if (k == QLatin1String("cause")) {
        return RetroOutcomeKind::Cause;
    }
    return RetroOutcomeKind::ActionItem;
}

// The tables of one retro, parents first (restoreRows inserts in this order).
struct RetroTableQuery
{
    const char* table;
    const char* where;
};
const RetroTableQuery RetroTables[] = {
    {"retro", "id = ?"},
    {"retro_participant", "retro_id = ?"},
    {"retro_column", "retro_id = ?"},
    {"retro_group", "retro_id = ?"},
    {"retro_card", "retro_id = ?"},
    {"retro_vote", "retro_id = ?"},
    {"retro_action", "retro_id = ?"},
    {"retro_review", "retro_id = ?"},
    {"retro_outcome", "retro_id = ?"},
};

// Positions inside one container: the top level of a column (groups and ungrouped cards) or a group.
class Board
{
public:
    explicit Board(QSqlDatabase& db)
        : m_db(db)
    {
    }

    Result<int> count(qint64 columnId, qint64 groupId, qint64 exceptCard = 0)
    {
        QSqlQuery q(m_db);
        Status s;
        if (groupId > 0) {
            s = SqlUtil::exec(q,
                              QStringLiteral("SELECT count(*) FROM retro_card WHERE group_id = ? AND id <> ?"),
                              {groupId, exceptCard});
        } else {
            s = SqlUtil::exec(
                q,
                QStringLiteral("SELECT (SELECT count(*) FROM retro_card WHERE column_id = ? AND group_id IS NULL"
                               " AND id <> ?) + (SELECT count(*) FROM retro_group WHERE column_id = ?)"),
                {columnId, exceptCard, columnId});
        }
        if (!s) {
            return Result<int>::failure(s.error());
        }
        q.next();
        return q.value(0).toInt();
    }

    // Adds `delta` to the positions >= `from` in the container.
    Status shift(qint64 columnId, qint64 groupId, int from, int delta)
    {
        QSqlQuery q(m_db);
        if (groupId > 0) {
            return SqlUtil::exec(q,
                                 QStringLiteral("UPDATE retro_card SET position = position + ? WHERE group_id = ?"
                                                " AND position >= ?"),
                                 {delta, groupId, from});
        }
        if (Status s = SqlUtil::exec(q,
                                     QStringLiteral("UPDATE retro_card SET position = position + ? WHERE column_id = ?"
                                                    " AND group_id IS NULL AND position >= ?"),
                                     {delta, columnId, from});
            !s) {
            return s;
        }
        return SqlUtil::exec(
            q,
            QStringLiteral("UPDATE retro_group SET position = position + ? WHERE column_id = ? AND position >= ?"),
            {delta, columnId, from});
    }

private:
    QSqlDatabase& m_db;
};

Result<QList<RetroVote>> votesWhere(QSqlDatabase& db, const QString& where, std::initializer_list<QVariant> bindings)
{
    using R = Result<QList<RetroVote>>;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (Status s = SqlUtil::exec(
            q, QStringLiteral("SELECT participant, card_id, group_id, dots FROM retro_vote WHERE ") + where, bindings);
        !s) {
        return R::failure(s.error());
    }
    QList<RetroVote> list;
    while (q.next()) {
        RetroVote v;
        v.participant = q.value(0).toString();
        v.target = q.value(1).isNull() ? RetroItemRef::group(q.value(2).toLongLong())
                                       : RetroItemRef::card(q.value(1).toLongLong());
        v.dots = q.value(3).toInt();
        list << v;
    }
    return list;
}

Status insertVotes(QSqlDatabase& db, qint64 retroId, const QList<RetroVote>& votes, qint64 newTargetId = 0)
{
    QSqlQuery q(db);
    for (const RetroVote& v : votes) {
        const qint64 id = newTargetId > 0 ? newTargetId : v.target.id;
        if (Status s = SqlUtil::exec(q,
                                     QStringLiteral("INSERT INTO retro_vote(retro_id, participant, card_id, group_id,"
                                                    " dots) VALUES (?, ?, ?, ?, ?)"),
                                     {retroId,
                                      text(v.participant),
                                      v.target.isCard() ? idOrNull(id) : idOrNull(0),
                                      v.target.isGroup() ? idOrNull(id) : idOrNull(0),
                                      v.dots});
            !s) {
            return s;
        }
    }
    return {};
}

const char* retroColumnFor(RetroField field)
{
    switch (field) {
    case RetroField::Title:
        return "title";
    case RetroField::HeldOn:
        return "held_on";
    case RetroField::Team:
        return "team";
    case RetroField::Facilitator:
        return "facilitator";
    case RetroField::StoryId:
        return "story_id";
    case RetroField::DotsPerParticipant:
        return "dots_per_participant";
    case RetroField::MaxDotsPerCard:
        return "max_dots_per_card";
    case RetroField::CollectHidden:
        return "collect_hidden";
    case RetroField::Revealed:
        return "revealed";
    case RetroField::Participants:
        break;
    }
    return nullptr;
}

QVariant retroValue(RetroField field, const QVariant& value)
{
    switch (field) {
    case RetroField::Title:
    case RetroField::Team:
    case RetroField::Facilitator:
        return text(value.toString().simplified());
    case RetroField::HeldOn:
        return dateToDb(value.toDate());
    case RetroField::StoryId:
        return idOrNull(value.toLongLong());
    case RetroField::DotsPerParticipant:
    case RetroField::MaxDotsPerCard:
        return qBound(1, value.toInt(), 99);
    case RetroField::CollectHidden:
    case RetroField::Revealed:
        return value.toBool() ? 1 : 0;
    case RetroField::Participants:
        break;
    }
    return {};
}

Status writeParticipants(QSqlDatabase& db, qint64 retroId, const QStringList& names)
{
    QSqlQuery q(db);
    if (Status s = SqlUtil::exec(q, QStringLiteral("DELETE FROM retro_participant WHERE retro_id = ?"), {retroId});
        !s) {
        return s;
    }
    int position = 0;
    QStringList seen;
    for (const QString& raw : names) {
        const QString name = raw.simplified();
        if (name.isEmpty() || seen.contains(name, Qt::CaseInsensitive)) {
            continue;
        }
        seen << name;
        if (Status s = SqlUtil::exec(q,
                                     QStringLiteral("INSERT INTO retro_participant(retro_id, position, name)"
                                                    " VALUES (?, ?, ?)"),
                                     {retroId, position++, name});
            !s) {
            return s;
        }
    }
    return {};
}

Result<QStringList> participantsOf(QSqlDatabase& db, qint64 retroId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (Status s = SqlUtil::exec(
            q, QStringLiteral("SELECT name FROM retro_participant WHERE retro_id = ? ORDER BY position"), {retroId});
        !s) {
        return Result<QStringList>::failure(s.error());
    }
    QStringList names;
    while (q.next()) {
        names << q.value(0).toString();
    }
    return names;
}

} // namespace

RetroStore::RetroStore(LibraryDatabase& library, QObject* parent)
    : QObject(parent)
    , m_library(library)
{
}

bool RetroStore::isReadOnly() const
{
    return m_library.isReadOnly();
}

Status RetroStore::checkWritable() const
{
    if (m_library.isReadOnly()) {
        return Status::failure(LibraryDatabase::readOnlyMessage());
    }
    return {};
}

template <typename R>
R RetroStore::reportFailure(R result)
{
    if (!result.ok()) {
        emit writeFailed(result.error());
    }
    return result;
}

Status RetroStore::touch(qint64 retroId)
{
    QSqlQuery q(m_library.db());
    if (Status s = SqlUtil::exec(q,
                                 QStringLiteral("UPDATE retro SET modified_at = ? WHERE id = ?"),
                                 {timeToDb(QDateTime::currentDateTimeUtc()), retroId});
        !s) {
        return s;
    }
    if (q.numRowsAffected() == 0) {
        return Status::failure(notFound(QT_TRANSLATE_NOOP("RetroStore", "Retrospective"), retroId));
    }
    return {};
}

// ---------------------------------------------------------------- retros

Result<QList<Retro>> RetroStore::retros()
{
    using R = Result<QList<Retro>>;
    QSqlQuery q(m_library.db());
    q.setForwardOnly(true);
    if (Status s =
            SqlUtil::exec(q, QString::fromLatin1(RetroSelect) + QStringLiteral(" ORDER BY held_on DESC, id DESC"));
        !s) {
        return R::failure(s.error());
    }
    QList<Retro> list;
    QHash<qint64, int> rowOf;
    while (q.next()) {
        rowOf.insert(q.value(0).toLongLong(), static_cast<int>(list.size()));
        list << readRetro(q);
    }
    QSqlQuery p(m_library.db());
    p.setForwardOnly(true);
    if (Status s = SqlUtil::exec(
            p, QStringLiteral("SELECT retro_id, name FROM retro_participant ORDER BY retro_id, position"));
        !s) {
        return R::failure(s.error());
    }
    while (p.next()) {
        const int row = rowOf.value(p.value(0).toLongLong(), -1);
        if (row >= 0) {
            list[row].participants << p.value(1).toString();
        }
    }
    return list;
}

Result<Retro> RetroStore::retro(qint64 id)
{
    using R = Result<Retro>;
    QSqlQuery q(m_library.db());
    if (Status s = SqlUtil::exec(q, QString::fromLatin1(RetroSelect) + QStringLiteral(" WHERE id = ?"), {id}); !s) {
        return R::failure(s.error());
    }
    if (!q.next()) {
        return R::failure(notFound(QT_TRANSLATE_NOOP("RetroStore", "Retrospective"), id));
    }
    Retro r = readRetro(q);
    auto names = participantsOf(m_library.db(), id);
    if (!names) {
        return R::failure(names.error());
    }
    r.participants = names.value();
    return r;
}

Result<qint64> RetroStore::create(const Retro& retro, const QList<RetroTemplateColumn>& columns)
{
    using R = Result<qint64>;
    auto impl = [&]() -> R {
        if (Status s = checkWritable(); !s) {
            return R::failure(s.error());
        }
        if (columns.isEmpty()) {
            return R::failure(QCoreApplication::translate("RetroStore", "A retrospective needs at least one column."));
        }
        WriteTransaction tx(m_library);
        if (Status s = tx.begin(); !s) {
            return R::failure(s.error());
        }
        QSqlDatabase& db = m_library.db();
        const QString now = timeToDb(QDateTime::currentDateTimeUtc());
        QSqlQuery q(db);
        if (Status s = SqlUtil::exec(q,
                                     QStringLiteral("INSERT INTO retro(id, title, held_on, team, facilitator, story_id,"
                                                    " template_name, phase, dots_per_participant, max_dots_per_card,"
                                                    " collect_hidden, revealed, created_at, modified_at)"
                                                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                     {idOrNull(retro.id),
                                      text(retro.title.simplified()),
                                      dateToDb(retro.heldOn),
                                      text(retro.team.simplified()),
                                      text(retro.facilitator.simplified()),
                                      idOrNull(retro.storyId),
                                      text(retro.templateName),
                                      RetroPhases::key(retro.phase),
                                      qBound(1, retro.dotsPerParticipant, 99),
                                      qBound(1, retro.maxDotsPerCard, 99),
                                      retro.collectHidden ? 1 : 0,
                                      retro.revealed ? 1 : 0,
                                      retro.createdAt.isValid() ? timeToDb(retro.createdAt) : now,
                                      now});
            !s) {
            return R::failure(s.error());
        }
        const qint64 id = q.lastInsertId().toLongLong();
        if (Status s = writeParticipants(db, id, retro.participants); !s) {
            return R::failure(s.error());
        }
        for (int i = 0; i < columns.size(); ++i) {
            if (Status s =
                    SqlUtil::exec(q,
                                  QStringLiteral("INSERT INTO retro_column(retro_id, position, title, prompt)"
                                                 " VALUES (?, ?, ?, ?)"),
                                  {id, i, text(columns[i].title.simplified()), text(columns[i].prompt.simplified())});
                !s) {
                return R::failure(s.error());
            }
        }
        if (Status s = tx.commit(); !s) {
            return R::failure(s.error());
        }
        emit retroAdded(id);
        return id;
    };
    return reportFailure(impl());
}

Status RetroStore::setField(qint64 id, RetroField field, const QVariant& value)
{
    auto impl = [&]() -> Status {
        if (Status s = checkWritable(); !s) {
            return s;
        }
        WriteTransaction tx(m_library);
        if (Status s = tx.begin(); !s) {
            return s;
        }
        QSqlDatabase& db = m_library.db();
        Status s;
        if (field == RetroField::Participants) {
            s = writeParticipants(db, id, value.toStringList());
        } else {
            QSqlQuery q(db);
            s = SqlUtil::exec(
                q,
                QStringLiteral("UPDATE retro SET %1 = ? WHERE id = ?").arg(QLatin1String(retroColumnFor(field))),
                {retroValue(field, value), id});
        }
        if (!s || !(s = touch(id)) || !(s = tx.commit())) {
            return s;
        }
        emit retroChanged(id, field);
        return {};
    };
    return reportFailure(impl());
}

Status RetroStore::setPhase(qint64 id, RetroPhase phase, std::optional<bool> revealed)
{
    auto impl = [&]() -> Status {
        if (Status s = checkWritable(); !s) {
            return s;
        }
        WriteTransaction tx(m_library);
        if (Status s = tx.begin(); !s) {
            return s;
        }
        QSqlQuery q(m_library.db());
        Status s =
            SqlUtil::exec(q, QStringLiteral("UPDATE retro SET phase = ? WHERE id = ?"), {RetroPhases::key(phase), id});
        if (s && revealed) {
            s = SqlUtil::exec(q, QStringLiteral("UPDATE retro SET revealed = ? WHERE id = ?"), {*revealed ? 1 : 0, id});
        }
        if (!s || !(s = touch(id)) || !(s = tx.commit())) {
            return s;
        }
        if (revealed) {
            emit retroChanged(id, RetroField::Revealed);
        }
        emit phaseChanged(id, phase);
        return {};
    };
    return reportFailure(impl());
}

Status RetroStore::remove(qint64 id)
{
    auto impl = [&]() -> Status {
        if (Status s = checkWritable(); !s) {
            return s;
        }
        WriteTransaction tx(m_library);
        if (Status s = tx.begin(); !s) {
            return s;
        }
        QSqlQuery q(m_library.db());
        Status s = SqlUtil::exec(q, QStringLiteral("DELETE FROM retro WHERE id = ?"), {id});
        if (!s) {
            return s;
        }
        if (q.numRowsAffected() == 0) {
            return Status::failure(notFound(QT_TRANSLATE_NOOP("RetroStore", "Retrospective"), id));
        }
        if (!(s = tx.commit())) {
            return s;
        }
        emit retroRemoved(id);
        return {};
    };
    return reportFailure(impl());
}

Result<RetroRows> RetroStore::takeRows(qint64 id)
{
    using R = Result<RetroRows>;
    RetroRows result;
    result.retroId = id;
    for (const RetroTableQuery& t : RetroTables) {
        auto table = SqlUtil::readRows(m_library.db(), QLatin1String(t.table), QLatin1String(t.where), id);
        if (!table) {
            return R::failure(table.error());
        }
        result.tables << table.value();
    }
    if (result.tables.isEmpty() || result.tables.first().rows.isEmpty()) {
        return R::failure(notFound(QT_TRANSLATE_NOOP("RetroStore", "Retrospective"), id));
    }
    return result;
}

Status RetroStore::restoreRows(const RetroRows& rows)
{
    auto impl = [&]() -> Status {
        if (Status s = checkWritable(); !s) {
            return s;
        }
        WriteTransaction tx(m_library);
        Status s = tx.begin();
        if (!s) {
            return s;
        }
        // A carried-over action may refer to a later row; foreign keys are checked at the commit.
        if (!(s = SqlUtil::exec(m_library.db(), QStringLiteral("PRAGMA defer_foreign_keys = ON")))) {
            return s;
        }
        for (const StoryRows::Table& table : rows.tables) {
            if (!(s = SqlUtil::insertRows(m_library.db(), table))) {
                return s;
            }
        }
        if (!(s = tx.commit())) {
            return s;
        }
        emit retroAdded(rows.retroId);
        return {};
    };
    return reportFailure(impl());
}

// ---------------------------------------------------------------- board

Result<QList<RetroColumn>> RetroStore::columns(qint64 retroId)
{
    using R = Result<QList<RetroColumn>>;
    QSqlQuery q(m_library.db());
    q.setForwardOnly(true);
    if (Status s = SqlUtil::exec(q,
                                 QStringLiteral("SELECT id, retro_id, position, title, prompt FROM retro_column"
                                                " WHERE retro_id = ? ORDER BY position, id"),
                                 {retroId});
        !s) {
        return R::failure(s.error());
    }
    QList<RetroColumn> list;
    while (q.next()) {
        list << RetroColumn {q.value(0).toLongLong(),
                             q.value(1).toLongLong(),
                             q.value(2).toInt(),
                             q.value(3).toString(),
                             q.value(4).toString()};
    }
    return list;
}

Result<QList<RetroCard>> RetroStore::cards(qint64 retroId)
{
    return selectAll(m_library.db(),
                     QString::fromLatin1(CardSelect) +
                         QStringLiteral(" JOIN retro_column k ON k.id = c.column_id WHERE c.retro_id = ?"
                                        " ORDER BY k.position, coalesce(c.group_id, 0), c.position, c.id"),
                     retroId,
                     readCard);
}

Result<RetroCard> RetroStore::card(qint64 id)
{
    return selectOne(m_library.db(),
                     QString::fromLatin1(CardSelect) + QStringLiteral(" WHERE c.id = ?"),
                     id,
                     readCard,
                     notFound(QT_TRANSLATE_NOOP("RetroStore", "Card"), id));
}

Result<QList<RetroGroup>> RetroStore::groups(qint64 retroId)
{
    return selectAll(m_library.db(),
                     QString::fromLatin1(GroupSelect) +
                         QStringLiteral(" WHERE retro_id = ? ORDER BY column_id, position"),
                     retroId,
                     readGroup);
}

Result<RetroGroup> RetroStore::group(qint64 id)
{
    return selectOne(m_library.db(),
                     QString::fromLatin1(GroupSelect) + QStringLiteral(" WHERE id = ?"),
                     id,
                     readGroup,
                     notFound(QT_TRANSLATE_NOOP("RetroStore", "Group"), id));
}

Result<qint64> RetroStore::insertCard(const RetroCard& card, int position, const QList<RetroVote>& votes)
{
    using R = Result<qint64>;
    auto impl = [&]() -> R {
        if (Status s = checkWritable(); !s) {
            return R::failure(s.error());
        }
        WriteTransaction tx(m_library);
        if (Status s = tx.begin(); !s) {
            return R::failure(s.error());
        }
        QSqlDatabase& db = m_library.db();
        qint64 columnId = card.columnId;
        if (card.groupId > 0) {
            auto g = group(card.groupId);
            if (!g) {
                return R::failure(g.error());
            }
            columnId = g->columnId;
        }
        Board board(db);
        auto count = board.count(columnId, card.groupId);
        if (!count) {
            return R::failure(count.error());
        }
        position = position < 0 ? count.value() : qMin(position, count.value());
        if (Status s = board.shift(columnId, card.groupId, position, 1); !s) {
            return R::failure(s.error());
        }
        QSqlQuery q(db);
        if (Status s =
                SqlUtil::exec(q,
                              QStringLiteral("INSERT INTO retro_card(id, retro_id, column_id, group_id, position,"
                                             " text, author, notes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                              {idOrNull(card.id),
                               card.retroId,
                               columnId,
                               idOrNull(card.groupId),
                               position,
                               text(card.text.trimmed()),
                               text(card.author.simplified()),
                               text(card.notes),
                               timeToDb(card.createdAt.isValid() ? card.createdAt : QDateTime::currentDateTimeUtc())});
            !s) {
            return R::failure(s.error());
        }
        const qint64 id = q.lastInsertId().toLongLong();
        Status s = insertVotes(db, card.retroId, votes, id);
        if (!s || !(s = touch(card.retroId)) || !(s = tx.commit())) {
            return R::failure(s.error());
        }
        emit cardAdded(card.retroId, id, columnId, card.groupId, position);
        if (!votes.isEmpty()) {
            emit votesChanged(card.retroId, RetroItemRef::card(id));
        }
        return id;
    };
    return reportFailure(impl());
}

Status RetroStore::setCardField(qint64 id, RetroCardField field, const QVariant& value)
{
    auto impl = [&]() -> Status {
        if (Status s = checkWritable(); !s) {
            return s;
        }
        auto c = card(id);
        if (!c) {
            return Status::failure(c.error());
        }
        WriteTransaction tx(m_library);
        if (Status s = tx.begin(); !s) {
            return s;
        }
        const char* column = field == RetroCardField::Text     ? "text"
                             : field == RetroCardField::Author ? "author"
                                                               : "notes";
        const QString v = field == RetroCardField::Author ? value.toString().simplified() : value.toString();
        QSqlQuery q(m_library.db());
        Status s = SqlUtil::exec(
            q, QStringLiteral("UPDATE retro_card SET %1 = ? WHERE id = ?").arg(QLatin1String(column)), {text(v), id});
        if (!s || !(s = touch(c->retroId)) || !(s = tx.commit())) {
            return s;
        }
        emit cardChanged(c->retroId, id, field);
        return {};
    };
    return reportFailure(impl());
}

Result<RetroCardSnapshot> RetroStore::removeCard(qint64 id)
{
    using R = Result<RetroCardSnapshot>;
    auto impl = [&]() -> R {
        if (Status s = checkWritable(); !s) {
            return R::failure(s.error());
        }
        WriteTransaction tx(m_library);
        if (Status s = tx.begin(); !s) {
            return R::failure(s.error());
        }
        auto c = card(id);
        if (!c) {
            return R::failure(c.error());
        }
        QSqlDatabase& db = m_library.db();
        auto votes = votesWhere(db, QStringLiteral("card_id = ?"), {id});
        if (!votes) {
            return R::failure(votes.error());
        }
        QSqlQuery q(db);
        Status s = SqlUtil::exec(q, QStringLiteral("DELETE FROM retro_vote WHERE card_id = ?"), {id});
        if (s) {
            s = SqlUtil::exec(q, QStringLiteral("DELETE FROM retro_card WHERE id = ?"), {id});
        }
        if (!s || !(s = Board(db).shift(c->columnId, c->groupId, c->position + 1, -1)) || !(s = touch(c->retroId)) ||
            !(s = tx.commit())) {
            return R::failure(s.error());
        }
        if (!votes->isEmpty()) {
            emit votesChanged(c->retroId, RetroItemRef::card(id));
        }
        emit cardRemoved(c->retroId, id, c->columnId, c->groupId, c->position);
        return RetroCardSnapshot {c.value(), votes.value()};
    };
    return reportFailure(impl());
}

Status RetroStore::setGroupField(qint64 id, RetroGroupField field, const QVariant& value)
{
    auto impl = [&]() -> Status {
        if (Status s = checkWritable(); !s) {
            return s;
        }
        auto g = group(id);
        if (!g) {
            return Status::failure(g.error());
        }
        WriteTransaction tx(m_library);
        if (Status s = tx.begin(); !s) {
            return s;
        }
        const bool name = field == RetroGroupField::Name;
        QSqlQuery q(m_library.db());
        Status s = SqlUtil::exec(q,
                                 QStringLiteral("UPDATE retro_group SET %1 = ? WHERE id = ?")
                                     .arg(name ? QStringLiteral("name") : QStringLiteral("notes")),
                                 {text(name ? value.toString().simplified() : value.toString()), id});
        if (!s || !(s = touch(g->retroId)) || !(s = tx.commit())) {
            return s;
        }
        emit groupChanged(g->retroId, id, field);
        return {};
    };
    return reportFailure(impl());
}

Result<RetroBoardEdit> RetroStore::applyBoardEdit(const RetroBoardEdit& edit)
{
    using R = Result<RetroBoardEdit>;
    auto impl = [&]() -> R {
        if (Status s = checkWritable(); !s) {
            return R::failure(s.error());
        }
        WriteTransaction tx(m_library);
        if (Status s = tx.begin(); !s) {
            return R::failure(s.error());
        }
        QSqlDatabase& db = m_library.db();
        Board board(db);
        QSqlQuery q(db);
        Emits emits;
        RetroBoardEdit inverse;
        inverse.retroId = edit.retroId;
        const qint64 retroId = edit.retroId;
        QList<qint64> inserted;

        for (const RetroGroupInsert& insert : edit.insertGroups) {
            const RetroGroup& g = insert.group;
            auto count = board.count(g.columnId, 0);
            if (!count) {
                return R::failure(count.error());
            }
            const int position = g.position < 0 ? count.value() : qMin(g.position, count.value());
            if (Status s = board.shift(g.columnId, 0, position, 1); !s) {
                return R::failure(s.error());
            }
            if (Status s = SqlUtil::exec(
                    q,
                    QStringLiteral("INSERT INTO retro_group(id, retro_id, column_id, position, name,"
                                   " notes) VALUES (?, ?, ?, ?, ?, ?)"),
                    {idOrNull(g.id), retroId, g.columnId, position, text(g.name.simplified()), text(g.notes)});
                !s) {
                return R::failure(s.error());
            }
            const qint64 id = q.lastInsertId().toLongLong();
            if (Status s = insertVotes(db, retroId, insert.votes, id); !s) {
                return R::failure(s.error());
            }
            inserted << id;
            const qint64 columnId = g.columnId;
            const bool hasVotes = !insert.votes.isEmpty();
            emits << [this, retroId, id, columnId, position, hasVotes] {
                emit groupAdded(retroId, id, columnId, position);
                if (hasVotes) {
                    emit votesChanged(retroId, RetroItemRef::group(id));
                }
            };
        }

        QList<RetroCardMove> undoMoves;
        for (const RetroCardMove& move : edit.moves) {
            qint64 groupId = move.groupId;
            if (groupId < 0) {
                const qsizetype index = -groupId - 1;
                if (index >= inserted.size()) {
                    return R::failure(
                        QCoreApplication::translate("RetroStore", "The board changed; the cards cannot be moved."));
                }
                groupId = inserted[index];
            }
            auto c = card(move.cardId);
            if (!c) {
                return R::failure(c.error());
            }
            qint64 columnId = move.columnId;
            if (groupId > 0) {
                auto g = group(groupId);
                if (!g) {
                    return R::failure(g.error());
                }
                columnId = g->columnId;
            }
            if (c->retroId != retroId) {
                return R::failure(notFound(QT_TRANSLATE_NOOP("RetroStore", "Card"), move.cardId));
            }
            if (Status s =
                    SqlUtil::exec(q, QStringLiteral("UPDATE retro_card SET position = -1 WHERE id = ?"), {c->id});
                !s) {
                return R::failure(s.error());
            }
            if (Status s = board.shift(c->columnId, c->groupId, c->position + 1, -1); !s) {
                return R::failure(s.error());
            }
            auto count = board.count(columnId, groupId, c->id);
            if (!count) {
                return R::failure(count.error());
            }
            const int position = move.position < 0 ? count.value() : qMin(move.position, count.value());
            if (Status s = board.shift(columnId, groupId, position, 1); !s) {
                return R::failure(s.error());
            }
            if (Status s =
                    SqlUtil::exec(q,
                                  QStringLiteral("UPDATE retro_card SET column_id = ?, group_id = ?, position = ?"
                                                 " WHERE id = ?"),
                                  {columnId, idOrNull(groupId), position, c->id});
                !s) {
                return R::failure(s.error());
            }
            undoMoves.prepend(RetroCardMove {c->id, c->columnId, c->groupId, c->position});
            const RetroCard from = c.value();
            const qint64 cardId = c->id;
            emits << [this, retroId, cardId, from, columnId, groupId, position] {
                emit cardMoved(
                    retroId, cardId, from.columnId, from.groupId, from.position, columnId, groupId, position);
            };
        }

        QList<RetroGroupInsert> reinsert;
        for (qint64 groupId : edit.removeGroups) {
            auto g = group(groupId);
            if (!g) {
                return R::failure(g.error());
            }
            auto count = board.count(g->columnId, groupId);
            if (!count) {
                return R::failure(count.error());
            }
            if (count.value() > 0) {
                return R::failure(QCoreApplication::translate("RetroStore", "Only an empty group can be removed."));
            }
            auto votes = votesWhere(db, QStringLiteral("group_id = ?"), {groupId});
            if (!votes) {
                return R::failure(votes.error());
            }
            Status s = SqlUtil::exec(q, QStringLiteral("DELETE FROM retro_vote WHERE group_id = ?"), {groupId});
            if (s) {
                s = SqlUtil::exec(
                    q, QStringLiteral("UPDATE retro_action SET group_id = NULL WHERE group_id = ?"), {groupId});
            }
            if (s) {
                s = SqlUtil::exec(q, QStringLiteral("DELETE FROM retro_group WHERE id = ?"), {groupId});
            }
            if (!s || !(s = board.shift(g->columnId, 0, g->position + 1, -1))) {
                return R::failure(s.error());
            }
            reinsert.prepend(RetroGroupInsert {g.value(), votes.value()});
            const RetroGroup removed = g.value();
            const bool hadVotes = !votes->isEmpty();
            emits << [this, retroId, removed, hadVotes] {
                if (hadVotes) {
                    emit votesChanged(retroId, RetroItemRef::group(removed.id));
                }
                emit groupRemoved(retroId, removed.id, removed.columnId, removed.position);
            };
        }

        if (Status s = touch(retroId); !s) {
            return R::failure(s.error());
        }
        if (Status s = tx.commit(); !s) {
            return R::failure(s.error());
        }
        for (const auto& e : emits) {
            e();
        }
        inverse.insertGroups = reinsert;
        inverse.moves = undoMoves;
        for (auto it = inserted.crbegin(); it != inserted.crend(); ++it) {
            inverse.removeGroups << *it;
        }
        return inverse;
    };
    return reportFailure(impl());
}

// ---------------------------------------------------------------- votes

Result<QList<RetroVote>> RetroStore::votes(qint64 retroId)
{
    return votesWhere(m_library.db(), QStringLiteral("retro_id = ? ORDER BY participant, rowid"), {retroId});
}

Status RetroStore::setVotes(qint64 retroId, const QString& participant, const RetroItemRef& target, int dots)
{
    auto impl = [&]() -> Status {
        if (Status s = checkWritable(); !s) {
            return s;
        }
        if (dots < 0) {
            return Status::failure(QCoreApplication::translate("RetroStore", "A number of dots cannot be negative."));
        }
        WriteTransaction tx(m_library);
        if (Status s = tx.begin(); !s) {
            return s;
        }
        QSqlDatabase& db = m_library.db();
        const QString column = target.isCard() ? QStringLiteral("card_id") : QStringLiteral("group_id");
        QSqlQuery q(db);
        Status s = SqlUtil::exec(
            q,
            QStringLiteral("DELETE FROM retro_vote WHERE retro_id = ? AND participant = ? AND %1 = ?").arg(column),
            {retroId, text(participant), target.id});
        if (s && dots > 0) {
            s = insertVotes(db, retroId, {RetroVote {participant, target, dots}});
        }
        if (!s || !(s = touch(retroId)) || !(s = tx.commit())) {
            return s;
        }
        emit votesChanged(retroId, target);
        return {};
    };
    return reportFailure(impl());
}

// ---------------------------------------------------------------- actions

Result<QList<RetroAction>> RetroStore::actions(qint64 retroId)
{
    return selectAll(m_library.db(),
                     QString::fromLatin1(ActionSelect) + QStringLiteral(" WHERE retro_id = ? ORDER BY position, id"),
                     retroId,
                     readAction);
}

Result<RetroAction> RetroStore::action(qint64 id)
{
    return selectOne(m_library.db(),
                     QString::fromLatin1(ActionSelect) + QStringLiteral(" WHERE id = ?"),
                     id,
                     readAction,
                     notFound(QT_TRANSLATE_NOOP("RetroStore", "Action item"), id));
}

Result<qint64> RetroStore::insertAction(const RetroAction& action, int position)
{
    using R = Result<qint64>;
    auto impl = [&]() -> R {
        if (Status s = checkWritable(); !s) {
            return R::failure(s.error());
        }
        WriteTransaction tx(m_library);
        if (Status s = tx.begin(); !s) {
            return R::failure(s.error());
        }
        QSqlQuery q(m_library.db());
        if (Status s = SqlUtil::exec(
                q, QStringLiteral("SELECT count(*) FROM retro_action WHERE retro_id = ?"), {action.retroId});
            !s) {
            return R::failure(s.error());
        }
        q.next();
        const int count = q.value(0).toInt();
        position = position < 0 ? count : qMin(position, count);
        if (Status s = SqlUtil::exec(q,
                                     QStringLiteral("UPDATE retro_action SET position = position + 1 WHERE retro_id = ?"
                                                    " AND position >= ?"),
                                     {action.retroId, position});
            !s) {
            return R::failure(s.error());
        }
        if (Status s =
                SqlUtil::exec(q,
                              QStringLiteral("INSERT INTO retro_action(id, retro_id, card_id, group_id, position,"
                                             " title, owner, due_date, status, carried_from_id)"
                                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                              {idOrNull(action.id),
                               action.retroId,
                               idOrNull(action.source.isCard() ? action.source.id : 0),
                               idOrNull(action.source.isGroup() ? action.source.id : 0),
                               position,
                               text(action.title.simplified()),
                               text(action.owner.simplified()),
                               dateToDb(action.dueDate),
                               ActionRules::statusKey(action.status),
                               idOrNull(action.carriedFromId)});
            !s) {
            return R::failure(s.error());
        }
        const qint64 id = q.lastInsertId().toLongLong();
        if (Status s = touch(action.retroId); !s || !(s = tx.commit())) {
            return R::failure(s.error());
        }
        emit actionAdded(action.retroId, id, position);
        return id;
    };
    return reportFailure(impl());
}

Status RetroStore::removeAction(qint64 id)
{
    auto impl = [&]() -> Status {
        if (Status s = checkWritable(); !s) {
            return s;
        }
        auto a = action(id);
        if (!a) {
            return Status::failure(a.error());
        }
        WriteTransaction tx(m_library);
        if (Status s = tx.begin(); !s) {
            return s;
        }
        QSqlQuery q(m_library.db());
        Status s = SqlUtil::exec(q, QStringLiteral("DELETE FROM retro_action WHERE id = ?"), {id});
        if (s) {
            s = SqlUtil::exec(q,
                              QStringLiteral("UPDATE retro_action SET position = position - 1 WHERE retro_id = ?"
                                             " AND position > ?"),
                              {a->retroId, a->position});
        }
        if (!s || !(s = touch(a->retroId)) || !(s = tx.commit())) {
            return s;
        }
        emit actionRemoved(a->retroId, id, a->position);
        return {};
    };
    return reportFailure(impl());
}

Status RetroStore::setActionField(qint64 id, RetroActionField field, const QVariant& value)
{
    auto impl = [&]() -> Status {
        if (Status s = checkWritable(); !s) {
            return s;
        }
        auto a = action(id);
        if (!a) {
            return Status::failure(a.error());
        }
        WriteTransaction tx(m_library);
        if (Status s = tx.begin(); !s) {
            return s;
        }
        QString column;
        QVariant v;
        switch (field) {
        case RetroActionField::Title:
            column = QStringLiteral("title");
            v = text(value.toString().simplified());
            break;
        case RetroActionField::Owner:
            column = QStringLiteral("owner");
            v = text(value.toString().simplified());
            break;
        case RetroActionField::DueDate:
            column = QStringLiteral("due_date");
            v = dateToDb(value.toDate());
            break;
        case RetroActionField::Status:
            column = QStringLiteral("status");
            v = ActionRules::statusKey(static_cast<ActionStatus>(value.toInt()));
            break;
        }
        QSqlQuery q(m_library.db());
        Status s = SqlUtil::exec(q, QStringLiteral("UPDATE retro_action SET %1 = ? WHERE id = ?").arg(column), {v, id});
        if (!s || !(s = touch(a->retroId)) || !(s = tx.commit())) {
            return s;
        }
        emit actionChanged(a->retroId, id, field);
        return {};
    };
    return reportFailure(impl());
}

// ---------------------------------------------------------------- review

Result<QList<RetroReviewItem>> RetroStore::reviewItems(qint64 retroId)
{
    using R = Result<QList<RetroReviewItem>>;
    auto current = retro(retroId);
    if (!current) {
        return R::failure(current.error());
    }
    QSqlDatabase& db = m_library.db();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString heldOn = current->heldOn.isValid() ? current->heldOn.toString(Qt::ISODate) : QStringLiteral("");
    if (Status s =
            SqlUtil::exec(q,
                          QStringLiteral("SELECT id FROM retro WHERE team = ? AND id <> ? AND"
                                         " (coalesce(held_on, '') < ? OR (coalesce(held_on, '') = ? AND id < ?))"),
                          {text(current->team), retroId, heldOn, heldOn, retroId});
        !s) {
        return R::failure(s.error());
    }
    QStringList earlier;
    while (q.next()) {
        earlier << QString::number(q.value(0).toLongLong());
    }
    QList<RetroReviewItem> items;
    if (earlier.isEmpty()) {
        return items;
    }
    const QString in = earlier.join(QLatin1Char(','));
    // Actions carried over by another retro live on there.
    const QString retroSql =
        QStringLiteral("SELECT a.id, a.title, a.owner, a.due_date, a.status, r.title, r.held_on, v.decision,"
                       " v.carried_action_id FROM retro_action a JOIN retro r ON r.id = a.retro_id"
                       " LEFT JOIN retro_review v ON v.retro_id = ? AND v.source = 'retro' AND v.action_id = a.id"
                       " WHERE a.retro_id IN (%1) AND (a.status IN ('open', 'in_progress') OR v.decision IS NOT NULL)"
                       " AND NOT EXISTS (SELECT 1 FROM retro_review x WHERE x.source = 'retro' AND x.action_id = a.id"
                       " AND x.decision = 'carried_over' AND x.retro_id <> ?)"
                       " ORDER BY coalesce(r.held_on, ''), r.id, a.position")
            .arg(in);
    if (Status s = SqlUtil::exec(q, retroSql, {retroId, retroId}); !s) {
        return R::failure(s.error());
    }
    while (q.next()) {
        RetroReviewItem item;
        item.source = RetroReviewSource::RetroAction;
        item.actionId = q.value(0).toLongLong();
        item.title = q.value(1).toString();
        item.owner = q.value(2).toString();
        item.dueDate = dateFromDb(q.value(3));
        item.status = ActionRules::statusFromKey(q.value(4).toString()).value_or(ActionStatus::Open);
        item.originTitle = q.value(5).toString();
        item.originDate = dateFromDb(q.value(6));
        item.decision = decisionFromKey(q.value(7));
        item.carriedActionId = q.value(8).toLongLong();
        items << item;
    }
    const QString storySql =
        QStringLiteral("SELECT a.id, a.title, a.owner, a.due_date, a.status, s.title,"
                       " (SELECT max(r.held_on) FROM retro r WHERE r.story_id = a.story_id AND r.id IN (%1)),"
                       " v.decision, v.carried_action_id FROM action_item a JOIN story s ON s.id = a.story_id"
                       " LEFT JOIN retro_review v ON v.retro_id = ? AND v.source = 'story' AND v.action_id = a.id"
                       " WHERE a.story_id IN (SELECT story_id FROM retro WHERE id IN (%1) AND story_id IS NOT NULL)"
                       " AND (a.status IN ('open', 'in_progress') OR v.decision IS NOT NULL)"
                       " AND NOT EXISTS (SELECT 1 FROM retro_review x WHERE x.source = 'story' AND x.action_id = a.id"
                       " AND x.decision = 'carried_over' AND x.retro_id <> ?)"
                       " ORDER BY a.story_id, a.position")
            .arg(in);
    if (Status s = SqlUtil::exec(q, storySql, {retroId, retroId}); !s) {
        return R::failure(s.error());
    }
    while (q.next()) {
        RetroReviewItem item;
        item.source = RetroReviewSource::StoryAction;
        item.actionId = q.value(0).toLongLong();
        item.title = q.value(1).toString();
        item.owner = q.value(2).toString();
        item.dueDate = dateFromDb(q.value(3));
        item.status = ActionRules::statusFromKey(q.value(4).toString()).value_or(ActionStatus::Open);
        item.originTitle = q.value(5).toString();
        item.originDate = dateFromDb(q.value(6));
        item.decision = decisionFromKey(q.value(7));
        item.carriedActionId = q.value(8).toLongLong();
        items << item;
    }
    return items;
}

Status RetroStore::setReviewDecision(
    qint64 retroId, RetroReviewSource source, qint64 actionId, RetroReviewDecision decision, qint64 carriedActionId)
{
    auto impl = [&]() -> Status {
        if (Status s = checkWritable(); !s) {
            return s;
        }
        WriteTransaction tx(m_library);
        if (Status s = tx.begin(); !s) {
            return s;
        }
        QSqlQuery q(m_library.db());
        Status s = SqlUtil::exec(
            q,
            QStringLiteral("DELETE FROM retro_review WHERE retro_id = ? AND source = ? AND action_id = ?"),
            {retroId, sourceKey(source), actionId});
        if (s && decision != RetroReviewDecision::Undecided) {
            s = SqlUtil::exec(q,
                              QStringLiteral("INSERT INTO retro_review(retro_id, source, action_id, decision,"
                                             " carried_action_id) VALUES (?, ?, ?, ?, ?)"),
                              {retroId, sourceKey(source), actionId, decisionKey(decision), idOrNull(carriedActionId)});
        }
        if (!s || !(s = touch(retroId)) || !(s = tx.commit())) {
            return s;
        }
        emit reviewChanged(retroId);
        return {};
    };
    return reportFailure(impl());
}

// ---------------------------------------------------------------- outcomes

Result<QList<RetroOutcome>> RetroStore::outcomes(qint64 retroId)
{
    using R = Result<QList<RetroOutcome>>;
    QSqlQuery q(m_library.db());
    q.setForwardOnly(true);
    if (Status s = SqlUtil::exec(q,
                                 QStringLiteral("SELECT card_id, group_id, kind, target_id, text FROM retro_outcome"
                                                " WHERE retro_id = ? ORDER BY rowid"),
                                 {retroId});
        !s) {
        return R::failure(s.error());
    }
    QList<RetroOutcome> list;
    while (q.next()) {
        RetroOutcome o;
        o.retroId = retroId;
        if (!q.value(0).isNull()) {
            o.source = RetroItemRef::card(q.value(0).toLongLong());
        } else if (!q.value(1).isNull()) {
            o.source = RetroItemRef::group(q.value(1).toLongLong());
        }
        o.kind = outcomeFromKey(q.value(2).toString());
        o.targetId = q.value(3).toLongLong();
        o.text = q.value(4).toString();
        list << o;
    }
    return list;
}

Status RetroStore::addOutcome(const RetroOutcome& outcome)
{
    auto impl = [&]() -> Status {
        if (Status s = checkWritable(); !s) {
            return s;
        }
        WriteTransaction tx(m_library);
        if (Status s = tx.begin(); !s) {
            return s;
        }
        QSqlQuery q(m_library.db());
        Status s =
            SqlUtil::exec(q,
                          QStringLiteral("INSERT OR REPLACE INTO retro_outcome(retro_id, card_id, group_id, kind,"
                                         " target_id, text) VALUES (?, ?, ?, ?, ?, ?)"),
                          {outcome.retroId,
                           idOrNull(outcome.source.isCard() ? outcome.source.id : 0),
                           idOrNull(outcome.source.isGroup() ? outcome.source.id : 0),
                           outcomeKey(outcome.kind),
                           outcome.targetId,
                           text(outcome.text)});
        if (!s || !(s = touch(outcome.retroId)) || !(s = tx.commit())) {
            return s;
        }
        emit outcomesChanged(outcome.retroId);
        return {};
    };
    return reportFailure(impl());
}

Status RetroStore::removeOutcome(qint64 retroId, RetroOutcomeKind kind, qint64 targetId)
{
    auto impl = [&]() -> Status {
        if (Status s = checkWritable(); !s) {
            return s;
        }
        WriteTransaction tx(m_library);
        if (Status s = tx.begin(); !s) {
            return s;
        }
        QSqlQuery q(m_library.db());
        Status s =
            SqlUtil::exec(q,
                          QStringLiteral("DELETE FROM retro_outcome WHERE retro_id = ? AND kind = ? AND target_id = ?"),
                          {retroId, outcomeKey(kind), targetId});
        if (!s || !(s = touch(retroId)) || !(s = tx.commit())) {
            return s;
        }
        emit outcomesChanged(retroId);
        return {};
    };
    return reportFailure(impl());
}
