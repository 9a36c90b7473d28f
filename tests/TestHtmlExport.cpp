#include "export/HtmlExport.h"
#include "highlight/CodeHighlighter.h"
#include "highlight/CodeHighlighterFactory.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QTest>

namespace {

// Colours the first word of any "Bash" code red and bold, so that the test sees colour spans.
class FakeHighlighter : public CodeHighlighter
{
public:
    QString backendName() const override { return QStringLiteral("fake"); }
    bool isAvailable() const override { return true; }
    QStringList languages() const override { return {QStringLiteral("Bash")}; }
    std::optional<Ranges> cached(const QString&, Theme, const QString&) override { return std::nullopt; }
    void request(const QString&, Theme, const QString&) override { }
    Ranges highlightNow(const QString& language, Theme theme, const QString& text) override
    {
        ++calls;
        lastTheme = theme;
        if (resolveLanguage(language) != QLatin1String("Bash")) { // fence names, as the real backends take them
            return {};
        }
        QTextLayout::FormatRange range;
        range.start = 0;
        range.length = int(text.indexOf(QLatin1Char(' ')));
        range.format.setForeground(QColor(0xc0, 0x10, 0x20));
        range.format.setFontWeight(QFont::Bold);
        return {range};
    }
    int calls = 0;
    Theme lastTheme = Theme::Light;
};

const QString Hostile = QStringLiteral(
    "<script>alert(1)</script> <img src=x onerror=alert(2)> <iframe src=\"https://evil.example\"></iframe> "
    "<object data=x></object> <style>body{display:none}</style> \" onmouseover=\"alert(3)\" ' onclick='x' "
    "<a href=\"javascript:alert(4)\">click</a> </textarea></title>--><!--");

} // namespace

// The HTML export of hostile story text must be inert: no script, event handler, frame, object, style
// or dangerous link from the story survives as markup; broken text does not break the page.
class TestHtmlExport : public QObject
{
    Q_OBJECT

private slots:
    void hostileTextIsInert();
    void markdownStructure();
    void linksOnlySafeSchemes_data();
    void linksOnlySafeSchemes();
    void codeIsColouredForPrint();
    void realEngineColoursAFreshExport();
    void brokenTextStaysValid();

private:
    static StoryBundle hostileBundle();
    // Fails the test when the page has markup that is not ours.
    static void strictScan(const QString& html);
};

StoryBundle TestHtmlExport::hostileBundle()
{
    StoryBundle b;
    Story& s = b.story;
    s.id = 1;
    s.title = Hostile;
    s.authors = {Hostile};
    s.tags = {Hostile};
    s.severity = 1;
    for (int i = 0; i < SectionCount; ++i) {
        s.sections[size_t(i)] =
            Hostile +
            QStringLiteral("\n\n[link](javascript:alert(5)) [data](data:text/html;base64,PHNjcmlwdD4=) "
                           "[vb](vbscript:msgbox) [file](file:///etc/passwd) ![img](https://evil.example/x.png) "
                           "<b onmouseover=alert(6)>raw html</b>\n\n```html\n<script>alert(7)</script>\n```\n"
                           "\n- item <script>\n  - nested onload=alert(8)\n\n> quote <iframe>\n\n"
                           "<div style=\"background:url(javascript:alert(9))\">css</div>\n");
    }
    TimelineEvent event;
    event.occurredAt = QDateTime(QDate(2024, 1, 1), QTime(1, 2), Qt::UTC);
    event.description = Hostile;
    event.actor = Hostile;
    b.timeline = {event};
    CauseNode node;
    node.id = 1;
    node.statement = Hostile;
    node.evidence = Hostile;
    node.categoryId = 1;
    b.causes = {node};
    Lesson lesson;
    lesson.text = Hostile;
    b.lessons = {lesson};
    ActionItem action;
    action.title = Hostile;
    action.owner = Hostile;
    action.ticketUrl = QStringLiteral("javascript:alert(10)");
    b.actions = {action};
    Award award;
    award.year = 2024;
    award.title = Hostile;
    award.citation = Hostile;
    b.awards = {award};
    b.people = {Person {Hostile, Hostile}};
    return b;
}

