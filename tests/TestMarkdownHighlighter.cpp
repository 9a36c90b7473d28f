#include "highlight/CodeHighlighterFactory.h"
#include "highlight/MarkdownHighlighter.h"
#include "highlight/ProcessCodeHighlighter.h"

#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

namespace {
// A background backend the test answers by hand: every fence colours its first character red and
// the rest blue, so what a line shows tells which text it was computed for.
class FakeCodeHighlighter : public CodeHighlighter
{
public:
    QString backendName() const override { return QStringLiteral("fake"); }
    bool isAvailable() const override { return true; }
    QStringList languages() const override { return {QStringLiteral("Bash"), QStringLiteral("YAML")}; }
    std::optional<Ranges> cached(const QString& language, Theme theme, const QString& text) override
    {
        if (resolveLanguage(language).isEmpty()) {
            return Ranges {};
        }
        if (m_known.contains(key(language, theme, text))) {
            return colour(text);
        }
        return std::nullopt;
    }
    void request(const QString& language, Theme theme, const QString& text) override
    {
        requests << std::make_pair(language, text);
        Q_UNUSED(theme)
    }
    Ranges highlightNow(const QString& language, Theme theme, const QString& text) override
    {
        answer(language, theme, text);
        return colour(text);
    }
    void answer(const QString& language, Theme theme, const QString& text)
    {
        m_known.insert(key(language, theme, text));
        emit highlighted(language, theme, text);
    }
    static Ranges colour(const QString& text)
    {
        Ranges ranges;
        qsizetype start = 0;
        for (const QString& line : text.split(QLatin1Char('\n'))) {
            if (!line.isEmpty()) {
                QTextLayout::FormatRange first;
                first.start = static_cast<int>(start);
                first.length = 1;
                first.format.setForeground(QColor(Qt::red));
                ranges << first;
                if (line.size() > 1) {
                    QTextLayout::FormatRange rest;
                    rest.start = static_cast<int>(start + 1);
                    rest.length = static_cast<int>(line.size() - 1);
                    rest.format.setForeground(QColor(Qt::blue));
                    ranges << rest;
                }
            }
            start += line.size() + 1;
        }
        return ranges;
    }

    QList<std::pair<QString, QString>> requests;

private:
    static QString key(const QString& language, Theme theme, const QString& text)
    {
        return language + QLatin1Char('|') + QString::number(int(theme)) + QLatin1Char('|') + text;
    }
    QSet<QString> m_known;
};

QTextBlock blockAt(QTextDocument& doc, int number)
{
    return doc.findBlockByNumber(number);
}

// The format at `column` of a block, as the highlighter left it.
QTextCharFormat formatAt(const QTextBlock& block, int column)
{
    QTextCharFormat result;
    const auto formats = block.layout()->formats();
    for (const auto& range : formats) {
        if (column >= range.start && column < range.start + range.length) {
            result = range.format;
        }
    }
    return result;
}

QSet<QRgb> coloursOf(const QTextBlock& block)
{
    QSet<QRgb> colours;
    const auto formats = block.layout()->formats();
    for (const auto& range : formats) {
        if (range.format.hasProperty(QTextFormat::ForegroundBrush)) {
            colours.insert(range.format.foreground().color().rgb());
        }
    }
    return colours;
}
} // namespace

class TestMarkdownHighlighter : public QObject
{
    Q_OBJECT

private slots:
    void structure();
    void fenceStates();
    void fenceColoursArriveLater();
    void editingKeepsColoursUntilNewOnes();
    void languageChangeAndUnknownLanguage();
    void staleRequestsAreNotSent();
    void realProgramColoursFences();
    void highlightingIsNotAnEdit();
};

