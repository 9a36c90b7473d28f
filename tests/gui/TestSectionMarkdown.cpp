#include "MainWindow.h"
#include "MessageBox.h"
#include "TestSupport.h"
#include "document/StoryDocument.h"
#include "highlight/CodeHighlighter.h"
#include "highlight/CodeHighlighterFactory.h"
#include "highlight/MarkdownHighlighter.h"
#include "story/MarkdownPreview.h"
#include "story/SectionEditorPane.h"
#include "story/StoryEditor.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSet>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>
#include <QUndoStack>

namespace {
// Types text with Return for each line break.
void typeLines(QWidget* widget, const QString& text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0) {
            QTest::keyClick(widget, Qt::Key_Return);
        }
        QTest::keyClicks(widget, lines.at(i));
    }
}
} // namespace

class TestSectionMarkdown : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void previewToggle();
    void hostileMarkdownIsInert();
    void fenceLanguageCompleter();
    void coloursAreNotEdits();
    void aboutNamesTheEngine();

private:
    template <typename T>
    static T* child(QObject* w, const char* name)
    {
        T* found = w->findChild<T*>(QLatin1String(name));
        if (!found) {
            qWarning("no child %s", name);
        }
        return found;
    }
    std::unique_ptr<MainWindow> newStoryWindow();

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSectionMarkdown::initTestCase()
{
    QVERIFY(m_home.isValid());
    TestSupport::isolateUserFiles(m_home);
    MessageBox::setAutoAnswer(QMessageBox::Yes);
}

void TestSectionMarkdown::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

std::unique_ptr<MainWindow> TestSectionMarkdown::newStoryWindow()
{
    auto w = std::make_unique<MainWindow>();
    if (!w->openLibrary(TestSupport::libraryPath(*m_dir))) {
        return nullptr;
    }
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get())) {
        return nullptr;
    }
    w->findChild<QAction*>(QStringLiteral("newStoryAction"))->trigger();
    return w;
}

void TestSectionMarkdown::previewToggle()
{
    auto w = newStoryWindow();
    QVERIFY(w);
    auto* edit = child<QPlainTextEdit>(w.get(), "sectionEdit_summary");
    auto* preview = child<MarkdownPreview>(w.get(), "sectionPreview_summary");
    auto* button = child<QToolButton>(w.get(), "previewButton_summary");
    QVERIFY(edit && preview && button);
    edit->setFocus();
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClicks(edit, QStringLiteral("# Pager storm"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::keyClicks(edit, QStringLiteral("It *paged* 400 times."));
    QVERIFY(edit->isVisible());
    QVERIFY(!preview->isVisible());

    QTest::keyClick(edit, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(preview->isVisible());
    QVERIFY(!edit->isVisible());
    QVERIFY(preview->hasFocus());
    QVERIFY(preview->isReadOnly());
    QCOMPARE(preview->toPlainText(), QStringLiteral("Pager storm\nIt paged 400 times."));
    // The heading is rendered as a heading, the emphasis as italics.
    QVERIFY(preview->document()->firstBlock().blockFormat().headingLevel() == 1);
    QVERIFY(button->isChecked());

    // The same keys lead back, to the editor, with the typing still there.
    QTest::keyClick(preview, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(edit->isVisible());
    QVERIFY(edit->hasFocus());
    QVERIFY(!button->isChecked());
    QCOMPARE(edit->toPlainText(), QStringLiteral("# Pager storm\nIt *paged* 400 times."));

    // The button does the same; an undo while previewing shows in the preview.
    button->click();
    QTRY_VERIFY(preview->isVisible());
    w->findChild<StoryEditor*>()->flushPendingEdits();
    w->findChild<QAction*>(QStringLiteral("undoAction"))->trigger();
    QCOMPARE(edit->toPlainText(), QString());
    QTRY_COMPARE(preview->toPlainText(), QString());
    button->click();
    QTRY_VERIFY(edit->isVisible());
}

void TestSectionMarkdown::hostileMarkdownIsInert()
{
    auto w = newStoryWindow();
    QVERIFY(w);
    auto* edit = child<QPlainTextEdit>(w.get(), "sectionEdit_summary");
    auto* preview = child<MarkdownPreview>(w.get(), "sectionPreview_summary");
    auto* pane = child<SectionEditorPane>(w.get(), "sectionPane_summary");
    QVERIFY(edit && preview && pane);
    edit->setPlainText(QStringLiteral("<script>alert(1)</script> <b>bold?</b>\n\n"
                                      "![remote](http://127.0.0.1:9/x.png) ![local](/etc/hostname)\n\n"
                                      "[open me](file:///etc/passwd)\n\n<img src=\"http://127.0.0.1:9/y.png\">"));
    pane->setPreviewing(true);
    QTRY_VERIFY(preview->isVisible());
    QVERIFY(!preview->openLinks());
    QVERIFY(!preview->openExternalLinks());
    // Raw HTML is shown as the text it is.
    QVERIFY(preview->toPlainText().contains(QStringLiteral("<script>alert(1)</script>")));
    QVERIFY(preview->toPlainText().contains(QStringLiteral("<b>bold?</b>")));
    // No resource is loaded, from the network or from disk.
    QVERIFY(preview->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("file:///etc/hostname"))).isNull());
    QVERIFY(preview->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("/etc/hostname"))).isNull());
    QVERIFY(
        preview->document()->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("/etc/hostname"))).isNull());
    // A link does not navigate.
    const QString before = preview->toPlainText();
    preview->setFocus();
    QTest::keyClick(preview, Qt::Key_Tab, Qt::ControlModifier); // no crash, no navigation
    emit preview->anchorClicked(QUrl(QStringLiteral("file:///etc/passwd")));
    QCOMPARE(preview->source(), QUrl());
    QCOMPARE(preview->toPlainText(), before);
}

