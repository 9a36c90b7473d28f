#pragma once

#include "storage/StoryRows.h"
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

// The rows of `table` that match `where` (one bound id), with column names and values as stored:
// a snapshot that insertRows() puts back exactly (used to undo deletes).
Result<StoryRows::Table> readRows(const QSqlDatabase& db, const QString& table, const QString& where, qint64 id);
// Inserts a snapshot's rows again, ids and all. Run inside the caller's transaction.
Status insertRows(const QSqlDatabase& db, const StoryRows::Table& table);

} // namespace SqlUtil
