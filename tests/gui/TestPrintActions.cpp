#include "../PdfTools.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "TestSupport.h"
#include "document/Library.h"
#include "export/HandbookDialog.h"
#include "export/PrintActions.h"
#include "library/LibraryPane.h"
#include "storage/StoryStore.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QListWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class TestPrintActions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    static Story story(const QString& title, StoryStatus status)
    {
        Story s;
        s.title = title;
        s.status = status;
        s.setSection(Section::Summary, QStringLiteral("What happened to %1.").arg(title));
        return s;
    }

    std::unique_ptr<MainWindow> openWindow(const QString& path)
    {
        {
            auto lib = Library::open(path);
            if (!lib) {
                return nullptr;
            }
            for (int i = 1; i <= 3; ++i) {
                (void)lib.value()->stories().create(story(QStringLiteral("Story number %1").arg(i),
                                                          i == 2 ? StoryStatus::Draft : StoryStatus::Published));
            }
        }
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

private slots:
    void initTestCase()
    {
        TestSupport::isolateUserFiles(m_home);
        MessageBox::setAutoAnswer(QMessageBox::Ok);
        if (!PdfTools::available()) {
            QSKIP("poppler-utils are not installed");
        }
    }

    void exportPdfOfTheCurrentStory()
    {
        QTemporaryDir dir;
        auto w = openWindow(TestSupport::libraryPath(dir));
        QVERIFY(w);
        auto* actions = w->findChild<PrintActions*>(QStringLiteral("printActions"));
        QVERIFY(actions);
        QAction* pdf = w->findChild<QAction*>(QStringLiteral("exportPdfAction"));
        QAction* print = w->findChild<QAction*>(QStringLiteral("printAction"));
        QVERIFY(pdf && print);
        QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
        w->libraryPane()->selectStory(0);
        QTRY_VERIFY(!pdf->isEnabled() || w->libraryPane()->currentStoryId() != 0);
        QVERIFY(w->libraryPane()->selectStory(3));
        QTRY_VERIFY(pdf->isEnabled());
        QVERIFY(print->isEnabled());
        actions->printer()->setPageSize(QPageSize(QPageSize::Letter));
        const QString path = dir.filePath(QStringLiteral("story.pdf"));
        PrintActions::setNextPathForTests(path);
        pdf->trigger();
        QVERIFY(QFile::exists(path));
        QCOMPARE(PdfTools::info(path, QStringLiteral("Title")), QStringLiteral("Story number 3"));
        QVERIFY(PdfTools::info(path, QStringLiteral("Page size")).contains(QStringLiteral("612 x 792")));
        QVERIFY(PdfTools::text(path).contains(QStringLiteral("What happened to Story number 3.")));
        QVERIFY(actions->lastMessage().contains(QStringLiteral("story.pdf")));
    }

    void printsToAPdfPrinter()
    {
        QTemporaryDir dir;
        auto w = openWindow(TestSupport::libraryPath(dir));
        QVERIFY(w);
        QVERIFY(w->libraryPane()->selectStory(1));
        auto* actions = w->findChild<PrintActions*>(QStringLiteral("printActions"));
        // The print path without the dialog: the same document on a PDF printer.
        QPrinter printer(QPrinter::HighResolution);
        const QString path = dir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        QVERIFY(actions);
        QVERIFY(actions->printDocumentTo(printer));
        QVERIFY(PdfTools::text(path).contains(QStringLiteral("Story number 1")));
        QVERIFY(PdfTools::text(path).contains(QStringLiteral("Page 1 of 1")));
    }

    void handbookRunsOffTheGuiThread()
    {
        QTemporaryDir dir;
        auto w = openWindow(TestSupport::libraryPath(dir));
        QVERIFY(w);
        QAction* handbook = w->findChild<QAction*>(QStringLiteral("exportHandbookAction"));
        QVERIFY(handbook && handbook->isEnabled());
        handbook->trigger();
        auto* dialog = w->findChild<HandbookDialog*>(QStringLiteral("handbookDialog"));
        QVERIFY(dialog);
        // Published by default: stories 1 and 3 ticked, the draft listed but not ticked.
        QCOMPARE(dialog->chosenStories(), (QList<qint64> {1, 3}));
        auto* list = dialog->findChild<QListWidget*>(QStringLiteral("handbookStories"));
        QVERIFY(list);
        QCOMPARE(list->count(), 3);
        // Reorder by hand: story 3 before story 1.
        list->setCurrentRow(2);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("handbookMoveUp")), Qt::LeftButton);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("handbookMoveUp")), Qt::LeftButton);
        QCOMPARE(dialog->chosenStories(), (QList<qint64> {3, 1}));

        QSignalSpy finished(dialog, &HandbookDialog::exportFinished);
        const QString path = dir.filePath(QStringLiteral("book.pdf"));
        QVERIFY(dialog->exportTo(path));
        QVERIFY(dialog->isRunning());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        const QString text = PdfTools::text(path);
        QVERIFY(text.indexOf(QStringLiteral("Story number 3")) < text.indexOf(QStringLiteral("Story number 1")));
        QVERIFY(!text.contains(QStringLiteral("Story number 2")));
    }

    void cancelledHandbookLeavesNoFile()
    {
        QTemporaryDir dir;
        auto w = openWindow(TestSupport::libraryPath(dir));
        QVERIFY(w);
        auto* dialog = new HandbookDialog(w->library(), w.get());
        QSignalSpy finished(dialog, &HandbookDialog::exportFinished);
        const QString path = dir.filePath(QStringLiteral("cancelled.pdf"));
        QVERIFY(dialog->exportTo(path));
        dialog->cancelExport();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(!QFile::exists(path));
        delete dialog;
    }
};

QTEST_MAIN(TestPrintActions)
#include "TestPrintActions.moc"
