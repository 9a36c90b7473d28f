#include "highlight/InProcessCodeHighlighter.h"

#include <QSet>
#include <QTest>

namespace {
int distinctColours(const CodeHighlighter::Ranges& ranges)
{
    QSet<QRgb> colours;
    for (const auto& range : ranges) {
        if (range.format.hasProperty(QTextFormat::ForegroundBrush)) {
            colours.insert(range.format.foreground().color().rgb());
        }
    }
    return colours.size();
}
} // namespace

// The in-process backend against KF5: the same expectations as the app's tests of each backend.
class TestKf5Compat : public QObject
{
    Q_OBJECT

private slots:
    void colours_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::newRow("bash") << QStringLiteral("sh") << QStringLiteral("for h in a b; do\n  echo \"$h\" # loop\ndone");
        QTest::newRow("yaml") << QStringLiteral("yml") << QStringLiteral("key: \"value\" # note\nlist: [1, 2]");
        QTest::newRow("cpp") << QStringLiteral("c++") << QStringLiteral("int main() { return 0; } // x");
    }
    void colours()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        InProcessCodeHighlighter code;
        QVERIFY(code.isAvailable());
        QVERIFY(code.languages().contains(QStringLiteral("Bash")));
        const auto ranges = code.cached(language, CodeHighlighter::Theme::Light, text);
        QVERIFY(ranges);
        QVERIFY(distinctColours(*ranges) > 1);
        for (const auto& range : *ranges) {
            QVERIFY(range.start >= 0 && range.start + range.length <= text.size());
        }
        QCOMPARE(code.highlightNow(language, CodeHighlighter::Theme::Light, text).size(), ranges->size());
        QVERIFY(distinctColours(code.highlightNow(language, CodeHighlighter::Theme::Dark, text)) > 1);
    }
    void unknownLanguage()
    {
        InProcessCodeHighlighter code;
        const auto ranges = code.cached(QStringLiteral("klingon"), CodeHighlighter::Theme::Light, QStringLiteral("x"));
        QVERIFY(ranges && ranges->isEmpty());
        QVERIFY(code.fenceNames().contains(QStringLiteral("bash")));
    }
};

QTEST_GUILESS_MAIN(TestKf5Compat)
#include "TestKf5Compat.moc"
