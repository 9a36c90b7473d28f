#include "storage/CoachSettingsStore.h"

#include "storage/LibraryDatabase.h"
#include "storage/SqlUtil.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>

CoachSettingsStore::CoachSettingsStore(LibraryDatabase& library, QObject* parent)
    : QObject(parent)
    , m_library(library)
{
}

bool CoachSettingsStore::isReadOnly() const
{
    return m_library.isReadOnly();
}

Result<QSet<QString>> CoachSettingsStore::disabledRules()
{
    QSqlQuery q(m_library.db());
    q.setForwardOnly(true);
    if (Status s = SqlUtil::exec(q, QStringLiteral("SELECT rule_id FROM coach_rule_setting WHERE enabled = 0")); !s) {
        return Result<QSet<QString>>::failure(s.error());
    }
    QSet<QString> ids;
    while (q.next()) {
        ids.insert(q.value(0).toString());
    }
    return ids;
}

Status CoachSettingsStore::write(const QString& sql, std::initializer_list<QVariant> bindings)
{
    Status s;
    if (m_library.isReadOnly()) {
        s = Status::failure(LibraryDatabase::readOnlyMessage());
    } else {
        WriteTransaction tx(m_library);
        QSqlQuery q(m_library.db());
        if ((s = tx.begin())) {
            if ((s = SqlUtil::exec(q, sql, bindings))) {
                s = tx.commit();
            }
        }
    }
    if (!s) {
        emit writeFailed(s.error());
    }
    return s;
}

Status CoachSettingsStore::setRuleEnabled(const QString& ruleId, bool enabled)
{
    Status s = write(QStringLiteral("INSERT INTO coach_rule_setting(rule_id, enabled) VALUES (?, ?) "
                                    "ON CONFLICT(rule_id) DO UPDATE SET enabled = excluded.enabled"),
                     {ruleId, enabled ? 1 : 0});
    if (s) {
        emit ruleEnabledChanged(ruleId, enabled);
    }
    return s;
}

Result<QList<QPair<QString, QString>>> CoachSettingsStore::ignoredHits(qint64 storyId)
{
    using R = Result<QList<QPair<QString, QString>>>;
    QSqlQuery q(m_library.db());
    q.setForwardOnly(true);
    if (Status s = SqlUtil::exec(
            q, QStringLiteral("SELECT rule_id, phrase FROM coach_ignored_hit WHERE story_id = ?"), {storyId});
        !s) {
        return R::failure(s.error());
    }
    QList<QPair<QString, QString>> list;
    while (q.next()) {
        list << qMakePair(q.value(0).toString(), q.value(1).toString());
    }
    return list;
}

Status CoachSettingsStore::setHitIgnored(qint64 storyId, const QString& ruleId, const QString& phrase, bool ignored)
{
    Status s = ignored ? write(QStringLiteral("INSERT INTO coach_ignored_hit(story_id, rule_id, phrase) "
                                              "VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
                               {storyId, ruleId, phrase})
                       : write(QStringLiteral("DELETE FROM coach_ignored_hit WHERE story_id = ? AND rule_id = ? AND "
                                              "phrase = ?"),
                               {storyId, ruleId, phrase});
    if (s) {
        emit ignoredHitsChanged(storyId);
    }
    return s;
}
