#include "MainWindow.h"
#include "MessageBox.h"
#include "TestSupport.h"
#include "document/Library.h"
#include "document/StoryDocument.h"
#include "library/LibraryPane.h"
#include "models/StoryListModel.h"
#include "storage/StoryStore.h"
#include "story/DateTimeField.h"
#include "story/StoryEditor.h"
#include "util/AppInfo.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QFile>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSettings>
#include <QTest>
#include <QTreeView>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void createTypeUndoRedoReopenAndFind();
    void deleteAndUndoFromTheList();
    void untitledStoryInList();
    void statusOnlyMovesOneStep();
    void timeWarningShownButSaved();
    void readOnlyLibrary();
    void badLibraryKeepsCurrentOne();
    void hugeSectionStaysEditable();
    void unicodeShownUnchanged();
    void aboutDialog();
    void screenshotOption();

private:
    template <typename T>
    static T* child(QWidget* w, const char* name)
    {
        T* found = w->findChild<T*>(QLatin1String(name));
        if (!found) {
            qWarning("no child %s", name);
        }
        return found;
    }
    static QAction* action(MainWindow& w, const char* name) { return w.findChild<QAction*>(QLatin1String(name)); }
    std::unique_ptr<MainWindow> openWindow(const QString& path);

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_home.isValid());
    TestSupport::isolateUserFiles(m_home);
    MessageBox::setAutoAnswer(QMessageBox::Yes);
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    MessageBox::clearLastText();
}

std::unique_ptr<MainWindow> TestMainWindow::openWindow(const QString& path)
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

