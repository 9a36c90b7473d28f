#pragma once

#include "util/Result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace SqlUtil {

// Prepares and runs `sql` with positional bindings; the error names the failing statement's problem.
Status exec(QSqlQuery& query, const QString& sql, std::initializer_list<QVariant> bindings = {});
// Runs a statement that takes no bindings.
Status exec(const QSqlDatabase& db, const QString& sql);
// The driver's message for the last error on `query`, for users.
QString errorText(const QSqlQuery& query);

} // namespace SqlUtil
