#include "storage/LibraryDatabase.h"

#include "storage/Schema.h"
#include "storage/SqlUtil.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QtEndian>

#include <cerrno>
#include <cstring>

#include <unistd.h>

namespace {

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("kintsugi-library-%1").arg(counter.fetchAndAddRelaxed(1));
}

// A file marked read-only is opened read-only even for root, who may write it anyway.
bool isMarkedReadOnly(const QFileInfo& info)
{
    // The mode bits, not access(2): root may write any file, but a file without write bits means "keep as is".
    const QFile::Permissions anyWrite = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    if (!(info.permissions() & anyWrite) || !info.isWritable()) {
        return true;
    }
    // WAL needs the -wal and -shm files beside the library.
    const QFileInfo dir(info.absolutePath());
    if (!dir.isWritable()) {
        return !(QFileInfo::exists(info.absoluteFilePath() + QStringLiteral("-wal")) &&
                 QFileInfo::exists(info.absoluteFilePath() + QStringLiteral("-shm")));
    }
    return false;
}

// Looks at the SQLite header without SQLite, so that a foreign or damaged file is refused before a
// driver touches it. Returns an empty string when the file looks like an intact SQLite database.
QString checkHeader(const QString& path, qint64 size)
{
    const QString name = nativePath(path);
    if (size == 0) {
        return QCoreApplication::translate("LibraryDatabase", "“%1” is an empty file, not a Kintsugi library.")
            .arg(name);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return QCoreApplication::translate("LibraryDatabase", "“%1” cannot be read: %2").arg(name, file.errorString());
    }
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic.left(qMin<qsizetype>(header.size(), magic.size())))) {
        return QCoreApplication::translate("LibraryDatabase",
                                           "“%1” is not a Kintsugi library: it is not an SQLite database.")
            .arg(name);
    }
    if (header.size() < 100) {
        return QCoreApplication::translate("LibraryDatabase", "“%1” is damaged: the file is truncated (%2 bytes).")
            .arg(name)
            .arg(size);
    }
    const auto* bytes = reinterpret_cast<const uchar*>(header.constData());
    quint32 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1) {
        pageSize = 65536;
    }
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0) {
        return QCoreApplication::translate("LibraryDatabase", "“%1” is damaged: its header is invalid.").arg(name);
    }
    // A checkpoint cut short by a crash leaves the header ahead of the file; the missing pages
    // are still in the write-ahead log, and SQLite completes the file from it.
    const bool walHoldsPages = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (size % pageSize != 0 && !walHoldsPages) {
        return QCoreApplication::translate(
                   "LibraryDatabase",
                   "“%1” is damaged: the file is truncated (%2 bytes is not a whole number of pages).")
            .arg(name)
            .arg(size);
    }
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    if (changeCounter == validFor && pageCount > 0) {
        const qint64 expected = qint64(pageCount) * pageSize;
        if (size < expected && !walHoldsPages) {
            return QCoreApplication::translate("LibraryDatabase",
                                               "“%1” is damaged: the file is truncated (%2 of %3 bytes).")
                .arg(name)
                .arg(size)
                .arg(expected);
        }
    }
    return {};
}

struct Inspection
{
    QString error;
    bool empty = false; // a SQLite file with no tables at all
    int version = 0;
};

