#include "TestSupport.h"
#include "storage/LibraryDatabase.h"
#include "storage/Schema.h"
#include "storage/StoryStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

class TestLibraryDatabase : public QObject
{
    Q_OBJECT

private slots:
    void createsNewLibrary();
    void reopensExistingLibrary();
    void opensFirstSchemaFixture();
    void readOnlyModeLeavesOldSchema();
    void refusesGarbage();
    void refusesTruncatedLibrary();
    void refusesNewerSchema();
    void refusesForeignDatabase();
    void refusesEmptyFile();
    void refusesFolder();
    void readOnlyModeNeedsExistingFile();
    void readOnlyFileOpensReadOnly();
    void pragmasAreSet();

private:
    // Runs raw SQL on a file, as another program would.
    static void rawSql(const QString& path, const QStringList& statements);
    static void expectRefused(const QString& path, const QString& fragment);
};

void TestLibraryDatabase::rawSql(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString& sql : statements) {
            QVERIFY2(q.exec(sql), qPrintable(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestLibraryDatabase::expectRefused(const QString& path, const QString& fragment)
{
    const QByteArray before = TestSupport::fileHash(path);
    const qint64 size = QFileInfo(path).size();
    auto lib = LibraryDatabase::open(path);
    QVERIFY(!lib.ok());
    QVERIFY2(lib.error().contains(fragment, Qt::CaseInsensitive), qPrintable(lib.error()));
    QVERIFY2(lib.error().contains(QFileInfo(path).fileName()), "the message names the file");
    QCOMPARE(QFileInfo(path).size(), size);
    QCOMPARE(TestSupport::fileHash(path), before);
}

void TestLibraryDatabase::createsNewLibrary()
{
    QTemporaryDir dir;
    const QString path = TestSupport::libraryPath(dir, QStringLiteral("sub/folder/new.kintsugi"));
    auto lib = LibraryDatabase::open(path);
    QVERIFY2(lib.ok(), qPrintable(lib.error()));
    QVERIFY(lib.value()->isNew());
    QVERIFY(!lib.value()->isReadOnly());
    QCOMPARE(lib.value()->schemaVersion(), Schema::CurrentVersion);
    QVERIFY(lib.value()->integrityProblems().isEmpty());
    QVERIFY(QFileInfo::exists(path));
}

void TestLibraryDatabase::reopensExistingLibrary()
{
    QTemporaryDir dir;
    const QString path = TestSupport::libraryPath(dir);
    {
        auto lib = LibraryDatabase::open(path);
        QVERIFY(lib.ok());
        StoryStore store(*lib.value());
        QVERIFY(store.create(TestSupport::fullStory()).ok());
    }
    auto lib = LibraryDatabase::open(path);
    QVERIFY2(lib.ok(), qPrintable(lib.error()));
    QVERIFY(!lib.value()->isNew());
    StoryStore store(*lib.value());
    QCOMPARE(store.count().value(), 1);
}

void TestLibraryDatabase::opensFirstSchemaFixture()
{
    QTemporaryDir dir;
    const QString path = TestSupport::copyFixture(dir, QStringLiteral("library-v1.kintsugi"));
    auto lib = LibraryDatabase::open(path);
    QVERIFY2(lib.ok(), qPrintable(lib.error()));
    QCOMPARE(lib.value()->schemaVersion(), Schema::CurrentVersion);
    QVERIFY(lib.value()->integrityProblems().isEmpty());
    StoryStore store(*lib.value());
    auto all = store.summaries();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().title, QStringLiteral("The day our downloads played music"));
    auto story = store.load(all->first().id);
    QVERIFY(story.ok());
    QVERIFY(story->section(Section::RootCauses).contains(QStringLiteral("1.")));
    QVERIFY(!store.search(QStringLiteral("music")).value().isEmpty());
    // The upgrade added the analysis tables with the default cause categories.
    QSqlQuery q(lib.value()->db());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM cause_category")) && q.next());
    QCOMPARE(q.value(0).toInt(), 5);
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), Schema::CurrentVersion);
}

void TestLibraryDatabase::readOnlyModeLeavesOldSchema()
{
    QTemporaryDir dir;
    const QString path = TestSupport::copyFixture(dir, QStringLiteral("library-v1.kintsugi"));
    const QByteArray before = TestSupport::fileHash(path);
    {
        auto lib = LibraryDatabase::open(path, LibraryDatabase::OpenMode::ReadOnly);
        QVERIFY2(lib.ok(), qPrintable(lib.error()));
        QCOMPARE(lib.value()->schemaVersion(), 1);
        QVERIFY(lib.value()->integrityProblems().isEmpty());
    }
    QCOMPARE(TestSupport::fileHash(path), before);
}

