#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QStringList>

// The library's schema: PRAGMA user_version numbers it, each migration is one function, applied in
// order inside the caller's transaction.
namespace Schema {

// 'Knts': marks a SQLite file as a Kintsugi library (PRAGMA application_id).
inline constexpr qint32 ApplicationId = 0x4B6E7473;
inline constexpr int CurrentVersion = 3;

// Brings a database at schema version `from` (0 = empty file) to CurrentVersion.
Status migrate(QSqlDatabase& db, int from);

// Tables a library of the given version must have; used to tell a damaged library from a good one.
QStringList requiredTables(int version);

} // namespace Schema
