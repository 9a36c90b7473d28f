#include "TestSupport.h"
#include "document/Library.h"
#include "document/RetroDocument.h"
#include "export/RetroSummary.h"
#include "storage/ActionStore.h"
#include "storage/RetroStore.h"
#include "storage/RetroTemplateStore.h"
#include "storage/StoryStore.h"

#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocument>

// The outcome of a retro as Markdown and as PDF text.
class TestRetroSummary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void markdownExact();
    void topCountAndOtherCards();
    void textDocumentAndPdf();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_retroId = 0;
};

void TestRetroSummary::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_library = Library::open(TestSupport::libraryPath(*m_dir)).value();
    Story story;
    story.title = QStringLiteral("Checkout outage");
    const qint64 storyId = m_library->stories().create(story).value();
    // An earlier retro of the team with an open action.
    Retro earlier;
    earlier.title = QStringLiteral("Sprint 1");
    earlier.team = QStringLiteral("Payments");
    earlier.heldOn = QDate(2026, 1, 10);
    const qint64 templateId = m_library->retroTemplates().templates()->first().id;
    const qint64 earlierId = m_library->createRetro(earlier, templateId).value();
    RetroAction old;
    old.title = QStringLiteral("Fix the flaky test");
    QVERIFY(m_library->retroDocument(earlierId)->addAction(old).ok());

    Retro retro;
    retro.title = QStringLiteral("Sprint 2");
    retro.team = QStringLiteral("Payments");
    retro.heldOn = QDate(2026, 1, 24);
    retro.facilitator = QStringLiteral("Chris");
    retro.participants = {QStringLiteral("Anna"), QStringLiteral("Ben")};
    retro.storyId = storyId;
    m_retroId = m_library->createRetro(retro, templateId).value();
    RetroDocument* doc = m_library->retroDocument(m_retroId);
    const auto columns = m_library->retros().columns(m_retroId).value();
    const qint64 a = doc->addCard(columns[0].id, QStringLiteral("Fast rollback")).value();
    const qint64 b = doc->addCard(columns[1].id, QStringLiteral("Alerts too noisy")).value();
    const qint64 c = doc->addCard(columns[1].id, QStringLiteral("Pager at 3 am")).value();
    doc->addCard(columns[2].id, QStringLiteral("Game day")).value();
    const qint64 g = doc->groupCards(b, {c}, QStringLiteral("On-call pain")).value();
    QVERIFY(doc->setVotes(QStringLiteral("Anna"), RetroItemRef::group(g), 3).ok());
    QVERIFY(doc->setVotes(QStringLiteral("Ben"), RetroItemRef::card(c), 1).ok());
    QVERIFY(doc->setVotes(QStringLiteral("Ben"), RetroItemRef::card(a), 2).ok());
    QVERIFY(doc->setNotes(RetroItemRef::group(g), QStringLiteral("Tune the thresholds")).ok());
    RetroAction action;
    action.title = QStringLiteral("Review alert thresholds");
    action.owner = QStringLiteral("Ben");
    action.dueDate = QDate(2026, 2, 7);
    QVERIFY(doc->addAction(action).ok());
    QVERIFY(doc->addToStory(RetroItemRef::card(a), RetroOutcomeKind::Lesson).ok());
    const QList<RetroReviewItem> review = doc->reviewItems();
    QCOMPARE(review.size(), 1);
    QVERIFY(doc->decideReview(review.first(), RetroReviewDecision::CarriedOver).ok());
}