void TestLibraryDatabase::refusesGarbage()
{
    QTemporaryDir dir;
    const QString path = TestSupport::libraryPath(dir, QStringLiteral("notes.kintsugi"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray bytes;
    for (int i = 0; i < 5000; ++i) {
        bytes.append(char((i * 7919) % 251));
    }
    file.write(bytes);
    file.close();
    expectRefused(path, QStringLiteral("not an SQLite database"));
}

void TestLibraryDatabase::refusesTruncatedLibrary()
{
    QTemporaryDir dir;
    const QString path = TestSupport::libraryPath(dir);
    {
        auto lib = LibraryDatabase::open(path);
        QVERIFY(lib.ok());
        StoryStore store(*lib.value());
        for (int i = 0; i < 30; ++i) {
            QVERIFY(store.create(TestSupport::fullStory(QStringLiteral("Story %1").arg(i))).ok());
        }
    }
    QFile file(path);
    const qint64 size = file.size();
    QVERIFY(size > 8192);
    QVERIFY(file.resize(size / 2 + 100)); // not a whole page
    expectRefused(path, QStringLiteral("truncated"));
    QVERIFY(file.resize(4096 * 2)); // whole pages, but fewer than the header says
    expectRefused(path, QStringLiteral("truncated"));
}

void TestLibraryDatabase::refusesNewerSchema()
{
    QTemporaryDir dir;
    const QString path = TestSupport::libraryPath(dir);
    {
        auto lib = LibraryDatabase::open(path);
        QVERIFY(lib.ok());
    }
    rawSql(path, {QStringLiteral("PRAGMA user_version = 99")});
    expectRefused(path, QStringLiteral("newer version"));
}

void TestLibraryDatabase::refusesForeignDatabase()
{
    QTemporaryDir dir;
    const QString path = TestSupport::libraryPath(dir, QStringLiteral("places.sqlite"));
    rawSql(path,
           {QStringLiteral("CREATE TABLE bookmarks(id INTEGER PRIMARY KEY, url TEXT)"),
            QStringLiteral("INSERT INTO bookmarks(url) VALUES ('https://example.org')")});
    expectRefused(path, QStringLiteral("another application"));
}

void TestLibraryDatabase::refusesEmptyFile()
{
    QTemporaryDir dir;
    const QString path = TestSupport::libraryPath(dir);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    expectRefused(path, QStringLiteral("empty file"));
}

void TestLibraryDatabase::refusesFolder()
{
    QTemporaryDir dir;
    auto lib = LibraryDatabase::open(dir.path());
    QVERIFY(!lib.ok());
    QVERIFY(lib.error().contains(QStringLiteral("folder")));
}

void TestLibraryDatabase::readOnlyModeNeedsExistingFile()
{
    QTemporaryDir dir;
    const QString path = TestSupport::libraryPath(dir);
    auto lib = LibraryDatabase::open(path, LibraryDatabase::OpenMode::ReadOnly);
    QVERIFY(!lib.ok());
    QVERIFY(lib.error().contains(QStringLiteral("does not exist")));
    QVERIFY(!QFileInfo::exists(path));
}

void TestLibraryDatabase::readOnlyFileOpensReadOnly()
{
    QTemporaryDir dir;
    const QString path = TestSupport::libraryPath(dir);
    qint64 id = 0;
    {
        auto lib = LibraryDatabase::open(path);
        QVERIFY(lib.ok());
        StoryStore store(*lib.value());
        id = store.create(TestSupport::fullStory()).value();
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = TestSupport::fileHash(path);
    {
        auto lib = LibraryDatabase::open(path);
        QVERIFY2(lib.ok(), qPrintable(lib.error()));
        QVERIFY(lib.value()->isReadOnly());
        QVERIFY(lib.value()->isFileReadOnly());
        StoryStore store(*lib.value());
        QCOMPARE(store.load(id).value().title, QStringLiteral("Pager storm"));
        QSignalSpy failed(&store, &StoryStore::writeFailed);
        const Status s = store.setField(id, StoryField::Title, QStringLiteral("changed"));
        QVERIFY(!s.ok());
        QVERIFY(s.error().contains(QStringLiteral("read-only")));
        QCOMPARE(failed.count(), 1);
        QVERIFY(!store.create(Story {}).ok());
        QCOMPARE(store.load(id).value().title, QStringLiteral("Pager storm"));
    }
    QCOMPARE(TestSupport::fileHash(path), before);
}

void TestLibraryDatabase::pragmasAreSet()
{
    QTemporaryDir dir;
    auto lib = LibraryDatabase::open(TestSupport::libraryPath(dir));
    QVERIFY(lib.ok());
    QSqlQuery q(lib.value()->db());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next());
    QCOMPARE(q.value(0).toInt(), LibraryDatabase::BusyTimeoutMs);
    QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
    QCOMPARE(q.value(0).toInt(), Schema::ApplicationId);
}

QTEST_GUILESS_MAIN(TestLibraryDatabase)
#include "TestLibraryDatabase.moc"