void TestMainWindow::createTypeUndoRedoReopenAndFind()
{
    const QString path = TestSupport::libraryPath(*m_dir);
    {
        auto w = openWindow(path);
        QVERIFY(w);
        action(*w, "newStoryAction")->trigger();
        auto* title = child<QLineEdit>(w.get(), "titleEdit");
        QVERIFY(title);
        QTRY_VERIFY(title->hasFocus());
        QTest::keyClicks(title, QStringLiteral("Pager storm"));
        auto* list = child<QTreeView>(w.get(), "storyList");
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->currentIndex().siblingAtColumn(StoryListModel::TitleColumn).data().toString(),
                 QStringLiteral("Pager storm"));

        auto* summary = child<QPlainTextEdit>(w.get(), "sectionEdit_summary");
        QVERIFY(summary);
        summary->setFocus();
        QTRY_VERIFY(summary->hasFocus());
        QTest::keyClicks(summary, QStringLiteral("The pager went off 400 times"));
        QCOMPARE(summary->toPlainText(), QStringLiteral("The pager went off 400 times"));

        // Ctrl+Z in the editor undoes the typing through the story's undo stack.
        QTest::keyClick(summary, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(summary->toPlainText(), QString());
        const qint64 id = w->libraryPane()->currentStoryId();
        QCOMPARE(w->library()->stories().load(id).value().section(Section::Summary), QString());
        QCOMPARE(w->library()->stories().load(id).value().title, QStringLiteral("Pager storm"));

        QVERIFY(action(*w, "redoAction")->isEnabled());
        QTest::keyClick(summary, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(summary->toPlainText(), QStringLiteral("The pager went off 400 times"));
        QTest::keyClick(summary, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(summary->toPlainText(), QString());
        QTest::keyClick(summary, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(summary->toPlainText(), QStringLiteral("The pager went off 400 times"));
        QCOMPARE(w->library()->stories().load(id).value().section(Section::Summary),
                 QStringLiteral("The pager went off 400 times"));

        // Undo reaches the title once the section history is used up.
        action(*w, "undoAction")->trigger();
        action(*w, "undoAction")->trigger();
        QCOMPARE(title->text(), QString());
        action(*w, "redoAction")->trigger();
        action(*w, "redoAction")->trigger();
        QCOMPARE(title->text(), QStringLiteral("Pager storm"));

        // Typing that is still waiting for its pause is saved on close.
        summary->setFocus();
        summary->moveCursor(QTextCursor::End);
        QTest::keyClicks(summary, QStringLiteral(" in one night"));
        QVERIFY(w->close());
    }
    QCOMPARE(QSettings().value(QStringLiteral("library/last")).toString(), QFileInfo(path).absoluteFilePath());

    auto w = openWindow(path);
    QVERIFY(w);
    auto* search = child<QLineEdit>(w.get(), "searchEdit");
    QTest::keyClicks(search, QStringLiteral("pager nigh"));
    auto* list = child<QTreeView>(w.get(), "storyList");
    QTRY_COMPARE(list->model()->rowCount(), 1);
    QTest::keyClicks(search, QStringLiteral("xyz"));
    QTRY_COMPARE(list->model()->rowCount(), 0);
    search->clear();
    QTRY_COMPARE(list->model()->rowCount(), 1);
    list->setCurrentIndex(list->model()->index(0, 0));
    auto* summary = child<QPlainTextEdit>(w.get(), "sectionEdit_summary");
    QCOMPARE(summary->toPlainText(), QStringLiteral("The pager went off 400 times in one night"));
}

void TestMainWindow::deleteAndUndoFromTheList()
{
    const QString path = TestSupport::libraryPath(*m_dir);
    {
        auto lib = Library::open(path);
        QVERIFY(lib.ok());
        QVERIFY(lib.value()->stories().create(TestSupport::fullStory(QStringLiteral("First"))).ok());
        QVERIFY(lib.value()->stories().create(TestSupport::fullStory(QStringLiteral("Second"))).ok());
    }
    auto w = openWindow(path);
    QVERIFY(w);
    auto* list = child<QTreeView>(w.get(), "storyList");
    QCOMPARE(list->model()->rowCount(), 2);
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    const qint64 id = w->libraryPane()->currentStoryId();
    QVERIFY(id != 0);
    const Story before = w->library()->stories().load(id).value();
    QTest::keyClick(list, Qt::Key_Delete);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Delete")));
    QCOMPARE(list->model()->rowCount(), 1);
    QVERIFY(!w->library()->stories().load(id).ok());
    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(list->model()->rowCount(), 2);
    QCOMPARE(w->library()->stories().load(id).value(), before);
    // Duplicate, and undo it.
    action(*w, "duplicateStoryAction")->trigger();
    QCOMPARE(list->model()->rowCount(), 3);
    action(*w, "undoAction")->trigger();
    QCOMPARE(list->model()->rowCount(), 2);
}

void TestMainWindow::untitledStoryInList()
{
    auto w = openWindow(TestSupport::libraryPath(*m_dir));
    QVERIFY(w);
    action(*w, "newStoryAction")->trigger();
    auto* list = child<QTreeView>(w.get(), "storyList");
    QCOMPARE(list->currentIndex().siblingAtColumn(StoryListModel::TitleColumn).data().toString(),
             QStringLiteral("Untitled story"));
    auto* count = child<QLabel>(w.get(), "storyCountLabel");
    QCOMPARE(count->text(), QStringLiteral("1 story"));
}

void TestMainWindow::statusOnlyMovesOneStep()
{
    auto w = openWindow(TestSupport::libraryPath(*m_dir));
    QVERIFY(w);
    action(*w, "newStoryAction")->trigger();
    auto* status = child<QComboBox>(w.get(), "statusCombo");
    auto* model = status->model();
    // From Draft, Published is not offered.
    QVERIFY(!(model->flags(model->index(2, 0)) & Qt::ItemIsEnabled));
    QVERIFY(model->flags(model->index(1, 0)) & Qt::ItemIsEnabled);
    status->setFocus();
    QTest::keyClick(status, Qt::Key_Down);
    const qint64 id = w->libraryPane()->currentStoryId();
    QTRY_COMPARE(w->library()->stories().load(id).value().status, StoryStatus::InReview);
    QVERIFY(model->flags(model->index(2, 0)) & Qt::ItemIsEnabled);
}

void TestMainWindow::timeWarningShownButSaved()
{
    auto w = openWindow(TestSupport::libraryPath(*m_dir));
    QVERIFY(w);
    action(*w, "newStoryAction")->trigger();
    auto* detected = child<DateTimeField>(w.get(), "detectedField");
    auto* resolved = child<DateTimeField>(w.get(), "resolvedField");
    auto* warning = child<QLabel>(w.get(), "timeWarningLabel");
    const QDateTime local(QDate(2024, 6, 1), QTime(12, 0));
    detected->checkBox()->click();
    detected->editor()->setDateTime(local);
    resolved->checkBox()->click();
    resolved->editor()->setDateTime(local.addSecs(-3600));
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QStringLiteral("Resolved before it was detected")));
    const qint64 id = w->libraryPane()->currentStoryId();
    const Story stored = w->library()->stories().load(id).value();
    QCOMPARE(stored.resolvedAt, local.addSecs(-3600).toUTC()); // saved as typed
    QCOMPARE(stored.detectedAt, local.toUTC());
    auto* ttd = child<QLabel>(w.get(), "timeToDetectLabel");
    QVERIFY(ttd->text().contains(QStringLiteral("unknown")));
}

void TestMainWindow::readOnlyLibrary()
{
    const QString path = TestSupport::libraryPath(*m_dir);
    {
        auto lib = Library::open(path);
        QVERIFY(lib.ok());
        QVERIFY(lib.value()->stories().create(TestSupport::fullStory()).ok());
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
    const QByteArray before = TestSupport::fileHash(path);
    {
        auto w = openWindow(path);
        QVERIFY(w);
        QVERIFY(child<QLabel>(w.get(), "readOnlyBanner")->isVisible());
        QVERIFY(!action(*w, "newStoryAction")->isEnabled());
        QVERIFY(!action(*w, "deleteStoryAction")->isEnabled());
        auto* title = child<QLineEdit>(w.get(), "titleEdit");
        QCOMPARE(title->text(), QStringLiteral("Pager storm"));
        QVERIFY(title->isReadOnly());
        auto* summary = child<QPlainTextEdit>(w.get(), "sectionEdit_summary");
        QVERIFY(summary->isReadOnly());
        QTest::keyClicks(summary, QStringLiteral("no"));
        QCOMPARE(summary->toPlainText(), TestSupport::fullStory().section(Section::Summary));
        QVERIFY(w->windowTitle().contains(QStringLiteral("read-only")));
        w->close();
    }
    QCOMPARE(TestSupport::fileHash(path), before);
}

void TestMainWindow::badLibraryKeepsCurrentOne()
{
    const QString good = TestSupport::libraryPath(*m_dir);
    auto w = openWindow(good);
    QVERIFY(w);
    const QString bad = TestSupport::libraryPath(*m_dir, QStringLiteral("bad.kintsugi"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is a text file, not a library\n");
    f.close();
    QVERIFY(!w->openLibrary(bad));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("bad.kintsugi")));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("not an SQLite database")));
    QCOMPARE(w->library()->path(), QFileInfo(good).absoluteFilePath());
    QCOMPARE(f.size(), qint64(35));
}