void TestMarkdownHighlighter::structure()
{
    QTextDocument doc;
    doc.setPlainText(QStringLiteral("# Heading\nSome *soft* and **strong** and `code` and ~~gone~~.\n"
                                    "- item with [a link](https://example.org)\n> quoted words\n1. first\n"
                                    "plain line"));
    FakeCodeHighlighter code;
    doc.documentLayout(); // as in an editor: without a layout a document reports no changes
    MarkdownHighlighter highlighter(&doc, &code);
    QCoreApplication::processEvents(); // the first highlighting
    QCOMPARE(formatAt(blockAt(doc, 0), 3).fontWeight(), int(QFont::Bold));
    const QTextBlock prose = blockAt(doc, 1);
    const QString text = prose.text();
    QVERIFY(formatAt(prose, static_cast<int>(text.indexOf(QLatin1String("soft")))).fontItalic());
    QCOMPARE(formatAt(prose, static_cast<int>(text.indexOf(QLatin1String("strong")))).fontWeight(), int(QFont::Bold));
    QVERIFY(formatAt(prose, static_cast<int>(text.indexOf(QLatin1String("gone")))).fontStrikeOut());
    QVERIFY(
        formatAt(prose, static_cast<int>(text.indexOf(QLatin1String("code")))).hasProperty(QTextFormat::FontFamilies));
    QVERIFY(!formatAt(prose, 0).fontItalic());
    const QTextBlock item = blockAt(doc, 2);
    QVERIFY(formatAt(item, 0).hasProperty(QTextFormat::ForegroundBrush)); // the bullet
    QVERIFY(formatAt(item, static_cast<int>(item.text().indexOf(QLatin1String("a link")))).fontUnderline());
    QVERIFY(formatAt(blockAt(doc, 3), 5).fontItalic());
    QVERIFY(formatAt(blockAt(doc, 4), 0).hasProperty(QTextFormat::ForegroundBrush));
    QVERIFY(blockAt(doc, 5).layout()->formats().isEmpty());
    QVERIFY(code.requests.isEmpty());
}

void TestMarkdownHighlighter::fenceStates()
{
    QTextDocument doc;
    doc.setPlainText(QStringLiteral("text\n```bash\necho 1\n# not a heading\n````\n~~~~\n```\nstill code\n~~~\n~~~~\n"
                                    "# Heading"));
    FakeCodeHighlighter code;
    doc.documentLayout(); // as in an editor: without a layout a document reports no changes
    MarkdownHighlighter highlighter(&doc, &code);
    QCoreApplication::processEvents(); // the first highlighting
    QVERIFY(!MarkdownHighlighter::opensFence(blockAt(doc, 0)));
    QVERIFY(MarkdownHighlighter::opensFence(blockAt(doc, 1)));
    QVERIFY(MarkdownHighlighter::insideFence(blockAt(doc, 2)));
    QVERIFY(MarkdownHighlighter::insideFence(blockAt(doc, 3)));
    // A longer closing fence closes.
    QVERIFY(!MarkdownHighlighter::insideFence(blockAt(doc, 4)));
    QVERIFY(!MarkdownHighlighter::opensFence(blockAt(doc, 4)));
    // A tilde fence is closed neither by backticks nor by a shorter fence.
    QVERIFY(MarkdownHighlighter::opensFence(blockAt(doc, 5)));
    QVERIFY(MarkdownHighlighter::insideFence(blockAt(doc, 6)));
    QVERIFY(MarkdownHighlighter::insideFence(blockAt(doc, 7)));
    QVERIFY(MarkdownHighlighter::insideFence(blockAt(doc, 8)));
    QVERIFY(!MarkdownHighlighter::insideFence(blockAt(doc, 9)));
    QVERIFY(!MarkdownHighlighter::insideFence(blockAt(doc, 10)));
    QCOMPARE(formatAt(blockAt(doc, 10), 3).fontWeight(), int(QFont::Bold));
    // Inside the fence Markdown means nothing; the text is monospace.
    QVERIFY(formatAt(blockAt(doc, 3), 3).fontWeight() != int(QFont::Bold));
    QVERIFY(formatAt(blockAt(doc, 2), 0).hasProperty(QTextFormat::FontFamilies));
    const auto fence = MarkdownHighlighter::parseOpeningFence(u"  ```yaml {.numberLines}");
    QVERIFY(fence);
    QCOMPARE(fence->language, QStringLiteral("yaml"));
    QCOMPARE(fence->languageStart, 5);
    QVERIFY(!MarkdownHighlighter::parseOpeningFence(u"``not a fence``"));
    QVERIFY(!MarkdownHighlighter::parseOpeningFence(u"    ```indented code"));
}

