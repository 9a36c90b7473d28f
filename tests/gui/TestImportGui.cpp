#include "MainWindow.h"
#include "MessageBox.h"
#include "TestSupport.h"
#include "document/Library.h"
#include "document/StoryDocument.h"
#include "import/ImportActions.h"
#include "import/ImportReportDialog.h"
#include "storage/StoryStore.h"
#include "story/StoryEditor.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

// File ▸ Import ▸ Markdown Postmortems… and Markdown Folder… on the real main window.
class TestImportGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void menuHasTheActions();
    void importFolderShowsReportSelectsAndUndoes();
    void canceledDialogImportsNothing();

private:
    std::unique_ptr<MainWindow> openWindow(const QString& path);
    static QAction* action(MainWindow& w, const char* name) { return w.findChild<QAction*>(QLatin1String(name)); }
    QTemporaryDir m_home;
};

void TestImportGui::initTestCase()
{
    QVERIFY(m_home.isValid());
    TestSupport::isolateUserFiles(m_home);
    MessageBox::setAutoAnswer(QMessageBox::Yes);
}

std::unique_ptr<MainWindow> TestImportGui::openWindow(const QString& path)
{
    auto w = std::make_unique<MainWindow>();
    if (!w->openLibrary(path)) {
        return nullptr;
    }
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get())) {
        return nullptr;
    }
    return w;
}

void TestImportGui::menuHasTheActions()
{
    QTemporaryDir dir;
    auto w = openWindow(TestSupport::libraryPath(dir));
    QVERIFY(w);
    auto* importMenu = w->menuBar()->findChild<QMenu*>(QStringLiteral("importMenu"));
    QVERIFY(importMenu);
    QVERIFY(importMenu->actions().contains(action(*w, "importMarkdownAction")));
    QVERIFY(importMenu->actions().contains(action(*w, "importMarkdownFolderAction")));
    QVERIFY(action(*w, "importMarkdownAction")->isEnabled());
}

void TestImportGui::importFolderShowsReportSelectsAndUndoes()
{
    QTemporaryDir dir;
    auto w = openWindow(TestSupport::libraryPath(dir));
    QVERIFY(w);
    const int before = *w->library()->stories().count();
    const QString folder = QStringLiteral(KINTSUGI_SHARED_DATA_DIR "/postmortems/dfds");
    ImportActions::setNextPathsForTests(QStringList {folder});
    action(*w, "importMarkdownFolderAction")->trigger();
    auto* dialog = w->findChild<ImportReportDialog*>(QStringLiteral("importReportDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->reportText().endsWith(QStringLiteral("40 imported, 2 skipped")));
    QVERIFY(dialog->reportText().contains(QStringLiteral("LICENSE: a README or licence file, not a postmortem")));
    QVERIFY(dialog->reportText().contains(QStringLiteral("README.md: a README or licence file, not a postmortem")));
    dialog->findChild<QPushButton*>(QStringLiteral("copyImportReportButton"))->click();
    QCOMPARE(QApplication::clipboard()->text(), dialog->reportText());
    dialog->close();
    QCOMPARE(*w->library()->stories().count(), before + 40);
    // The first imported story is open in the editor.
    StoryDocument* open = w->storyEditor()->document();
    QVERIFY(open);
    QCOMPARE(open->story().title, QStringLiteral("Kubernetes network infrastructure IP starvation"));
    // One undo step removes the whole import.
    QUndoStack* stack = w->library()->undoStack();
    QCOMPARE(stack->undoText(), QStringLiteral("Import 40 stories"));
    stack->undo();
    QCOMPARE(*w->library()->stories().count(), before);
}

void TestImportGui::canceledDialogImportsNothing()
{
    QTemporaryDir dir;
    auto w = openWindow(TestSupport::libraryPath(dir));
    QVERIFY(w);
    const int before = *w->library()->stories().count();
    ImportActions::setNextPathsForTests(QStringList {});
    action(*w, "importMarkdownAction")->trigger();
    QVERIFY(!w->findChild<ImportReportDialog*>());
    QCOMPARE(*w->library()->stories().count(), before);
    // Files picked one by one.
    QFile file(dir.filePath(QStringLiteral("one.md")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# One\n\n## Summary\n\nText\n");
    file.close();
    ImportActions::setNextPathsForTests(QStringList {file.fileName()});
    action(*w, "importMarkdownAction")->trigger();
    QCOMPARE(*w->library()->stories().count(), before + 1);
    QVERIFY(w->findChild<ImportReportDialog*>());
}

QTEST_MAIN(TestImportGui)
#include "TestImportGui.moc"
