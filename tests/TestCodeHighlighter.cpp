#include "highlight/CodeHighlighter.h"
#include "highlight/CodeHighlighterFactory.h"
#include "highlight/PlainCodeHighlighter.h"
#include "highlight/ProcessCodeHighlighter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString BashCode = QStringLiteral("#!/bin/bash\n# restart the pager\nfor host in a b; do\n"
                                        "  echo \"restarting $host\" && systemctl restart pager\ndone");
const QString YamlCode = QStringLiteral("alerts:\n  - name: PagerStorm # noisy\n    threshold: 400\n"
                                        "    enabled: true\n    note: \"too many\"");
const QString CppCode = QStringLiteral("#include <vector>\n// count pages\nint pages(const std::vector<int>& v)\n"
                                       "{\n    return static_cast<int>(v.size()) + 42; /* done */\n}");

int distinctColours(const CodeHighlighter::Ranges& ranges)
{
    QSet<QRgb> colours;
    for (const auto& range : ranges) {
        if (range.format.hasProperty(QTextFormat::ForegroundBrush)) {
            colours.insert(range.format.foreground().color().rgb());
        }
    }
    return static_cast<int>(colours.size());
}

// The formats of `text` from `code`, waiting for a background backend.
std::optional<CodeHighlighter::Ranges>
highlightAndWait(CodeHighlighter& code, const QString& language, CodeHighlighter::Theme theme, const QString& text)
{
    if (auto ranges = code.cached(language, theme, text)) {
        return ranges;
    }
    QSignalSpy spy(&code, &CodeHighlighter::highlighted);
    code.request(language, theme, text);
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        if (auto ranges = code.cached(language, theme, text)) {
            return ranges;
        }
        spy.wait(100);
    }
    return std::nullopt;
}

QString writeScript(const QTemporaryDir& dir, const QString& name, const QByteArray& body)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    file.write("#!/bin/sh\n" + body);
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

// Answers --list like the real program; anything else runs `body`.
QByteArray fakeProgram(const QByteArray& body)
{
    return "if [ \"$1\" = \"--list\" ]; then printf 'Bash\\nYAML\\nC++\\n'; exit 0; fi\n" + body + "\n";
}
} // namespace

class TestCodeHighlighter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void backends_data();
    void backends();
    void processLanguagesAndAliases();
    void processRunsAtMostTwoAndCaches();
    void processDarkThemeDiffers();
    void processHighlightNowForExport();
    void parseHtml();
    void hungProgramTimesOutAndGivesUp();
    void garbageOutputFallsBack();
    void missingProgram();
    void plainBackend();
    void factoryChoice();

private:
    QString m_program;
    QTemporaryDir m_dir;
};

void TestCodeHighlighter::initTestCase()
{
    m_program = QStandardPaths::findExecutable(QStringLiteral("kate-syntax-highlighter"));
    if (m_program.isEmpty() && !CodeHighlighterFactory::hasLibrary()) {
        QFAIL("kate-syntax-highlighter is missing: install libkf5syntaxhighlighting-tools (packaging/dev.sh deps)");
    }
    QVERIFY(m_dir.isValid());
}

void TestCodeHighlighter::backends_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    const QList<std::pair<const char*, CodeHighlighterFactory::Kind>> kinds = {
        {"process", CodeHighlighterFactory::Kind::Process}, {"library", CodeHighlighterFactory::Kind::Library}};
    for (const auto& [name, kind] : kinds) {
        if (kind == CodeHighlighterFactory::Kind::Library && !CodeHighlighterFactory::hasLibrary()) {
            continue;
        }
        if (kind == CodeHighlighterFactory::Kind::Process && m_program.isEmpty()) {
            continue;
        }
        const int k = static_cast<int>(kind);
        QTest::addRow("%s bash", name) << k << QStringLiteral("bash") << BashCode;
        QTest::addRow("%s sh", name) << k << QStringLiteral("sh") << BashCode;
        QTest::addRow("%s yaml", name) << k << QStringLiteral("yaml") << YamlCode;
        QTest::addRow("%s yml", name) << k << QStringLiteral("yml") << YamlCode;
        QTest::addRow("%s cpp", name) << k << QStringLiteral("cpp") << CppCode;
        QTest::addRow("%s c++", name) << k << QStringLiteral("c++") << CppCode;
        QTest::addRow("%s json", name) << k << QStringLiteral("json") << QStringLiteral("{\"a\": [1, true, \"x\"]}");
        QTest::addRow("%s diff", name) << k << QStringLiteral("diff")
                                       << QStringLiteral("--- a/x\n+++ b/x\n@@ -1 +1 @@\n-old\n+new");
        QTest::addRow("%s log", name) << k << QStringLiteral("log")
                                      << QStringLiteral("2024-01-01 ERROR pager flood\n2024-01-01 INFO ok");
    }
}

