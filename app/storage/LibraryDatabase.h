#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

// One Kintsugi library: a SQLite file with a versioned schema. The only class that sets SQLite
// pragmas. Opening never changes a file it refuses: a foreign, damaged, truncated or newer file is
// inspected through a read-only connection first and left byte-for-byte as it was.
class LibraryDatabase
{
public:
    enum class OpenMode {
        // Create the file if it does not exist, upgrade an older schema, fall back to read-only
        // access when the file is marked read-only.
        Normal,
        // Never write: no creation, no upgrade (used by `kintsugi-cli check` and `list`).
        ReadOnly,
    };

    ~LibraryDatabase();
    LibraryDatabase(const LibraryDatabase&) = delete;
    LibraryDatabase& operator=(const LibraryDatabase&) = delete;

    static Result<std::unique_ptr<LibraryDatabase>> open(const QString& path, OpenMode mode = OpenMode::Normal);

    QSqlDatabase& db() { return m_db; }
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // True when the file itself is marked read-only (not just opened read-only).
    bool isFileReadOnly() const { return m_fileReadOnly; }
    // The schema version of the file as opened (after any upgrade).
    int schemaVersion() const { return m_schemaVersion; }
    // True when the file was created by this open.
    bool isNew() const { return m_created; }

    // Writes happen inside BEGIN IMMEDIATE ... COMMIT so that concurrent writers wait on
    // busy_timeout instead of failing when upgrading a read lock.
    Status beginWrite();
    Status commit();
    void rollback();

    // Problems found by SQLite's integrity and foreign-key checks and by a full-text index
    // consistency check; empty when the library is healthy.
    QStringList integrityProblems();

    // A message for write attempts on a read-only library.
    static QString readOnlyMessage();

    static constexpr int BusyTimeoutMs = 10000;

private:
    LibraryDatabase() = default;

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_readOnly = false;
    bool m_fileReadOnly = false;
    bool m_created = false;
    int m_schemaVersion = 0;
};
