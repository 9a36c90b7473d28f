#include "TestSupport.h"
#include "coach/CoachEngine.h"
#include "coach/CoachRuleTexts.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestCoachEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rulesLoadFromResources();
    void ruleTextsAreListedForTranslation();
    void badRulesAreRefused();
    void examplesFromTheIssue_data();
    void examplesFromTheIssue();
    void offsetsPointAtThePhrase();
    void codeIsNotChecked();
    void personAsSubjectNeedsThePeopleList();
    void roleFillsTheSuggestion();
    void disabledRulesAndIgnoredPhrases();
    void precisionAndRecallOnCorpus();

private:
    CoachEngine m_engine;
};

void TestCoachEngine::initTestCase()
{
    QVERIFY2(m_engine.loadRules().ok(), "the shipped rules load");
}

void TestCoachEngine::rulesLoadFromResources()
{
    QVERIFY(m_engine.rules().size() >= 10);
    for (const CoachRule& rule : m_engine.rules()) {
        QVERIFY(!rule.id.isEmpty());
        QCOMPARE(rule.language, QStringLiteral("en"));
        QVERIFY2(!rule.title.isEmpty() && !rule.explanation.isEmpty() && !rule.suggestion.isEmpty(),
                 qPrintable(rule.id));
        QVERIFY(rule.options & QRegularExpression::CaseInsensitiveOption);
    }
    QVERIFY(m_engine.rule(QStringLiteral("should-have")));
    QVERIFY(m_engine.rule(QStringLiteral("person-subject"))->usesPeople());
    QCOMPARE(m_engine.rule(QStringLiteral("obviously"))->severity, CoachRule::Severity::Info);
    QCOMPARE(m_engine.rule(QStringLiteral("human-error"))->severity, CoachRule::Severity::Warning);
    QVERIFY(!m_engine.rule(QStringLiteral("no-such-rule")));
    // Rules for another language are not loaded.
    CoachEngine german;
    QVERIFY(german.loadRules(CoachEngine::defaultRulesPath(), QStringLiteral("de")).ok());
    QVERIFY(german.rules().isEmpty());
}

void TestCoachEngine::ruleTextsAreListedForTranslation()
{
    QFile file(CoachEngine::defaultRulesPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray rules = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("rules")).toArray();
    QVERIFY(!rules.isEmpty());
    const QStringList listed = CoachRuleTexts::sourceTexts();
    for (const QJsonValue& rule : rules) {
        for (const char* key : {"title", "explanation", "suggestion"}) {
            const QString text = rule.toObject().value(QLatin1String(key)).toString();
            QVERIFY2(listed.contains(text), qPrintable(QStringLiteral("not in CoachRuleTexts.cpp: ") + text));
        }
    }
    QCOMPARE(listed.size(), rules.size() * 3);
}

void TestCoachEngine::badRulesAreRefused()
{
    CoachEngine engine;
    QVERIFY(!engine.loadRulesFromJson("not json").ok());
    const QByteArray bad =
        R"j({"rules": [{"id": "x", "language": "en", "pattern": "(unclosed", "title": "t", "explanation": "e",
        "suggestion": "s"}]})j";
    const Status s = engine.loadRulesFromJson(bad);
    QVERIFY(!s.ok());
    QVERIFY(s.error().contains(QStringLiteral("“x”")));
    QVERIFY(!engine.loadRules(QStringLiteral("/nonexistent/rules.json")).ok());
    // A rule set with a macro and the hit group narrowing the underline.
    const QByteArray json = R"j({"macros": {"W": "(?:oops|argh)"}, "rules": [{"id": "x", "language": "en",
        "flags": ["caseInsensitive"], "pattern": ["\\bsaid\\s+(?<hit>%W%)\\b"],
        "title": "t", "explanation": "e", "suggestion": "s", "severity": "info"}]})j";
    QVERIFY(engine.loadRulesFromJson(json).ok());
    const QList<CoachHit> hits = engine.check(QStringLiteral("She said OOPS twice."));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().phrase, QStringLiteral("OOPS"));
    QCOMPARE(hits.first().start, 9);
    QCOMPARE(hits.first().severity, CoachRule::Severity::Info);
}