void TestCodeHighlighter::backends()
{
    QFETCH(int, kind);
    QFETCH(QString, language);
    QFETCH(QString, text);
    auto code = CodeHighlighterFactory::create(static_cast<CodeHighlighterFactory::Kind>(kind), m_program);
    QVERIFY(code);
    QVERIFY(code->isAvailable());
    const auto ranges = highlightAndWait(*code, language, CodeHighlighter::Theme::Light, text);
    QVERIFY(ranges);
    QVERIFY2(distinctColours(*ranges) > 1, qPrintable(QStringLiteral("%1 colours").arg(distinctColours(*ranges))));
    for (const auto& range : *ranges) {
        QVERIFY(range.start >= 0 && range.length > 0 && range.start + range.length <= text.size());
    }
    // The exact spot: the comment of each sample is coloured as a whole.
    if (language == QLatin1String("bash")) {
        const int comment = static_cast<int>(text.indexOf(QLatin1String("# restart")));
        const bool covered = std::any_of(ranges->cbegin(), ranges->cend(), [comment](const auto& r) {
            return r.start <= comment && r.start + r.length >= comment + 18;
        });
        QVERIFY(covered);
    }
    // An unknown language is plain, at once.
    const auto unknown =
        highlightAndWait(*code, QStringLiteral("no-such-language"), CodeHighlighter::Theme::Light, text);
    QVERIFY(unknown);
    QVERIFY(unknown->isEmpty());
}

void TestCodeHighlighter::processLanguagesAndAliases()
{
    if (m_program.isEmpty()) {
        QSKIP("no kate-syntax-highlighter");
    }
    ProcessCodeHighlighter code(m_program);
    QSignalSpy languages(&code, &CodeHighlighter::languagesChanged);
    QVERIFY(code.waitForLanguages());
    QCOMPARE(languages.count(), 1);
    for (const char* name : {"Bash", "YAML", "C++", "JSON", "Diff"}) {
        QVERIFY2(code.languages().contains(QLatin1String(name)), name);
    }
    QCOMPARE(code.resolveLanguage(QStringLiteral("sh")), QStringLiteral("Bash"));
    QCOMPARE(code.resolveLanguage(QStringLiteral("shell")), QStringLiteral("Bash"));
    QCOMPARE(code.resolveLanguage(QStringLiteral("BASH")), QStringLiteral("Bash"));
    QCOMPARE(code.resolveLanguage(QStringLiteral("yml")), QStringLiteral("YAML"));
    QCOMPARE(code.resolveLanguage(QStringLiteral("cpp")), QStringLiteral("C++"));
    QCOMPARE(code.resolveLanguage(QStringLiteral("c++")), QStringLiteral("C++"));
    QCOMPARE(code.resolveLanguage(QStringLiteral("patch")), QStringLiteral("Diff"));
    QCOMPARE(code.resolveLanguage(QStringLiteral("log")), QStringLiteral("Log File (simplified)"));
    QCOMPARE(code.resolveLanguage(QStringLiteral("klingon")), QString());
    const QStringList fences = code.fenceNames();
    for (const char* name : {"bash", "sh", "yaml", "yml", "cpp", "json", "diff", "log", "python"}) {
        QVERIFY2(fences.contains(QLatin1String(name)), name);
    }
    QVERIFY(!fences.contains(QStringLiteral("none")));
    QVERIFY(std::is_sorted(fences.cbegin(), fences.cend()));
}