void TestMarkdownHighlighter::fenceColoursArriveLater()
{
    QTextDocument doc;
    doc.setPlainText(QStringLiteral("intro\n```bash\necho 1\nls\n```\nmiddle\n```yaml\na: 1\n```"));
    FakeCodeHighlighter code;
    doc.documentLayout(); // as in an editor: without a layout a document reports no changes
    MarkdownHighlighter highlighter(&doc, &code);
    QCoreApplication::processEvents(); // the first highlighting
    QVERIFY(coloursOf(blockAt(doc, 2)).isEmpty());
    QCOMPARE(highlighter.waitingCount(), 2);
    // Requests go out once the text rests, the top fence last (the backend takes the newest first).
    QTRY_COMPARE(code.requests.size(), 2);
    QCOMPARE(code.requests.at(0).first, QStringLiteral("yaml"));
    QCOMPARE(code.requests.at(1), std::make_pair(QStringLiteral("bash"), QStringLiteral("echo 1\nls")));
    code.answer(QStringLiteral("bash"), CodeHighlighter::Theme::Light, QStringLiteral("echo 1\nls"));
    QCOMPARE(formatAt(blockAt(doc, 2), 0).foreground().color(), QColor(Qt::red));
    QCOMPARE(formatAt(blockAt(doc, 2), 3).foreground().color(), QColor(Qt::blue));
    QCOMPARE(formatAt(blockAt(doc, 3), 0).foreground().color(), QColor(Qt::red));
    QVERIFY(formatAt(blockAt(doc, 3), 0).hasProperty(QTextFormat::FontFamilies));
    QVERIFY(coloursOf(blockAt(doc, 7)).isEmpty());
    code.answer(QStringLiteral("yaml"), CodeHighlighter::Theme::Light, QStringLiteral("a: 1"));
    QCOMPARE(formatAt(blockAt(doc, 7), 0).foreground().color(), QColor(Qt::red));
    QCOMPARE(highlighter.waitingCount(), 0);
    // Another theme's answer is not ours.
    highlighter.setDark(true);
    QVERIFY(coloursOf(blockAt(doc, 2)).isEmpty());
    code.answer(QStringLiteral("bash"), CodeHighlighter::Theme::Light, QStringLiteral("x"));
    QVERIFY(highlighter.isDark());
}

void TestMarkdownHighlighter::editingKeepsColoursUntilNewOnes()
{
    QTextDocument doc;
    doc.setPlainText(QStringLiteral("```bash\necho 1\nls\n```\nend"));
    FakeCodeHighlighter code;
    code.answer(QStringLiteral("bash"), CodeHighlighter::Theme::Light, QStringLiteral("echo 1\nls"));
    doc.documentLayout(); // as in an editor: without a layout a document reports no changes
    MarkdownHighlighter highlighter(&doc, &code);
    QCoreApplication::processEvents(); // the first highlighting
    QCOMPARE(formatAt(blockAt(doc, 1), 0).foreground().color(), QColor(Qt::red));
    // Type at the start of "ls": the line keeps its last colours meanwhile.
    QTextCursor cursor(blockAt(doc, 2));
    cursor.insertText(QStringLiteral("x"));
    QCOMPARE(blockAt(doc, 2).text(), QStringLiteral("xls"));
    QCOMPARE(formatAt(blockAt(doc, 2), 0).foreground().color(), QColor(Qt::red));
    QCOMPARE(formatAt(blockAt(doc, 2), 1).foreground().color(), QColor(Qt::blue));
    QCOMPARE(highlighter.waitingCount(), 1);
    QTRY_COMPARE(code.requests.size(), 1);
    QCOMPARE(code.requests.at(0).second, QStringLiteral("echo 1\nxls"));
    code.answer(QStringLiteral("bash"), CodeHighlighter::Theme::Light, QStringLiteral("echo 1\nxls"));
    QCOMPARE(formatAt(blockAt(doc, 2), 0).foreground().color(), QColor(Qt::red));
    QCOMPARE(formatAt(blockAt(doc, 2), 1).foreground().color(), QColor(Qt::blue));
    QCOMPARE(highlighter.waitingCount(), 0);
    // Closing the fence early: the rest is Markdown again.
    QTextCursor close(blockAt(doc, 2));
    close.insertText(QStringLiteral("```\n"));
    QVERIFY(!MarkdownHighlighter::insideFence(blockAt(doc, 3)));
    QVERIFY(MarkdownHighlighter::opensFence(blockAt(doc, 4)));
}