void TestRetroSummary::markdownExact()
{
    auto summary = RetroSummary::build(m_library->retros(), m_retroId, &m_library->stories());
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    const QString expected = QStringLiteral("# Retrospective: Sprint 2\n"
                                            "\n"
                                            "- **Date:** 2026-01-24\n"
                                            "- **Team:** Payments\n"
                                            "- **Facilitator:** Chris\n"
                                            "- **Participants:** Anna, Ben\n"
                                            "- **Template:** Went well / To improve / Ideas\n"
                                            "- **Linked story:** Checkout outage\n"
                                            "\n"
                                            "## Top cards and groups\n"
                                            "\n"
                                            "1. **On-call pain** (To improve) — 4 dot(s)\n"
                                            "   - Alerts too noisy\n"
                                            "   - Pager at 3 am\n"
                                            "   - *Notes: Tune the thresholds*\n"
                                            "2. **Fast rollback** (Went well) — 2 dot(s)\n"
                                            "3. **Game day** (Ideas) — 0 dot(s)\n"
                                            "\n"
                                            "## Action items\n"
                                            "\n"
                                            "- [ ] Review alert thresholds — Ben, due 2026-02-07, Open\n"
                                            "- [ ] Fix the flaky test — Open\n"
                                            "\n"
                                            "## Added to the story “Checkout outage”\n"
                                            "\n"
                                            "### Lessons learned\n"
                                            "\n"
                                            "- Fast rollback\n"
                                            "\n"
                                            "## Earlier actions reviewed\n"
                                            "\n"
                                            "- Carried over: Fix the flaky test (Sprint 1)\n"
                                            "\n");
    QCOMPARE(summary->toMarkdown(), expected);
    const QString path = m_dir->filePath(QStringLiteral("summary.md"));
    QVERIFY(summary->writeMarkdown(path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), expected);
    QVERIFY(!summary->writeMarkdown(m_dir->filePath(QStringLiteral("missing/dir/summary.md"))).ok());
}

void TestRetroSummary::topCountAndOtherCards()
{
    auto summary = RetroSummary::build(m_library->retros(), m_retroId);
    QVERIFY(summary.ok());
    summary.value().topCount = 1;
    const QString md = summary->toMarkdown();
    const qsizetype top = md.indexOf(QStringLiteral("1. **On-call pain**"));
    const qsizetype other = md.indexOf(QStringLiteral("## Other cards"));
    const qsizetype rollback = md.indexOf(QStringLiteral("- Fast rollback (Went well) — 2 dot(s)"));
    const qsizetype gameDay = md.indexOf(QStringLiteral("- Game day (Ideas) — 0 dot(s)"));
    QVERIFY(top > 0);
    QVERIFY(other > top);
    QVERIFY(rollback > other);
    QVERIFY(gameDay > rollback);
    QVERIFY(!md.contains(QStringLiteral("Linked story"))); // no story store given: no title
}

void TestRetroSummary::textDocumentAndPdf()
{
    auto summary = RetroSummary::build(m_library->retros(), m_retroId, &m_library->stories());
    QVERIFY(summary.ok());
    const auto document = summary->toTextDocument();
    const QString text = document->toPlainText();
    QVERIFY(text.contains(QStringLiteral("Retrospective: Sprint 2")));
    QVERIFY(text.indexOf(QStringLiteral("On-call pain")) < text.indexOf(QStringLiteral("Fast rollback")));
    QVERIFY(text.contains(QStringLiteral("Review alert thresholds")));

    const QString pdf = m_dir->filePath(QStringLiteral("summary.pdf"));
    const Status written = summary->writePdf(pdf);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        QSKIP("pdftotext is not installed");
    }
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(30000));
    // NFKC undoes the ligatures ("ﬂ") of the extracted text.
    const QString extracted =
        QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
    QVERIFY2(extracted.contains(QStringLiteral("Retrospective: Sprint 2")), qPrintable(extracted));
    const qsizetype top = extracted.indexOf(QStringLiteral("On-call pain"));
    const qsizetype second = extracted.indexOf(QStringLiteral("Fast rollback"));
    QVERIFY(top >= 0 && second > top);
    QVERIFY(extracted.contains(QStringLiteral("Review alert thresholds")));
    QVERIFY2(extracted.contains(QStringLiteral("Carried over: Fix the flaky test")), qPrintable(extracted));
}

// Laying text out for the PDF needs fonts, hence a QGuiApplication (offscreen in CTest).
int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    TestRetroSummary test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "TestRetroSummary.moc"