void TestCodeHighlighter::processRunsAtMostTwoAndCaches()
{
    if (m_program.isEmpty()) {
        QSKIP("no kate-syntax-highlighter");
    }
    ProcessCodeHighlighter code(m_program);
    QVERIFY(code.waitForLanguages());
    QSignalSpy spy(&code, &CodeHighlighter::highlighted);
    const int count = 8;
    for (int i = 0; i < count; ++i) {
        code.request(
            QStringLiteral("bash"), CodeHighlighter::Theme::Light, BashCode + QStringLiteral("\necho %1").arg(i));
        QVERIFY(code.runningCount() <= ProcessCodeHighlighter::DefaultMaxConcurrent);
    }
    QCOMPARE(code.runningCount(), 2);
    QCOMPARE(code.queuedCount(), count - 2);
    int maxRunning = 0;
    QElapsedTimer timer;
    timer.start();
    while (spy.count() < count && timer.elapsed() < 20000) {
        maxRunning = qMax(maxRunning, code.runningCount());
        spy.wait(20);
    }
    QCOMPARE(spy.count(), count);
    QVERIFY(maxRunning <= 2);
    // Newest first: of the queued ones, the last request is answered before the first.
    QStringList order;
    for (const auto& arguments : std::as_const(spy)) {
        order << arguments.at(2).toString();
    }
    QVERIFY(order.indexOf(BashCode + QStringLiteral("\necho 7")) <
            order.indexOf(BashCode + QStringLiteral("\necho 2")));
    // Known now: no new process.
    for (int i = 0; i < count; ++i) {
        const QString text = BashCode + QStringLiteral("\necho %1").arg(i);
        QVERIFY(code.cached(QStringLiteral("bash"), CodeHighlighter::Theme::Light, text));
        code.request(QStringLiteral("bash"), CodeHighlighter::Theme::Light, text);
    }
    QCOMPARE(code.runningCount(), 0);
    // The same request twice runs once.
    code.request(QStringLiteral("yaml"), CodeHighlighter::Theme::Light, YamlCode);
    code.request(QStringLiteral("yaml"), CodeHighlighter::Theme::Light, YamlCode);
    QCOMPARE(code.runningCount() + code.queuedCount(), 1);
    QVERIFY(spy.wait(5000));
    QVERIFY(code.isAvailable());
}

void TestCodeHighlighter::processDarkThemeDiffers()
{
    if (m_program.isEmpty()) {
        QSKIP("no kate-syntax-highlighter");
    }
    ProcessCodeHighlighter code(m_program);
    const auto light = highlightAndWait(code, QStringLiteral("cpp"), CodeHighlighter::Theme::Light, CppCode);
    const auto dark = highlightAndWait(code, QStringLiteral("cpp"), CodeHighlighter::Theme::Dark, CppCode);
    QVERIFY(light && dark);
    QVERIFY(distinctColours(*dark) > 1);
    QSet<QRgb> lightColours;
    QSet<QRgb> darkColours;
    for (const auto& r : *light) {
        lightColours.insert(r.format.foreground().color().rgb());
    }
    for (const auto& r : *dark) {
        darkColours.insert(r.format.foreground().color().rgb());
    }
    QVERIFY(lightColours != darkColours);
}

void TestCodeHighlighter::processHighlightNowForExport()
{
    if (m_program.isEmpty()) {
        QSKIP("no kate-syntax-highlighter");
    }
    ProcessCodeHighlighter code(m_program);
    const QString text = QStringLiteral("name: \"ü€😀 <b>&amp;\" # ok");
    const auto ranges = code.highlightNow(QStringLiteral("yaml"), CodeHighlighter::Theme::Print, text);
    QVERIFY(distinctColours(ranges) > 1);
    // Offsets count UTF-16 units of the text as given, entities and all.
    const int quote = static_cast<int>(text.indexOf(QLatin1Char('"')));
    const int length = static_cast<int>(text.lastIndexOf(QLatin1Char('"'))) - quote + 1;
    QVERIFY(std::any_of(ranges.cbegin(), ranges.cend(), [quote, length](const auto& r) {
        return r.start == quote && r.length == length;
    }));
    const int comment = static_cast<int>(text.indexOf(QLatin1Char('#')));
    QVERIFY(std::any_of(ranges.cbegin(), ranges.cend(), [comment, &text](const auto& r) {
        return r.start <= comment && r.start + r.length == text.size();
    }));
    QVERIFY(code.cached(QStringLiteral("yaml"), CodeHighlighter::Theme::Print, text));
    QVERIFY(code.highlightNow(QStringLiteral("klingon"), CodeHighlighter::Theme::Print, text).isEmpty());
}