void TestSectionMarkdown::fenceLanguageCompleter()
{
    CodeHighlighter* code = CodeHighlighterFactory::shared();
    QTRY_VERIFY_WITH_TIMEOUT(!code->fenceNames().isEmpty(), 10000);
    auto w = newStoryWindow();
    QVERIFY(w);
    auto* edit = child<QPlainTextEdit>(w.get(), "sectionEdit_summary");
    // Each section editor has its own.
    auto* completer = child<QCompleter>(edit, "fenceLanguageCompleter");
    QVERIFY(edit && completer);
    edit->setFocus();
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClicks(edit, QStringLiteral("```ya"));
    QTRY_VERIFY(completer->popup()->isVisible());
    QStringList offered;
    for (int row = 0; row < completer->completionModel()->rowCount(); ++row) {
        offered << completer->completionModel()->index(row, 0).data().toString();
    }
    QVERIFY2(offered.contains(QStringLiteral("yaml")), qPrintable(offered.join(QLatin1Char(','))));
    QVERIFY(offered.contains(QStringLiteral("yml")) == false || offered.contains(QStringLiteral("yaml")));
    // Choose "yaml" with the keyboard.
    const int row = static_cast<int>(offered.indexOf(QStringLiteral("yaml")));
    for (int i = 0; i <= row; ++i) {
        QTest::keyClick(completer->popup(), Qt::Key_Down);
    }
    QCOMPARE(completer->popup()->currentIndex().data().toString(), QStringLiteral("yaml"));
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QTRY_VERIFY(!completer->popup()->isVisible());
    QCOMPARE(edit->toPlainText(), QStringLiteral("```yaml"));
    // Enter without a choice is a new line; Escape closes the list.
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::keyClicks(edit, QStringLiteral("a: 1"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::keyClicks(edit, QStringLiteral("```"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::keyClicks(edit, QStringLiteral("```b"));
    QTRY_VERIFY(completer->popup()->isVisible());
    QTest::keyClick(completer->popup(), Qt::Key_Escape);
    QVERIFY(!completer->popup()->isVisible());
    QTest::keyClicks(edit, QStringLiteral("as"));
    QTRY_VERIFY(completer->popup()->isVisible());
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QTRY_VERIFY(!completer->popup()->isVisible());
    QCOMPARE(edit->toPlainText(), QStringLiteral("```yaml\na: 1\n```\n```bas\n"));
    // Inside a fence (a closing line) nothing is offered.
    typeLines(edit, QStringLiteral("echo\n```py"));
    QTest::qWait(50);
    QVERIFY(!completer->popup()->isVisible());
    // All of it is typing in the story: one undo takes it back.
    auto* editor = w->findChild<StoryEditor*>();
    QVERIFY(editor);
    editor->flushPendingEdits();
    w->findChild<QAction*>(QStringLiteral("undoAction"))->trigger();
    QCOMPARE(edit->toPlainText(), QString());
}

void TestSectionMarkdown::coloursAreNotEdits()
{
    CodeHighlighter* code = CodeHighlighterFactory::shared();
    if (!code->isAvailable()) {
        QSKIP("no highlighting engine");
    }
    auto w = newStoryWindow();
    QVERIFY(w);
    auto* edit = child<QPlainTextEdit>(w.get(), "sectionEdit_summary");
    edit->setFocus();
    QTRY_VERIFY(edit->hasFocus());
    typeLines(edit, QStringLiteral("Restart:\n```bash\nfor h in a b; do echo \"$h\"; done # all\n```\n"));
    auto* editor = w->findChild<StoryEditor*>();
    QVERIFY(editor);
    editor->flushPendingEdits();
    QUndoStack* stack = editor->document()->undoStack();
    const int commands = stack->count();
    QVERIFY(commands > 0);
    const QTextBlock body = edit->document()->findBlockByNumber(2);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&body] {
            QSet<QRgb> colours;
            for (const auto& range : body.layout()->formats()) {
                if (range.format.hasProperty(QTextFormat::ForegroundBrush)) {
                    colours.insert(range.format.foreground().color().rgb());
                }
            }
            return colours.size() > 1;
        }(),
        10000);
    QTest::qWait(StoryEditor::WriteDelayMs + 100);
    QVERIFY(!editor->hasPendingEdits());
    QCOMPARE(stack->count(), commands);
}

void TestSectionMarkdown::aboutNamesTheEngine()
{
    auto w = newStoryWindow();
    QVERIFY(w);
    w->findChild<QAction*>(QStringLiteral("aboutAction"))->trigger();
    auto* dialog = w->findChild<QDialog*>(QStringLiteral("aboutDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto* text = child<QLabel>(dialog, "aboutText");
    CodeHighlighter* code = CodeHighlighterFactory::shared();
    QVERIFY(text->text().contains(QStringLiteral("Code highlighting: ")));
    if (code->isAvailable()) {
        QVERIFY(text->text().contains(QStringLiteral("KDE Syntax Highlighting")));
    } else {
        QVERIFY(text->text().contains(QStringLiteral("none, plain monospace")));
    }
    dialog->reject();
}

QTEST_MAIN(TestSectionMarkdown)
#include "TestSectionMarkdown.moc"