void TestMainWindow::hugeSectionStaysEditable()
{
    const QString path = TestSupport::libraryPath(*m_dir);
    QString big;
    while (big.size() < 5 * 1024 * 1024) {
        big += QStringLiteral("2024-05-01T09:00:00Z pod/api-7 OOMKilled; restarting container (back-off 5m0s)\n");
    }
    qint64 id = 0;
    {
        auto lib = Library::open(path);
        QVERIFY(lib.ok());
        Story s;
        s.title = QStringLiteral("Big logs");
        s.setSection(Section::SupportingInfo, big);
        id = lib.value()->stories().create(s).value();
    }
    auto w = openWindow(path);
    QVERIFY(w);
    QVERIFY(w->libraryPane()->selectStory(id));
    auto* edit = child<QPlainTextEdit>(w.get(), "sectionEdit_supporting_information");
    QCOMPARE(edit->toPlainText().size(), big.size());
    w->storyEditor()->showSection(Section::SupportingInfo);
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit, QStringLiteral("zebrafinale"));
    w->storyEditor()->flushPendingEdits();
    QCOMPARE(w->library()->stories().load(id).value().section(Section::SupportingInfo).size(), big.size() + 11);
    QCOMPARE(w->library()->stories().search(QStringLiteral("zebrafin")).value().size(), 1);
}