// Reads application id, schema version and tables through a read-only connection.
Inspection inspect(const QString& path, bool immutable)
{
    Inspection result;
    const QString name = nativePath(path);
    const QString connection = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        if (immutable) {
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
            db.setDatabaseName(
                QStringLiteral("file:%1?immutable=1").arg(QString::fromUtf8(QUrl::toPercentEncoding(path, "/"))));
        } else {
            db.setConnectOptions(
                QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(LibraryDatabase::BusyTimeoutMs));
            db.setDatabaseName(path);
        }
        auto fail = [&](const QString& detail) {
            result.error = QCoreApplication::translate("LibraryDatabase", "“%1” is damaged or not a database: %2")
                               .arg(name, detail);
        };
        if (!db.open()) {
            fail(db.lastError().text());
        } else {
            QSqlQuery q(db);
            qint64 appId = 0;
            if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
                fail(SqlUtil::errorText(q));
            } else {
                appId = q.value(0).toLongLong();
            }
            if (result.error.isEmpty() && (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())) {
                fail(SqlUtil::errorText(q));
            } else if (result.error.isEmpty()) {
                result.version = q.value(0).toInt();
            }
            QStringList tables;
            if (result.error.isEmpty()) {
                if (!q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type IN ('table', 'view')"))) {
                    fail(SqlUtil::errorText(q));
                }
                while (q.next()) {
                    tables << q.value(0).toString();
                }
            }
            if (result.error.isEmpty()) {
                if (appId == 0 && tables.isEmpty() && result.version == 0) {
                    result.empty = true;
                } else if (appId != Schema::ApplicationId) {
                    result.error =
                        QCoreApplication::translate(
                            "LibraryDatabase",
                            "“%1” is not a Kintsugi library: it is an SQLite database of another application.")
                            .arg(name);
                } else if (result.version > Schema::CurrentVersion) {
                    result.error = QCoreApplication::translate(
                                       "LibraryDatabase",
                                       "“%1” was written by a newer version of Kintsugi (schema version %2; this "
                                       "version reads up to %3). Update Kintsugi to open it. The file was not changed.")
                                       .arg(name)
                                       .arg(result.version)
                                       .arg(Schema::CurrentVersion);
                } else if (result.version < 1) {
                    result.error =
                        QCoreApplication::translate("LibraryDatabase", "“%1” is damaged: it has no schema version.")
                            .arg(name);
                } else {
                    for (const QString& table : Schema::requiredTables(result.version)) {
                        if (!tables.contains(table)) {
                            result.error = QCoreApplication::translate("LibraryDatabase",
                                                                       "“%1” is damaged: the table “%2” is missing.")
                                               .arg(name, table);
                            break;
                        }
                    }
                }
            }
            // Reading every table's root page catches a damaged schema early, cheaply.
            if (result.error.isEmpty() && !result.empty) {
                if (!q.exec(QStringLiteral("SELECT count(*) FROM story")) || !q.next()) {
                    fail(SqlUtil::errorText(q));
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

// Builds a complete, empty library in a private file beside `path`, then hard-links it into place,
// which fails if `path` appeared meanwhile: another instance creating the same library at the same
// moment, or a crash half-way, never leaves a half-made file under the library's name.
// `created` tells whether this call's file is the one now at `path`.
Status createAtomically(const QString& path, bool* created)
{
    *created = false;
    const QString temp = QStringLiteral("%1.new-%2-%3")
                             .arg(path)
                             .arg(QCoreApplication::applicationPid())
                             .arg(QRandomGenerator::global()->generate());
    const QString connection = nextConnectionName();
    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(temp);
        if (!db.open()) {
            status = Status::failure(db.lastError().text());
        } else {
            for (const QString& sql : {QStringLiteral("PRAGMA journal_mode = WAL"),
                                       QStringLiteral("PRAGMA application_id = %1").arg(Schema::ApplicationId),
                                       QStringLiteral("BEGIN IMMEDIATE")}) {
                if (status) {
                    status = SqlUtil::exec(db, sql);
                }
            }
            if (status) {
                status = Schema::migrate(db, 0);
            }
            if (status) {
                status = SqlUtil::exec(db, QStringLiteral("COMMIT"));
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (status) {
        if (::link(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) == 0) {
            *created = true;
        } else if (errno != EEXIST) {
            status = Status::failure(QString::fromLocal8Bit(std::strerror(errno)));
        }
    }
    QFile::remove(temp);
    QFile::remove(temp + QStringLiteral("-wal"));
    QFile::remove(temp + QStringLiteral("-shm"));
    return status;
}

} // namespace

LibraryDatabase::~LibraryDatabase()
{
    if (m_db.isOpen()) {
        if (!m_readOnly) {
            // Keeps the query planner's statistics fresh; cheap when nothing changed.
            QSqlQuery q(m_db);
            q.exec(QStringLiteral("PRAGMA optimize"));
        }
        m_db.close();
    }
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty()) {
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString LibraryDatabase::readOnlyMessage()
{
    return QCoreApplication::translate("LibraryDatabase", "The library is read-only; changes cannot be saved.");
}

Result<std::unique_ptr<LibraryDatabase>> LibraryDatabase::open(const QString& rawPath, OpenMode mode)
{
    using R = Result<std::unique_ptr<LibraryDatabase>>;
    if (rawPath.trimmed().isEmpty()) {
        return R::failure(QCoreApplication::translate("LibraryDatabase", "No library file was given."));
    }
    const QFileInfo info(rawPath);
    const QString path = info.absoluteFilePath();
    const QString name = nativePath(path);

    bool create = false;
    bool createdHere = false;
    bool readOnly = mode == OpenMode::ReadOnly;
    bool immutable = false;
    bool fileReadOnly = false;
    if (!info.exists()) {
        if (mode == OpenMode::ReadOnly) {
            return R::failure(
                QCoreApplication::translate("LibraryDatabase", "The library “%1” does not exist.").arg(name));
        }
        if (!QDir().mkpath(info.absolutePath())) {
            return R::failure(
                QCoreApplication::translate("LibraryDatabase", "The folder for “%1” cannot be created.").arg(name));
        }
        if (Status s = createAtomically(path, &createdHere); !s) {
            return R::failure(
                QCoreApplication::translate("LibraryDatabase", "“%1” cannot be created: %2").arg(name, s.error()));
        }
    }
    {
        const QFileInfo current(path); // as it is now, perhaps just created
        if (current.isDir()) {
            return R::failure(
                QCoreApplication::translate("LibraryDatabase", "“%1” is a folder, not a Kintsugi library.").arg(name));
        }
        if (!current.isReadable()) {
            return R::failure(
                QCoreApplication::translate("LibraryDatabase", "“%1” cannot be read: permission denied.").arg(name));
        }
        if (QString error = checkHeader(path, current.size()); !error.isEmpty()) {
            return R::failure(error);
        }
        fileReadOnly = isMarkedReadOnly(current);
        readOnly = readOnly || fileReadOnly;
        Inspection found = inspect(path, false);
        if (!found.error.isEmpty() && readOnly) {
            // A read-only folder cannot hold the WAL index; read the file as it is on disk.
            Inspection again = inspect(path, true);
            if (again.error.isEmpty()) {
                found = again;
                immutable = true;
            }
        }
        if (!found.error.isEmpty()) {
            return R::failure(found.error);
        }
        if (found.empty) {
            if (readOnly) {
                return R::failure(
                    QCoreApplication::translate("LibraryDatabase", "“%1” is an empty database, not a Kintsugi library.")
                        .arg(name));
            }
            create = true;
        } else if (found.version < Schema::CurrentVersion && readOnly && mode == OpenMode::Normal) {
            return R::failure(QCoreApplication::translate(
                                  "LibraryDatabase",
                                  "“%1” is read-only and uses an older schema version (%2) that must be upgraded "
                                  "before Kintsugi can open it.")
                                  .arg(name)
                                  .arg(found.version));
        }
    }

    std::unique_ptr<LibraryDatabase> lib(new LibraryDatabase);
    lib->m_path = path;
    lib->m_readOnly = readOnly;
    lib->m_fileReadOnly = fileReadOnly;
    lib->m_created = create || createdHere;
    lib->m_connectionName = nextConnectionName();
    lib->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), lib->m_connectionName);
    if (immutable) {
        lib->m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        lib->m_db.setDatabaseName(
            QStringLiteral("file:%1?immutable=1").arg(QString::fromUtf8(QUrl::toPercentEncoding(path, "/"))));
    } else {
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs);
        if (readOnly) {
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        }
        lib->m_db.setConnectOptions(options);
        lib->m_db.setDatabaseName(path);
    }
    if (!lib->m_db.open()) {
        return R::failure(QCoreApplication::translate("LibraryDatabase", "“%1” cannot be opened: %2")
                              .arg(name, lib->m_db.lastError().text()));
    }

    QSqlDatabase& db = lib->m_db;
    if (Status s = SqlUtil::exec(db, QStringLiteral("PRAGMA foreign_keys = ON")); !s) {
        return R::failure(
            QCoreApplication::translate("LibraryDatabase", "“%1” cannot be opened: %2").arg(name, s.error()));
    }
    if (!readOnly) {
        for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"}) {
            if (Status s = SqlUtil::exec(db, QString::fromLatin1(pragma)); !s) {
                return R::failure(
                    QCoreApplication::translate("LibraryDatabase", "“%1” cannot be opened for writing: %2")
                        .arg(name, s.error()));
            }
        }
        // Create or upgrade under the write lock; another instance may be doing the same.
        if (Status s = lib->beginWrite(); !s) {
            return R::failure(QCoreApplication::translate("LibraryDatabase", "“%1” cannot be opened for writing: %2")
                                  .arg(name, s.error()));
        }
        QSqlQuery q(db);
        int version = 0;
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next()) {
            version = q.value(0).toInt();
        }
        Status migrated;
        if (version == 0) {
            migrated = SqlUtil::exec(db, QStringLiteral("PRAGMA application_id = %1").arg(Schema::ApplicationId));
        }
        if (migrated && version < Schema::CurrentVersion) {
            migrated = Schema::migrate(db, version);
        }
        if (migrated) {
            migrated = lib->commit();
        }
        if (!migrated) {
            lib->rollback();
            return R::failure(QCoreApplication::translate("LibraryDatabase",
                                                          "“%1” could not be prepared: %2 The file was left as it was.")
                                  .arg(name, migrated.error()));
        }
        lib->m_schemaVersion = Schema::CurrentVersion;
    } else {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
            return R::failure(QCoreApplication::translate("LibraryDatabase", "“%1” cannot be read: %2")
                                  .arg(name, SqlUtil::errorText(q)));
        }
        lib->m_schemaVersion = q.value(0).toInt();
    }
    return R(std::move(lib));
}

