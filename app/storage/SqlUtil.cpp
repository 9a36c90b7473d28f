#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlRecord>
#include <QStringList>

namespace SqlUtil {

QString errorText(const QSqlQuery& query)
{
    const QSqlError error = query.lastError();
    QString text = error.databaseText();
    if (text.isEmpty()) {
        text = error.driverText();
    }
    if (text.isEmpty()) {
        text = QCoreApplication::translate("SqlUtil", "unknown database error");
    }
    return text;
}

Status exec(QSqlQuery& query, const QString& sql, std::initializer_list<QVariant> bindings)
{
    if (!query.prepare(sql)) {
        return Status::failure(errorText(query));
    }
    for (const QVariant& value : bindings) {
        // A null QString binds as SQL NULL; text columns want '' for "empty".
        if (value.typeId() == QMetaType::QString && value.toString().isNull()) {
            query.addBindValue(QStringLiteral(""));
        } else {
            query.addBindValue(value);
        }
    }
    if (!query.exec()) {
        return Status::failure(errorText(query));
    }
    return {};
}

Status exec(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        return Status::failure(errorText(query));
    }
    return {};
}

Result<StoryRows::Table> readRows(const QSqlDatabase& db, const QString& table, const QString& where, qint64 id)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (Status s = exec(q, QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY rowid").arg(table, where), {id}); !s) {
        return Result<StoryRows::Table>::failure(s.error());
    }
    StoryRows::Table result;
    result.name = table;
    const QSqlRecord record = q.record();
    for (int c = 0; c < record.count(); ++c) {
        result.columns << record.fieldName(c);
    }
    while (q.next()) {
        QVariantList row;
        row.reserve(record.count());
        for (int c = 0; c < record.count(); ++c) {
            row << q.value(c);
        }
        result.rows << row;
    }
    return result;
}

Status insertRows(const QSqlDatabase& db, const StoryRows::Table& table)
{
    if (table.rows.isEmpty()) {
        return {};
    }
    QStringList marks;
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        marks << QStringLiteral("?");
    }
    QSqlQuery q(db);
    const QString sql =
        QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
            .arg(table.name, table.columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    if (!q.prepare(sql)) {
        return Status::failure(errorText(q));
    }
    for (const QVariantList& row : table.rows) {
        for (int c = 0; c < row.size(); ++c) {
            q.bindValue(c, row.at(c));
        }
        if (!q.exec()) {
            return Status::failure(errorText(q));
        }
    }
    return {};
}

} // namespace SqlUtil