void TestMainWindow::unicodeShownUnchanged()
{
    const QString path = TestSupport::libraryPath(*m_dir);
    const QString title = QStringLiteral("انقطاع 🚒 e\u0301te\u0301 数据库");
    const QString text = QStringLiteral("שלום עולם — Ζ\u0351\u0337algo 👩🏽‍💻\nسطر ثانٍ");
    {
        auto lib = Library::open(path);
        QVERIFY(lib.ok());
        Story s;
        s.title = title;
        s.setSection(Section::Impact, text);
        QVERIFY(lib.value()->stories().create(s).ok());
    }
    auto w = openWindow(path);
    QVERIFY(w);
    auto* list = child<QTreeView>(w.get(), "storyList");
    QCOMPARE(list->model()->index(0, StoryListModel::TitleColumn).data().toString(), title);
    QCOMPARE(child<QLineEdit>(w.get(), "titleEdit")->text(), title);
    QCOMPARE(child<QPlainTextEdit>(w.get(), "sectionEdit_impact")->toPlainText(), text);
    // Typing more keeps what was there, byte for byte.
    auto* impact = child<QPlainTextEdit>(w.get(), "sectionEdit_impact");
    w->storyEditor()->showSection(Section::Impact);
    impact->setFocus();
    impact->moveCursor(QTextCursor::End);
    QTest::keyClick(impact, Qt::Key_Space);
    // QTest types ASCII only; a non-ASCII key arrives as a key event carrying its text.
    QKeyEvent check(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QStringLiteral("✓"));
    QApplication::sendEvent(impact, &check);
    w->storyEditor()->flushPendingEdits();
    const qint64 id = w->libraryPane()->currentStoryId();
    QCOMPARE(w->library()->stories().load(id).value().section(Section::Impact), text + QStringLiteral(" ✓"));
}

void TestMainWindow::aboutDialog()
{
    auto w = openWindow(TestSupport::libraryPath(*m_dir));
    QVERIFY(w);
    action(*w, "aboutAction")->trigger();
    auto* dialog = w->findChild<QDialog*>(QStringLiteral("aboutDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto* text = child<QLabel>(dialog, "aboutText");
    QVERIFY(text->text().contains(QStringLiteral(KINTSUGI_VERSION)));
    QVERIFY(text->text().contains(QStringLiteral("SQLite 3.")));
    dialog->reject();
}

void TestMainWindow::screenshotOption()
{
    const QString path = TestSupport::libraryPath(*m_dir);
    const QString png = QDir(m_dir->path()).filePath(QStringLiteral("shot.png"));
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(KINTSUGI_APP_PATH),
              {QStringLiteral("--database"), path, QStringLiteral("--screenshot"), png});
    QVERIFY(app.waitForFinished(120000));
    QCOMPARE(app.exitCode(), 0);
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 400 && image.height() > 300);
    // A library created at start holds the sample story.
    auto lib = Library::open(path, LibraryDatabase::OpenMode::ReadOnly);
    QVERIFY(lib.ok());
    auto all = lib.value()->stories().summaries();
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().status, StoryStatus::Published);
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
