#include "MainWindow.h"
#include "MessageBox.h"
#include "TestSupport.h"
#include "document/Library.h"
#include "document/StoryDocument.h"
#include "export/FileExportActions.h"
#include "models/AwardModel.h"
#include "storage/AwardStore.h"
#include "storage/StoryStore.h"
#include "story/AwardsPage.h"
#include "story/StoryEditor.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeView>

// The Awards page of the story editor and the File ▸ Export / Import menu items, driven through
// the real main window (file dialogs answered through FileExportActions' test hook).
class TestExportGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void menusExist();
    void awardsPageAddEditUndo();
    void exportMenuWritesFiles();
    void importMergesAndRestores();
    void failedImportShowsError();

private:
    std::unique_ptr<MainWindow> openWindow(const QString& path);
    AwardsPage* showAwardsPage();
    qint64 newStory(const QString& title);
    // The action as the user reaches it: its menu opens first (which updates what is enabled).
    QAction* action(const char* name) const
    {
        for (const char* menu : {"exportMenu", "importMenu"}) {
            if (auto* m = m_window->menuBar()->findChild<QMenu*>(QLatin1String(menu))) {
                emit m->aboutToShow();
            }
        }
        return m_window->findChild<QAction*>(QLatin1String(name));
    }
    QString path(const QString& name) const { return TestSupport::libraryPath(*m_dir, name); }
    static QString read(const QString& file);

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestExportGui::initTestCase()
{
    QVERIFY(m_home.isValid());
    TestSupport::isolateUserFiles(m_home);
    MessageBox::setAutoAnswer(QMessageBox::Yes);
}

void TestExportGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    MessageBox::clearLastText();
    m_window = openWindow(path(QStringLiteral("library.kintsugi")));
    QVERIFY(m_window);
}

void TestExportGui::cleanup()
{
    FileExportActions::setNextPathForTests(std::nullopt);
    m_window.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestExportGui::openWindow(const QString& file)
{
    auto w = std::make_unique<MainWindow>();
    if (!w->openLibrary(file)) {
        return nullptr;
    }
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get())) {
        return nullptr;
    }
    return w;
}