void TestHtmlExport::strictScan(const QString& html)
{
    static const QSet<QString> allowedTags = {
        QStringLiteral("!doctype"), QStringLiteral("html"),   QStringLiteral("head"),       QStringLiteral("meta"),
        QStringLiteral("title"),    QStringLiteral("style"),  QStringLiteral("body"),       QStringLiteral("article"),
        QStringLiteral("header"),   QStringLiteral("footer"), QStringLiteral("section"),    QStringLiteral("h1"),
        QStringLiteral("h2"),       QStringLiteral("h3"),     QStringLiteral("h4"),         QStringLiteral("h5"),
        QStringLiteral("h6"),       QStringLiteral("p"),      QStringLiteral("ul"),         QStringLiteral("ol"),
        QStringLiteral("li"),       QStringLiteral("dl"),     QStringLiteral("dt"),         QStringLiteral("dd"),
        QStringLiteral("div"),      QStringLiteral("span"),   QStringLiteral("strong"),     QStringLiteral("em"),
        QStringLiteral("s"),        QStringLiteral("code"),   QStringLiteral("pre"),        QStringLiteral("a"),
        QStringLiteral("br"),       QStringLiteral("hr"),     QStringLiteral("blockquote"), QStringLiteral("table"),
        QStringLiteral("thead"),    QStringLiteral("tbody"),  QStringLiteral("tr"),         QStringLiteral("th"),
        QStringLiteral("td")};
    static const QSet<QString> allowedAttributes = {QStringLiteral("lang"),
                                                    QStringLiteral("charset"),
                                                    QStringLiteral("http-equiv"),
                                                    QStringLiteral("content"),
                                                    QStringLiteral("name"),
                                                    QStringLiteral("id"),
                                                    QStringLiteral("class"),
                                                    QStringLiteral("href"),
                                                    QStringLiteral("style")};
    static const QRegularExpression tag(QStringLiteral("<(/?)([!A-Za-z][A-Za-z0-9-]*)([^<>]*)>"));
    static const QRegularExpression attribute(QStringLiteral("\\s([A-Za-z-]+)(?:=\"([^\"]*)\")?"));
    static const QRegularExpression safeStyle(
        QStringLiteral("^(color:#[0-9a-f]{6}|font-weight:bold|font-style:italic)(;(color:#[0-9a-f]{6}|"
                       "font-weight:bold|font-style:italic))*$"));

    // Every '<' in the page starts one of our tags: story text has none left.
    const qsizetype opens = html.count(QLatin1Char('<'));
    qsizetype tags = 0;
    int styles = 0;
    auto it = tag.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        ++tags;
        const QString name = m.captured(2).toLower();
        QVERIFY2(allowedTags.contains(name), qPrintable(QStringLiteral("tag <%1>").arg(name)));
        if (name == QLatin1String("style") && m.captured(1).isEmpty()) {
            ++styles;
        }
        const QString rest = m.captured(3);
        if (name == QLatin1String("!doctype")) {
            QCOMPARE(rest, QStringLiteral(" html"));
            continue;
        }
        // Attributes: only ours, all double-quoted; nothing else between them.
        QString leftover = rest;
        auto attributes = attribute.globalMatch(rest);
        while (attributes.hasNext()) {
            const QRegularExpressionMatch a = attributes.next();
            const QString attr = a.captured(1).toLower();
            QVERIFY2(allowedAttributes.contains(attr),
                     qPrintable(QStringLiteral("attribute %1 in <%2>").arg(attr, name)));
            QVERIFY2(!attr.startsWith(QLatin1String("on")), qPrintable(attr));
            const QString value = a.captured(2);
            if (attr == QLatin1String("href")) {
                QVERIFY2(value.startsWith(QLatin1String("https://")) || value.startsWith(QLatin1String("http://")) ||
                             value.startsWith(QLatin1String("mailto:")),
                         qPrintable(value));
            }
            if (attr == QLatin1String("style")) {
                QCOMPARE(name, QStringLiteral("span"));
                QVERIFY2(safeStyle.match(value).hasMatch(), qPrintable(value));
            }
            leftover.remove(a.captured(0));
        }
        QVERIFY2(leftover.trimmed().isEmpty() || leftover.trimmed() == QLatin1String("/"),
                 qPrintable(QStringLiteral("stray markup in <%1>: %2").arg(name, leftover)));
    }
    QCOMPARE(tags, opens);
    QCOMPARE(styles, 1); // our stylesheet only
    QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QLatin1String("<iframe"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QLatin1String("<object"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QLatin1String("<img"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QLatin1String("href=\"javascript"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QLatin1String("href=\"data"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QLatin1Char('\0')));
}

void TestHtmlExport::hostileTextIsInert()
{
    const QString html = HtmlExport::story(hostileBundle(), {CauseCategory {1, Hostile, 0}}, nullptr);
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>\n")));
    QVERIFY(html.endsWith(QLatin1String("</html>\n")));
    strictScan(html);
    // The text is still there, escaped.
    QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(html.contains(QLatin1String("onerror=alert(2)&gt;")));
    // Raw HTML inside Markdown is text too, not dropped and not interpreted.
    QVERIFY(
        html.contains(QLatin1String("<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt;")));
    QVERIFY(html.contains(QLatin1String("&lt;b onmouseover=alert(6)&gt;raw html&lt;/b&gt;")));
    QVERIFY(html.contains(QLatin1String("&lt;div style=&quot;background:url(javascript:alert(9))&quot;&gt;css")));
    QVERIFY(html.contains(QLatin1String("&quot; onmouseover=&quot;alert(3)&quot;")));
    // A content security policy forbids scripts even if something slipped through.
    QVERIFY(html.contains(QLatin1String("Content-Security-Policy\" content=\"default-src 'none'")));
}

void TestHtmlExport::markdownStructure()
{
    const QString html = HtmlExport::markdownToHtml(
        QStringLiteral("# Head\n\nSome **bold**, *it*, ~~gone~~ and `code`.\n\n- one\n- two\n  - deep\n\n1. first\n2. "
                       "second\n\n> quoted\n\n---\n\n[site](https://example.com/a?b=1&c=2)\n"),
        nullptr);
    QVERIFY2(html.contains(QLatin1String("<h3>Head</h3>")), qPrintable(html));
    QVERIFY(html.contains(QLatin1String("<strong>bold</strong>")));
    QVERIFY(html.contains(QLatin1String("<em>it</em>")));
    QVERIFY(html.contains(QLatin1String("<s>gone</s>")));
    QVERIFY(html.contains(QLatin1String("<code>code</code>")));
    QVERIFY2(html.contains(QLatin1String("<ul><li>one</li>\n<li>two<ul><li>deep</li></ul>\n</li></ul>")),
             qPrintable(html));
    QVERIFY(html.contains(QLatin1String("<ol><li>first</li>\n<li>second</li></ol>")));
    QVERIFY(html.contains(QLatin1String("<blockquote><p>quoted</p></blockquote>")));
    QVERIFY(html.contains(QLatin1String("<a href=\"https://example.com/a?b=1&amp;c=2\">site</a>")));
    strictScan(QStringLiteral("<style></style>") + html);
}

void TestHtmlExport::linksOnlySafeSchemes_data()
{
    QTest::addColumn<QString>("href");
    QTest::addColumn<bool>("kept");
    QTest::newRow("https") << QStringLiteral("https://example.com/x") << true;
    QTest::newRow("http") << QStringLiteral("http://example.com") << true;
    QTest::newRow("mailto") << QStringLiteral("mailto:team@example.com") << true;
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
    QTest::newRow("JavaScript spaced") << QStringLiteral(" JaVaScRiPt:alert(1)") << false;
    QTest::newRow("data") << QStringLiteral("data:text/html,<script>") << false;
    QTest::newRow("vbscript") << QStringLiteral("vbscript:x") << false;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
    QTest::newRow("relative") << QStringLiteral("../x.html") << false;
    QTest::newRow("no host") << QStringLiteral("https:evil") << false;
}

void TestHtmlExport::linksOnlySafeSchemes()
{
    QFETCH(QString, href);
    QFETCH(bool, kept);
    QCOMPARE(!HtmlExport::safeHref(href).isEmpty(), kept);
    const QString html = HtmlExport::markdownToHtml(QStringLiteral("[x](<%1>)").arg(href), nullptr);
    QCOMPARE(html.contains(QLatin1String("<a ")), kept);
}

void TestHtmlExport::codeIsColouredForPrint()
{
    FakeHighlighter highlighter;
    const QString html = HtmlExport::markdownToHtml(
        QStringLiteral("```bash\nsystemctl restart <pager> && echo \"done\"\nexit 0\n```\n"), &highlighter);
    QCOMPARE(highlighter.calls, 1);
    QCOMPARE(highlighter.lastTheme, CodeHighlighter::Theme::Print);
    QVERIFY2(html.contains(QLatin1String(
                 "<pre><code><span style=\"color:#c01020;font-weight:bold\">systemctl</span> restart &lt;pager&gt; "
                 "&amp;&amp; echo &quot;done&quot;\nexit 0</code></pre>")),
             qPrintable(html));
    strictScan(QStringLiteral("<style></style>") + html);
    // An unknown language is plain, escaped text.
    const QString plain = HtmlExport::markdownToHtml(QStringLiteral("```nosuch\n<b>x</b>\n```\n"), &highlighter);
    QVERIFY2(plain.contains(QLatin1String("<pre><code>&lt;b&gt;x&lt;/b&gt;</code></pre>")), qPrintable(plain));
}

void TestHtmlExport::brokenTextStaysValid()
{
    StoryBundle b;
    // Bytes that are no UTF-8, a lone surrogate, NUL and other controls.
    const QString broken = QString::fromUtf8("bad \xff\xfe\xc3 bytes") + QChar(0xd800) + QStringLiteral(" x") +
                           QChar(0) + QChar(0x1b) + QStringLiteral("[31m");
    b.story.title = broken;
    b.story.setSection(Section::Summary, broken + QStringLiteral("\n\n```\n") + broken + QStringLiteral("\n```\n"));
    TimelineEvent event;
    event.occurredAt = QDateTime(QDate(2024, 1, 1), QTime(1, 2), Qt::UTC);
    event.description = broken;
    b.timeline = {event};
    const QString html = HtmlExport::story(b, {}, nullptr);
    strictScan(html);
    QVERIFY(!html.contains(QChar(0xd800)));
    QVERIFY(!html.contains(QChar(0x1b)));
    QVERIFY(html.contains(QStringLiteral("bad \uFFFD")));
    const QByteArray bytes = html.toUtf8();
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(bytes);
    QVERIFY(!decoder.hasError());
    QCOMPARE(decoded, html);
}

// The real KSyntaxHighlighting engine, asked cold (its list of languages not loaded yet), as
// kintsugi-cli does: the code still comes out coloured.
void TestHtmlExport::realEngineColoursAFreshExport()
{
    auto highlighter = CodeHighlighterFactory::create();
    if (!highlighter->isAvailable()) {
        QSKIP("no KSyntaxHighlighting backend on this machine");
    }
    const QString html = HtmlExport::markdownToHtml(
        QStringLiteral("```bash\nfor f in *.log; do echo \"$f\"; done\n```\n"), highlighter.get());
    QVERIFY2(html.contains(QLatin1String("<span style=\"color:#")), qPrintable(html));
    QVERIFY2(html.contains(QLatin1String("done")), qPrintable(html));
}

QTEST_GUILESS_MAIN(TestHtmlExport)
#include "TestHtmlExport.moc"