void TestCoachEngine::examplesFromTheIssue_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("should have") << "We should have tested it."
                                 << "should-have"
                                 << "should have tested";
    QTest::newRow("failed to") << "The team failed to escalate."
                               << "failed-to"
                               << "failed to";
    QTest::newRow("forgot to") << "Someone forgot to update DNS."
                               << "forgot"
                               << "forgot";
    QTest::newRow("careless") << "A careless change."
                              << "careless"
                              << "careless";
    QTest::newRow("human error") << "Cause: Human Error."
                                 << "human-error"
                                 << "Human Error";
    QTest::newRow("obviously") << "Obviously the disk was full."
                               << "obviously"
                               << "Obviously";
    QTest::newRow("simply") << "They simply had to restart it."
                            << "minimizing"
                            << "simply had to";
    QTest::newRow("just") << "You could just have checked."
                          << "minimizing"
                          << "You could just";
    QTest::newRow("why didn't") << "Why didn’t they page anyone?"
                                << "why-didnt"
                                << "Why didn’t they";
    QTest::newRow("root cause was") << "The root cause was Bob."
                                    << "root-cause-person"
                                    << "root cause was Bob";
    QTest::newRow("person") << "Bob broke prod."
                            << "person-subject"
                            << "Bob broke";
    QTest::newRow("if only") << "If only the alert had fired."
                             << "counterfactual"
                             << "If only";
}

void TestCoachEngine::examplesFromTheIssue()
{
    QFETCH(QString, text);
    QFETCH(QString, rule);
    QFETCH(QString, phrase);
    CoachEngine engine = m_engine;
    engine.setPeople({{QStringLiteral("Bob"), QStringLiteral("SRE")}});
    const QList<CoachHit> hits = engine.check(text);
    bool found = false;
    for (const CoachHit& hit : hits) {
        if (hit.ruleId == rule) {
            QCOMPARE(hit.phrase, phrase);
            QCOMPARE(text.mid(hit.start, hit.length), phrase);
            QVERIFY(!hit.explanation.isEmpty());
            QVERIFY(!hit.suggestion.isEmpty());
            found = true;
        }
    }
    QVERIFY2(found, qPrintable(text));
}

void TestCoachEngine::offsetsPointAtThePhrase()
{
    const QString text = QStringLiteral("Zeile 1 📟 ok.\n\nObviously we should have seen it. Of course.");
    const QList<CoachHit> hits = m_engine.check(text);
    QCOMPARE(hits.size(), 3);
    QCOMPARE(hits.at(0).ruleId, QStringLiteral("obviously"));
    QCOMPARE(hits.at(0).start, text.indexOf(QStringLiteral("Obviously")));
    QCOMPARE(hits.at(1).ruleId, QStringLiteral("should-have"));
    QCOMPARE(hits.at(1).phrase, QStringLiteral("should have seen"));
    QCOMPARE(hits.at(2).phrase, QStringLiteral("Of course"));
    QVERIFY(hits.at(0).start < hits.at(1).start && hits.at(1).start < hits.at(2).start);
}

void TestCoachEngine::codeIsNotChecked()
{
    const QString text = QStringLiteral("Run `obviously --careless` now.\n"
                                        "```sh\n"
                                        "# we should have known\n"
                                        "\n"
                                        "echo human error\n"
                                        "```\n"
                                        "~~~\nif only\n~~~\n"
                                        "But this was careless.\n");
    const QList<CoachHit> hits = m_engine.check(text);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().start, text.lastIndexOf(QStringLiteral("careless")));
    const QString masked = CoachEngine::maskCode(text);
    QCOMPARE(masked.size(), text.size());
    QCOMPARE(masked.count(QLatin1Char('\n')), text.count(QLatin1Char('\n')));
    // An unclosed backtick is plain text; an unclosed fence runs to the end.
    QCOMPARE(m_engine.check(QStringLiteral("a ` b, obviously")).size(), 1);
    QCOMPARE(m_engine.check(QStringLiteral("```\nobviously")).size(), 0);
}

void TestCoachEngine::personAsSubjectNeedsThePeopleList()
{
    const QString text = QStringLiteral("Ana María accidentally deleted the bucket. Carl restored it.");
    CoachEngine engine = m_engine;
    QVERIFY(engine.check(text).isEmpty());
    engine.setPeople(
        {{QStringLiteral("Ana María"), QStringLiteral("Data engineer")}, {QStringLiteral("Carl"), QString()}});
    const QList<CoachHit> hits = engine.check(text);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().ruleId, QStringLiteral("person-subject"));
    QCOMPARE(hits.first().phrase, QStringLiteral("Ana María accidentally deleted"));
    // A name that is part of another word is no name; clauses break the link to the verb.
    QVERIFY(engine.check(QStringLiteral("Carlos broke it.")).isEmpty());
    QVERIFY(engine.check(QStringLiteral("Carl called because the deploy broke.")).isEmpty());
    QCOMPARE(engine.check(QStringLiteral("The outage was caused by Carl.")).size(), 1);
    engine.setPeople({});
    QVERIFY(engine.check(text).isEmpty());
}