QString TestExportGui::read(const QString& file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

qint64 TestExportGui::newStory(const QString& title)
{
    action("newStoryAction")->trigger();
    StoryDocument* document = m_window->storyEditor()->document();
    if (!document) {
        return 0;
    }
    auto* edit = m_window->findChild<QLineEdit*>(QStringLiteral("titleEdit"));
    edit->setFocus();
    QTest::keyClicks(edit, title);
    m_window->storyEditor()->flushPendingEdits();
    return document->id();
}

AwardsPage* TestExportGui::showAwardsPage()
{
    for (StoryPage* page : m_window->storyEditor()->pages()) {
        if (auto* p = qobject_cast<AwardsPage*>(page)) {
            m_window->storyEditor()->showPage(p);
            return p;
        }
    }
    return nullptr;
}

void TestExportGui::menusExist()
{
    auto* exportMenu = m_window->menuBar()->findChild<QMenu*>(QStringLiteral("exportMenu"));
    QVERIFY(exportMenu);
    const QList<QAction*> actions = exportMenu->actions();
    QVERIFY(actions.contains(action("exportMarkdownAction")));
    QVERIFY(actions.contains(action("exportHtmlAction")));
    QVERIFY(actions.contains(action("exportJsonAction")));
    auto* importMenu = m_window->menuBar()->findChild<QMenu*>(QStringLiteral("importMenu"));
    QVERIFY(importMenu);
    QVERIFY(importMenu->actions().contains(action("importJsonAction")));
    // The story exports need an open story.
    emit exportMenu->aboutToShow();
    QVERIFY(!action("exportMarkdownAction")->isEnabled());
    QVERIFY(action("exportJsonAction")->isEnabled());
    newStory(QStringLiteral("Menu story"));
    emit exportMenu->aboutToShow();
    QVERIFY(action("exportMarkdownAction")->isEnabled());
    QVERIFY(action("exportHtmlAction")->isEnabled());
}

void TestExportGui::awardsPageAddEditUndo()
{
    const qint64 id = newStory(QStringLiteral("Award winner"));
    QVERIFY(id > 0);
    AwardsPage* page = showAwardsPage();
    QVERIFY(page);
    auto* add = page->findChild<QPushButton*>(QStringLiteral("addAwardButton"));
    auto* remove = page->findChild<QPushButton*>(QStringLiteral("removeAwardButton"));
    QVERIFY(add && remove);
    QVERIFY(add->isEnabled());
    QVERIFY(!remove->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    AwardStore& store = m_window->library()->awards();
    QCOMPARE(store.awards(id)->size(), 1);
    const Award added = store.awards(id)->first();
    QCOMPARE(added.year, QDate::currentDate().year());
    QCOMPARE(added.title, QStringLiteral("Most instructive mistake"));
    // The citation's editor is open: type and commit.
    QTRY_VERIFY(qobject_cast<QLineEdit*>(QApplication::focusWidget()) &&
                page->view()->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Taught us to test backups"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    // The delegate commits on the next turn of the event loop.
    QTRY_COMPARE(store.award(added.id)->citation, QStringLiteral("Taught us to test backups"));
    QCOMPARE(page->view()->model()->index(0, AwardModel::CitationColumn).data().toString(),
             QStringLiteral("Taught us to test backups"));
    QVERIFY(remove->isEnabled());

    // Undo through the window's Undo: the citation, then the award itself.
    page->view()->setFocus();
    QTRY_VERIFY(page->view()->hasFocus());
    action("undoAction")->trigger();
    QCOMPARE(store.award(added.id)->citation, QString());
    action("undoAction")->trigger();
    QVERIFY(store.awards(id)->isEmpty());
    QCOMPARE(page->view()->model()->rowCount(), 0);
    action("redoAction")->trigger();
    QCOMPARE(store.awards(id)->size(), 1);

    // Delete on the list removes the current award.
    page->view()->setCurrentIndex(page->view()->model()->index(0, 0));
    page->view()->setFocus();
    QTest::keyClick(page->view(), Qt::Key_Delete);
    QVERIFY(store.awards(id)->isEmpty());
}

void TestExportGui::exportMenuWritesFiles()
{
    const qint64 id = newStory(QStringLiteral("Exported <story>"));
    Award award;
    award.storyId = id;
    award.year = 2026;
    award.title = QStringLiteral("Best near miss");
    QVERIFY(m_window->library()->awards().insert(award).ok());

    const QString md = path(QStringLiteral("story.md"));
    FileExportActions::setNextPathForTests(md);
    action("exportMarkdownAction")->trigger();
    const QString markdown = read(md);
    QVERIFY(markdown.startsWith(QStringLiteral("---\ntitle: \"Exported <story>\"\n")));
    QVERIFY(markdown.contains(QStringLiteral("title: \"Best near miss\"")));

    const QString html = path(QStringLiteral("story.html"));
    FileExportActions::setNextPathForTests(html);
    action("exportHtmlAction")->trigger();
    const QString page = read(html);
    QVERIFY(page.contains(QStringLiteral("<h1>Exported &lt;story&gt;</h1>")));
    QVERIFY(page.contains(QStringLiteral("Best near miss 2026")));

    const QString json = path(QStringLiteral("library.json"));
    FileExportActions::setNextPathForTests(json);
    action("exportJsonAction")->trigger();
    QVERIFY(read(json).contains(QStringLiteral("\"format\": \"kintsugi-library\"")));
    auto* actions = m_window->findChild<FileExportActions*>(QStringLiteral("fileExportActions"));
    QVERIFY(actions);
    QVERIFY(actions->lastMessage().contains(QStringLiteral("library.json")));

    // Cancelled dialog: nothing written.
    FileExportActions::setNextPathForTests(QString());
    QFile::remove(md);
    action("exportMarkdownAction")->trigger();
    QVERIFY(!QFile::exists(md));
    QVERIFY(MessageBox::lastText().isEmpty());
}

void TestExportGui::importMergesAndRestores()
{
    const qint64 id = newStory(QStringLiteral("Travelling story"));
    Award award;
    award.storyId = id;
    award.year = 2025;
    award.title = QStringLiteral("Most instructive mistake");
    QVERIFY(m_window->library()->awards().insert(award).ok());
    const QString json = path(QStringLiteral("library.json"));
    FileExportActions::setNextPathForTests(json);
    action("exportJsonAction")->trigger();
    QVERIFY(QFile::exists(json));

    // Into the same library: the story is there already, so it is skipped and reported.
    FileExportActions::setNextPathForTests(json);
    action("importJsonAction")->trigger();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("skipped")), qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Travelling story")));
    QCOMPARE(m_window->library()->stories().count().value(), 1);

    // Into a new, empty library: restored, and the list shows it.
    QVERIFY(m_window->openLibrary(path(QStringLiteral("second.kintsugi"))));
    auto* list = m_window->findChild<QTreeView*>(QStringLiteral("storyList"));
    QVERIFY(list);
    const int before = list->model()->rowCount();
    MessageBox::clearLastText();
    FileExportActions::setNextPathForTests(json);
    action("importJsonAction")->trigger();
    QVERIFY(MessageBox::lastText().isEmpty());
    QCOMPARE(list->model()->rowCount(), before + 1);
    auto* actions = m_window->findChild<FileExportActions*>(QStringLiteral("fileExportActions"));
    QCOMPARE(actions->lastMessage(), QStringLiteral("1 story(s) imported."));
    QCOMPARE(m_window->library()->awards().allAwards()->size(), 1);
}

void TestExportGui::failedImportShowsError()
{
    const QString bad = path(QStringLiteral("bad.json"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format":"kintsugi-library","version":99,"stories":[]})");
    file.close();
    const int before = m_window->library()->stories().count().value();
    FileExportActions::setNextPathForTests(bad);
    action("importJsonAction")->trigger();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("version 99")), qPrintable(MessageBox::lastText()));
    QCOMPARE(m_window->library()->stories().count().value(), before);
}

QTEST_MAIN(TestExportGui)
#include "TestExportGui.moc"
