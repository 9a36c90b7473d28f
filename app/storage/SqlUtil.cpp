#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QSqlError>

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

} // namespace SqlUtil