Status LibraryDatabase::beginWrite()
{
    if (m_readOnly) {
        return Status::failure(readOnlyMessage());
    }
    return SqlUtil::exec(m_db, QStringLiteral("BEGIN IMMEDIATE"));
}

Status LibraryDatabase::commit()
{
    return SqlUtil::exec(m_db, QStringLiteral("COMMIT"));
}

void LibraryDatabase::rollback()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
}

QStringList LibraryDatabase::integrityProblems()
{
    QStringList problems;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        return {SqlUtil::errorText(q)};
    }
    while (q.next()) {
        const QString row = q.value(0).toString();
        if (row != QLatin1String("ok")) {
            problems << row;
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        problems << SqlUtil::errorText(q);
    }
    while (q.next()) {
        problems << QCoreApplication::translate("LibraryDatabase",
                                                "Row %1 of table “%2” refers to a missing row in “%3”.")
                        .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString());
    }
    if (m_schemaVersion >= 1) {
        // Every story has exactly one index row (see StoryStore).
        if (q.exec(QStringLiteral("SELECT (SELECT count(*) FROM story_fts WHERE rowid NOT IN (SELECT id FROM story)),"
                                  " (SELECT count(*) FROM story_fts), (SELECT count(*) FROM story)")) &&
            q.next()) {
            const qint64 orphans = q.value(0).toLongLong();
            const qint64 rows = q.value(1).toLongLong();
            const qint64 stories = q.value(2).toLongLong();
            if (orphans != 0 || rows != stories) {
                problems << QCoreApplication::translate(
                                "LibraryDatabase",
                                "The search index does not match the stories (%1 index rows for %2 stories).")
                                .arg(rows)
                                .arg(stories);
            }
        } else {
            problems << SqlUtil::errorText(q);
        }
        // FTS5's own check of the index against its content. SQLite runs it as an INSERT, which a
        // read-only connection refuses; it writes nothing, so a second connection may run it when
        // only the connection (not the file) is read-only.
        const QString check = QStringLiteral("INSERT INTO story_fts(story_fts) VALUES ('integrity-check')");
        QString error;
        if (!m_readOnly) {
            if (!q.exec(check)) {
                error = SqlUtil::errorText(q);
            }
        } else if (!m_fileReadOnly) {
            const QString connection = nextConnectionName();
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
                db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
                db.setDatabaseName(m_path);
                if (db.open()) {
                    QSqlQuery ftsCheck(db);
                    if (!ftsCheck.exec(check)) {
                        error = SqlUtil::errorText(ftsCheck);
                    }
                    db.close();
                }
            }
            QSqlDatabase::removeDatabase(connection);
        }
        if (!error.isEmpty()) {
            problems << QCoreApplication::translate("LibraryDatabase", "The search index is damaged: %1").arg(error);
        }
    }
    return problems;
}