void TestMarkdownHighlighter::languageChangeAndUnknownLanguage()
{
    QTextDocument doc;
    doc.setPlainText(QStringLiteral("```klingon\nqapla\n```\n```\nno language\n```"));
    FakeCodeHighlighter code;
    doc.documentLayout(); // as in an editor: without a layout a document reports no changes
    MarkdownHighlighter highlighter(&doc, &code);
    QCoreApplication::processEvents(); // the first highlighting
    // Unknown language, no language: plain monospace, nothing asked, nothing waiting.
    QCOMPARE(highlighter.waitingCount(), 0);
    QVERIFY(coloursOf(blockAt(doc, 1)).isEmpty());
    QVERIFY(formatAt(blockAt(doc, 1), 0).hasProperty(QTextFormat::FontFamilies));
    QVERIFY(formatAt(blockAt(doc, 4), 0).hasProperty(QTextFormat::FontFamilies));
    // Changing the fence's language colours the body in the new language.
    code.answer(QStringLiteral("yaml"), CodeHighlighter::Theme::Light, QStringLiteral("qapla"));
    QTextCursor cursor(blockAt(doc, 0));
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    cursor.insertText(QStringLiteral("```yaml"));
    QCOMPARE(formatAt(blockAt(doc, 1), 0).foreground().color(), QColor(Qt::red));
}

void TestMarkdownHighlighter::staleRequestsAreNotSent()
{
    QTextDocument doc;
    doc.setPlainText(QStringLiteral("```bash\necho\n```"));
    FakeCodeHighlighter code;
    doc.documentLayout(); // as in an editor: without a layout a document reports no changes
    MarkdownHighlighter highlighter(&doc, &code);
    QCoreApplication::processEvents(); // the first highlighting
    // Typing fast: only the text as it rests is sent.
    QTextCursor cursor(blockAt(doc, 1));
    cursor.movePosition(QTextCursor::EndOfBlock);
    for (QChar c : QStringLiteral(" one two")) {
        cursor.insertText(QString(c));
    }
    QTRY_COMPARE(code.requests.size(), 1);
    QTest::qWait(MarkdownHighlighter::RequestDelayMs * 2);
    QCOMPARE(code.requests.size(), 1);
    QCOMPARE(code.requests.at(0).second, QStringLiteral("echo one two"));
}

void TestMarkdownHighlighter::realProgramColoursFences()
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("kate-syntax-highlighter"));
    if (program.isEmpty()) {
        QSKIP("no kate-syntax-highlighter");
    }
    QTextDocument doc;
    doc.setPlainText(QStringLiteral("# Restart\n```bash\nfor h in a b; do echo \"$h\"; done # loop\n```\n"
                                    "```yaml\nkey: \"value\" # note\n```\n```cpp\nint main() { return 0; } // x\n```"));
    ProcessCodeHighlighter code(program);
    doc.documentLayout(); // as in an editor: without a layout a document reports no changes
    MarkdownHighlighter highlighter(&doc, &code);
    QCoreApplication::processEvents(); // the first highlighting
    QTRY_VERIFY_WITH_TIMEOUT(coloursOf(blockAt(doc, 2)).size() > 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(coloursOf(blockAt(doc, 5)).size() > 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(coloursOf(blockAt(doc, 8)).size() > 1, 10000);
    QCOMPARE(highlighter.waitingCount(), 0);
}

void TestMarkdownHighlighter::highlightingIsNotAnEdit()
{
    QTextDocument doc;
    doc.setPlainText(QStringLiteral("```bash\necho 1\n```"));
    FakeCodeHighlighter code;
    doc.documentLayout(); // as in an editor: without a layout a document reports no changes
    MarkdownHighlighter highlighter(&doc, &code);
    QCoreApplication::processEvents(); // the first highlighting
    QTRY_COMPARE(code.requests.size(), 1);
    QSignalSpy changed(&doc, &QTextDocument::contentsChanged);
    code.answer(QStringLiteral("bash"), CodeHighlighter::Theme::Light, QStringLiteral("echo 1"));
    QCOMPARE(formatAt(blockAt(doc, 1), 0).foreground().color(), QColor(Qt::red));
    QCOMPARE(doc.toPlainText(), QStringLiteral("```bash\necho 1\n```"));
    QCOMPARE(doc.availableUndoSteps(), 0);
    QCOMPARE(changed.count(), 0);
}

QTEST_MAIN(TestMarkdownHighlighter)
#include "TestMarkdownHighlighter.moc"