void TestCodeHighlighter::parseHtml()
{
    const QByteArray page = "<html><body><pre>\n<span style=\"color:#ff0000;font-weight:bold;\">if</span> "
                            "a &lt; b &amp;&amp; c<span style=\"font-style:italic;\">&quot;x&quot;</span>\n"
                            "<span style=\"background-color:#00ff00;text-decoration:underline;\">z</span>\n"
                            "</pre></body></html>";
    const QString text = QStringLiteral("if a < b && c\"x\"\nz");
    const auto ranges = ProcessCodeHighlighter::parseHtml(page, text);
    QVERIFY(ranges);
    QCOMPARE(ranges->size(), 3);
    QCOMPARE(ranges->at(0).start, 0);
    QCOMPARE(ranges->at(0).length, 2);
    QCOMPARE(ranges->at(0).format.foreground().color(), QColor(QStringLiteral("#ff0000")));
    QCOMPARE(ranges->at(0).format.fontWeight(), int(QFont::Bold));
    QCOMPARE(ranges->at(1).start, 13);
    QCOMPARE(ranges->at(1).length, 3);
    QVERIFY(ranges->at(1).format.fontItalic());
    QCOMPARE(ranges->at(2).start, 17);
    QVERIFY(ranges->at(2).format.fontUnderline());
    QCOMPARE(ranges->at(2).format.background().color(), QColor(QStringLiteral("#00ff00")));
    // Text that is not the input, unknown tags, broken spans: not trusted.
    QVERIFY(!ProcessCodeHighlighter::parseHtml(page, QStringLiteral("if a < b")));
    QVERIFY(!ProcessCodeHighlighter::parseHtml("<pre>\n<b>x</b>\n</pre>", QStringLiteral("x")));
    QVERIFY(!ProcessCodeHighlighter::parseHtml("<pre>\n<span style=\"\">x\n</pre>", QStringLiteral("x")));
    QVERIFY(!ProcessCodeHighlighter::parseHtml("garbage", QStringLiteral("x")));
    QVERIFY(!ProcessCodeHighlighter::parseHtml("<pre>\n&bogus;\n</pre>", QStringLiteral("x")));
    QVERIFY(ProcessCodeHighlighter::parseHtml("<pre>\n</pre>", QString()));
}

void TestCodeHighlighter::hungProgramTimesOutAndGivesUp()
{
    const QString program = writeScript(m_dir, QStringLiteral("hung.sh"), fakeProgram("exec sleep 30"));
    ProcessCodeHighlighter code(program);
    code.setTimeout(300);
    QVERIFY(code.waitForLanguages());
    QVERIFY(code.isAvailable());
    QSignalSpy highlighted(&code, &CodeHighlighter::highlighted);
    QSignalSpy availability(&code, &CodeHighlighter::availabilityChanged);
    QElapsedTimer timer;
    timer.start();
    code.request(QStringLiteral("bash"), CodeHighlighter::Theme::Light, QStringLiteral("echo 1"));
    QVERIFY(!code.cached(QStringLiteral("bash"), CodeHighlighter::Theme::Light, QStringLiteral("echo 1")));
    QVERIFY(highlighted.wait(5000));
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(code.runningCount(), 0);
    // Plain, not stuck.
    const auto plain = code.cached(QStringLiteral("bash"), CodeHighlighter::Theme::Light, QStringLiteral("echo 1"));
    QVERIFY(plain);
    QVERIFY(plain->isEmpty());
    QVERIFY(code.isAvailable());
    // Repeated failures: the backend gives up and says so.
    code.request(QStringLiteral("bash"), CodeHighlighter::Theme::Light, QStringLiteral("echo 2"));
    code.request(QStringLiteral("bash"), CodeHighlighter::Theme::Light, QStringLiteral("echo 3"));
    code.request(QStringLiteral("bash"), CodeHighlighter::Theme::Light, QStringLiteral("echo 4"));
    QTRY_COMPARE_WITH_TIMEOUT(availability.count(), 1, 5000);
    QVERIFY(!code.isAvailable());
    QCOMPARE(availability.at(0).at(0).toBool(), false);
    QTRY_COMPARE(code.runningCount(), 0);
    QCOMPARE(code.queuedCount(), 0);
    // From now on everything is plain, at once, and nothing is started.
    const auto later = code.cached(QStringLiteral("bash"), CodeHighlighter::Theme::Light, QStringLiteral("echo 5"));
    QVERIFY(later && later->isEmpty());
    code.request(QStringLiteral("bash"), CodeHighlighter::Theme::Light, QStringLiteral("echo 6"));
    QCOMPARE(code.runningCount(), 0);
}