void TestCoachEngine::roleFillsTheSuggestion()
{
    CoachEngine engine = m_engine;
    engine.setPeople({{QStringLiteral("Bob Stone"), QStringLiteral("on-call engineer")}});
    const QList<CoachHit> hits = engine.check(QStringLiteral("Bob forgot the flag."));
    QVERIFY(!hits.isEmpty());
    bool person = false;
    for (const CoachHit& hit : hits) {
        if (hit.ruleId == QLatin1String("person-subject")) {
            person = true;
            QVERIFY2(hit.suggestion.contains(QStringLiteral("on-call engineer")), qPrintable(hit.suggestion));
            QVERIFY(!hit.suggestion.contains(QStringLiteral("%1")));
        }
    }
    QVERIFY(person);
}

void TestCoachEngine::disabledRulesAndIgnoredPhrases()
{
    CoachEngine engine = m_engine;
    const QString text = QStringLiteral("Obviously it was careless. OBVIOUSLY.");
    QCOMPARE(engine.check(text).size(), 3);
    engine.setDisabledRules({QStringLiteral("careless")});
    QCOMPARE(engine.check(text).size(), 2);
    QVERIFY(!engine.isEnabled(QStringLiteral("careless")));
    engine.setIgnored({CoachEngine::ignoreKey(QStringLiteral("obviously"), QStringLiteral("obviously"))});
    QCOMPARE(engine.check(text).size(), 0); // case does not matter
    engine.setDisabledRules({});
    QCOMPARE(engine.check(text).size(), 1);
}

namespace {
struct Scores
{
    int sentences = 0;
    int blameful = 0;
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;
    double precision() const { return double(truePositives) / qMax(1, truePositives + falsePositives); }
    double recall() const { return double(truePositives) / qMax(1, truePositives + falseNegatives); }
};

// Runs the coach over a labelled file (label<TAB>sentence; "# people: Name=Role; ..." sets names).
Scores score(const QString& path, CoachEngine engine)
{
    Scores scores;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        qWarning("cannot read %s", qPrintable(path));
        return scores;
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        if (line.startsWith(QLatin1String("# people:"))) {
            QList<Person> people;
            const QStringList entries = line.mid(9).split(QLatin1Char(';'), Qt::SkipEmptyParts);
            for (const QString& entry : entries) {
                people << Person {entry.section(QLatin1Char('='), 0, 0).trimmed(),
                                  entry.section(QLatin1Char('='), 1).trimmed()};
            }
            engine.setPeople(people);
            continue;
        }
        if (line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        const QString label = line.section(QLatin1Char('\t'), 0, 0);
        const QString sentence = line.section(QLatin1Char('\t'), 1);
        if ((label != QLatin1String("blameful") && label != QLatin1String("blameless")) || sentence.isEmpty()) {
            qWarning("bad line: %s", qPrintable(line));
            return {};
        }
        ++scores.sentences;
        const bool expected = label == QLatin1String("blameful");
        scores.blameful += expected;
        const QList<CoachHit> hits = engine.check(sentence);
        if (!hits.isEmpty() && expected) {
            ++scores.truePositives;
        } else if (!hits.isEmpty()) {
            ++scores.falsePositives;
            qInfo().noquote() << QStringLiteral("false positive (%1: “%2”): %3")
                                     .arg(hits.first().ruleId, hits.first().phrase, sentence);
        } else if (expected) {
            ++scores.falseNegatives;
            qInfo().noquote() << QStringLiteral("missed: ") + sentence;
        }
    }
    qInfo("%s: %d sentences (%d blameful); TP %d FP %d FN %d; precision %.3f recall %.3f",
          qPrintable(QFileInfo(path).fileName()),
          scores.sentences,
          scores.blameful,
          scores.truePositives,
          scores.falsePositives,
          scores.falseNegatives,
          scores.precision(),
          scores.recall());
    return scores;
}
} // namespace

void TestCoachEngine::precisionAndRecallOnCorpus()
{
    const Scores corpus = score(QStringLiteral(KINTSUGI_TEST_DATA_DIR "/coach/corpus.tsv"), m_engine);
    QVERIFY(corpus.sentences >= 80);
    QVERIFY(corpus.blameful >= corpus.sentences / 3 && corpus.blameful <= corpus.sentences * 2 / 3);
    QVERIFY2(corpus.precision() >= 0.9, qPrintable(QString::number(corpus.precision())));
    QVERIFY2(corpus.recall() >= 0.9, qPrintable(QString::number(corpus.recall())));
    // Sentences never used to tune the rules: reported, not asserted beyond being readable.
    const Scores heldOut = score(QStringLiteral(KINTSUGI_TEST_DATA_DIR "/coach/heldout.tsv"), m_engine);
    QVERIFY(heldOut.sentences >= 30);
}

QTEST_GUILESS_MAIN(TestCoachEngine)
#include "TestCoachEngine.moc"