void TestCodeHighlighter::garbageOutputFallsBack()
{
    const QString program =
        writeScript(m_dir,
                    QStringLiteral("garbage.sh"),
                    fakeProgram("cat >/dev/null; echo '<pre>\n<span style=\"color:#f00\">nope</span>\n</pre>'"));
    ProcessCodeHighlighter code(program);
    const auto ranges =
        highlightAndWait(code, QStringLiteral("bash"), CodeHighlighter::Theme::Light, QStringLiteral("echo 1"));
    QVERIFY(ranges);
    QVERIFY(ranges->isEmpty());
    QVERIFY(code.highlightNow(QStringLiteral("bash"), CodeHighlighter::Theme::Light, QStringLiteral("x")).isEmpty());
}

void TestCodeHighlighter::missingProgram()
{
    ProcessCodeHighlighter code(m_dir.filePath(QStringLiteral("no-such-program")));
    QSignalSpy availability(&code, &CodeHighlighter::availabilityChanged);
    QVERIFY(!code.waitForLanguages());
    QVERIFY(!code.isAvailable());
    QVERIFY(code.languages().isEmpty());
    QElapsedTimer timer;
    timer.start();
    const auto ranges = code.cached(QStringLiteral("bash"), CodeHighlighter::Theme::Light, BashCode);
    QVERIFY(ranges && ranges->isEmpty());
    QVERIFY(code.highlightNow(QStringLiteral("bash"), CodeHighlighter::Theme::Light, BashCode).isEmpty());
    QVERIFY(timer.elapsed() < 1000);
    code.request(QStringLiteral("bash"), CodeHighlighter::Theme::Light, BashCode);
    QCOMPARE(code.runningCount(), 0);
}

void TestCodeHighlighter::plainBackend()
{
    PlainCodeHighlighter code;
    QVERIFY(!code.isAvailable());
    QVERIFY(code.languages().isEmpty());
    QVERIFY(code.fenceNames().isEmpty());
    QCOMPARE(code.resolveLanguage(QStringLiteral("bash")), QString());
    const auto ranges = code.cached(QStringLiteral("bash"), CodeHighlighter::Theme::Light, BashCode);
    QVERIFY(ranges && ranges->isEmpty());
    QVERIFY(code.backendName().contains(QStringLiteral("plain")));
}

void TestCodeHighlighter::factoryChoice()
{
    auto plain = CodeHighlighterFactory::create(CodeHighlighterFactory::Kind::Plain);
    QVERIFY(qobject_cast<PlainCodeHighlighter*>(plain.get()));
    auto missing = CodeHighlighterFactory::create(CodeHighlighterFactory::Kind::Process,
                                                  m_dir.filePath(QStringLiteral("no-such-program")));
    auto* process = qobject_cast<ProcessCodeHighlighter*>(missing.get());
    QVERIFY(process);
    QVERIFY(!process->waitForLanguages());
    qputenv("KINTSUGI_HIGHLIGHTER", "plain");
    QVERIFY(qobject_cast<PlainCodeHighlighter*>(CodeHighlighterFactory::create().get()));
    qputenv("KINTSUGI_HIGHLIGHTER", "process");
    qputenv("KINTSUGI_HIGHLIGHTER_PROGRAM", m_dir.filePath(QStringLiteral("other")).toUtf8());
    auto chosen = CodeHighlighterFactory::create();
    QVERIFY(qobject_cast<ProcessCodeHighlighter*>(chosen.get()));
    QCOMPARE(qobject_cast<ProcessCodeHighlighter*>(chosen.get())->program(), m_dir.filePath(QStringLiteral("other")));
    qunsetenv("KINTSUGI_HIGHLIGHTER");
    qunsetenv("KINTSUGI_HIGHLIGHTER_PROGRAM");
    auto automatic = CodeHighlighterFactory::create();
    QVERIFY(automatic->isAvailable() || m_program.isEmpty());
    if (!CodeHighlighterFactory::hasLibrary() && !m_program.isEmpty()) {
        QVERIFY(qobject_cast<ProcessCodeHighlighter*>(automatic.get()));
    }
}

QTEST_GUILESS_MAIN(TestCodeHighlighter)
#include "TestCodeHighlighter.moc"
