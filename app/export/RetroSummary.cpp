#include "export/RetroSummary.h"

#include "domain/RetroDiscussion.h"
#include "domain/RetroVoting.h"
#include "export/PdfDocumentWriter.h"
#include "storage/RetroStore.h"
#include "storage/StoryStore.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSaveFile>
#include <QTextDocument>

namespace {

QString oneLine(const QString& text)
{
    return text.simplified();
}

QString dotsText(int votes)
{
    return QCoreApplication::translate("RetroSummary", "%n dot(s)", nullptr, votes);
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString outcomeHeading(RetroOutcomeKind kind)
{
    switch (kind) {
    case RetroOutcomeKind::ActionItem:
        return QCoreApplication::translate("RetroSummary", "Action items");
    case RetroOutcomeKind::Lesson:
        return QCoreApplication::translate("RetroSummary", "Lessons learned");
    case RetroOutcomeKind::Cause:
        return QCoreApplication::translate("RetroSummary", "Causes");
    }
    return {};
}

// "Anna, due 2026-12-01, Open"
QString actionDetails(const QString& owner, const QDate& due, ActionStatus status)
{
    QStringList parts;
    if (!owner.isEmpty()) {
        parts << owner;
    }
    if (due.isValid()) {
        //: %1 is a date
        parts << QCoreApplication::translate("RetroSummary", "due %1").arg(dateText(due));
    }
    parts << ActionRules::statusName(status);
    return parts.join(QStringLiteral(", "));
}

struct Meta
{
    QString label;
    QString value;
};

QList<Meta> metadata(const RetroSummary& s)
{
    QList<Meta> list;
    const Retro& r = s.retro;
    auto add = [&list](const QString& label, const QString& value) {
        if (!value.isEmpty()) {
            list << Meta {label, value};
        }
    };
    add(QCoreApplication::translate("RetroSummary", "Date"), dateText(r.heldOn));
    add(QCoreApplication::translate("RetroSummary", "Team"), r.team);
    add(QCoreApplication::translate("RetroSummary", "Facilitator"), r.facilitator);
    add(QCoreApplication::translate("RetroSummary", "Participants"), r.participants.join(QStringLiteral(", ")));
    add(QCoreApplication::translate("RetroSummary", "Template"), r.templateName);
    add(QCoreApplication::translate("RetroSummary", "Linked story"), s.storyTitle);
    return list;
}

} // namespace

Result<RetroSummary> RetroSummary::build(RetroStore& store, qint64 retroId, StoryStore* stories)
{
    using R = Result<RetroSummary>;
    RetroSummary s;
    auto retro = store.retro(retroId);
    if (!retro) {
        return R::failure(retro.error());
    }
    s.retro = retro.value();
    auto columns = store.columns(retroId);
    auto groups = store.groups(retroId);
    auto cards = store.cards(retroId);
    auto votes = store.votes(retroId);
    auto actions = store.actions(retroId);
    auto outcomes = store.outcomes(retroId);
    auto review = store.reviewItems(retroId);
    for (const QString& error : {columns.error(),
                                 groups.error(),
                                 cards.error(),
                                 votes.error(),
                                 actions.error(),
                                 outcomes.error(),
                                 review.error()}) {
        if (!error.isEmpty()) {
            return R::failure(error);
        }
    }
    s.columns = columns.value();
    const RetroVoting voting(s.retro.dotsPerParticipant, s.retro.maxDotsPerCard, 1, votes.value());
    s.items = RetroDiscussion::order(s.columns, groups.value(), cards.value(), voting.totals());
    s.actions = actions.value();
    s.outcomes = outcomes.value();
    for (const RetroReviewItem& item : review.value()) {
        if (item.decision != RetroReviewDecision::Undecided) {
            s.reviewed << item;
        }
    }
    if (stories && s.retro.storyId > 0) {
        if (auto story = stories->summary(s.retro.storyId)) {
            s.storyTitle = story->title;
        }
    }
    return s;
}

QString RetroSummary::toMarkdown() const
{
    QString md;
    //: %1 is the title of a retrospective
    md += QStringLiteral("# %1\n\n")
              .arg(QCoreApplication::translate("RetroSummary", "Retrospective: %1").arg(oneLine(retro.displayTitle())));
    for (const Meta& m : metadata(*this)) {
        md += QStringLiteral("- **%1:** %2\n").arg(m.label, oneLine(m.value));
    }
    md += QLatin1Char('\n');

    md += QStringLiteral("## %1\n\n").arg(QCoreApplication::translate("RetroSummary", "Top cards and groups"));
    const qsizetype top = qMin<qsizetype>(topCount, items.size());
    if (top == 0) {
        md += QCoreApplication::translate("RetroSummary", "No cards.") + QStringLiteral("\n\n");
    }
    for (qsizetype i = 0; i < top; ++i) {
        const RetroDiscussionItem& item = items[i];
        md += QStringLiteral("%1. **%2** (%3) — %4\n")
                  .arg(i + 1)
                  .arg(oneLine(item.text), oneLine(item.columnTitle), dotsText(item.votes));
        for (const QString& card : item.cards) {
            md += QStringLiteral("   - %1\n").arg(oneLine(card));
        }
        if (!item.notes.trimmed().isEmpty()) {
            //: %1 are the discussion notes of a card
            md += QStringLiteral("   - *%1*\n")
                      .arg(QCoreApplication::translate("RetroSummary", "Notes: %1").arg(oneLine(item.notes)));
        }
    }
    if (top > 0) {
        md += QLatin1Char('\n');
    }
    if (items.size() > top) {
        md += QStringLiteral("## %1\n\n").arg(QCoreApplication::translate("RetroSummary", "Other cards"));
        for (qsizetype i = top; i < items.size(); ++i) {
            const RetroDiscussionItem& item = items[i];
            md += QStringLiteral("- %1 (%2) — %3\n")
                      .arg(oneLine(item.text), oneLine(item.columnTitle), dotsText(item.votes));
        }
        md += QLatin1Char('\n');
    }

    md += QStringLiteral("## %1\n\n").arg(QCoreApplication::translate("RetroSummary", "Action items"));
    if (actions.isEmpty()) {
        md += QCoreApplication::translate("RetroSummary", "No action items.") + QStringLiteral("\n\n");
    } else {
        for (const RetroAction& a : actions) {
            md += QStringLiteral("- [%1] %2 — %3\n")
                      .arg(a.status == ActionStatus::Done ? QStringLiteral("x") : QStringLiteral(" "),
                           oneLine(a.title),
                           actionDetails(a.owner, a.dueDate, a.status));
        }
        md += QLatin1Char('\n');
    }

    if (!outcomes.isEmpty()) {
        //: %1 is the title of the linked story
        md += QStringLiteral("## %1\n\n")
                  .arg(QCoreApplication::translate("RetroSummary", "Added to the story “%1”").arg(oneLine(storyTitle)));
        for (RetroOutcomeKind kind :
             {RetroOutcomeKind::ActionItem, RetroOutcomeKind::Lesson, RetroOutcomeKind::Cause}) {
            QStringList lines;
            for (const RetroOutcome& o : outcomes) {
                if (o.kind == kind) {
                    lines << QStringLiteral("- %1\n").arg(oneLine(o.text));
                }
            }
            if (!lines.isEmpty()) {
                md +=
                    QStringLiteral("### %1\n\n").arg(outcomeHeading(kind)) + lines.join(QString()) + QLatin1Char('\n');
            }
        }
    }

    if (!reviewed.isEmpty()) {
        md += QStringLiteral("## %1\n\n").arg(QCoreApplication::translate("RetroSummary", "Earlier actions reviewed"));
        for (const RetroReviewItem& item : reviewed) {
            const QString decision = item.decision == RetroReviewDecision::Done
                                         ? QCoreApplication::translate("RetroSummary", "Done")
                                         : QCoreApplication::translate("RetroSummary", "Carried over");
            md += QStringLiteral("- %1: %2 (%3)\n").arg(decision, oneLine(item.title), oneLine(item.originTitle));
        }
        md += QLatin1Char('\n');
    }
    return md;
}

std::unique_ptr<QTextDocument> RetroSummary::toTextDocument() const
{
    auto e = [](const QString& text) { return oneLine(text).toHtmlEscaped(); };
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1>%1</h1>")
                .arg(e(QCoreApplication::translate("RetroSummary", "Retrospective: %1").arg(retro.displayTitle())));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const Meta& m : metadata(*this)) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(e(m.label), e(m.value));
    }
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2>%1</h2>").arg(e(QCoreApplication::translate("RetroSummary", "Top cards and groups")));
    const qsizetype top = qMin<qsizetype>(topCount, items.size());
    if (top == 0) {
        html += QStringLiteral("<p>%1</p>").arg(e(QCoreApplication::translate("RetroSummary", "No cards.")));
    } else {
        html += QStringLiteral("<ol>");
        for (qsizetype i = 0; i < top; ++i) {
            const RetroDiscussionItem& item = items[i];
            html += QStringLiteral("<li><b>%1</b> (%2) — %3")
                        .arg(e(item.text), e(item.columnTitle), e(dotsText(item.votes)));
            if (!item.cards.isEmpty() || !item.notes.trimmed().isEmpty()) {
                html += QStringLiteral("<ul>");
                for (const QString& card : item.cards) {
                    html += QStringLiteral("<li>%1</li>").arg(e(card));
                }
                if (!item.notes.trimmed().isEmpty()) {
                    html += QStringLiteral("<li><i>%1</i></li>")
                                .arg(e(QCoreApplication::translate("RetroSummary", "Notes: %1").arg(item.notes)));
                }
                html += QStringLiteral("</ul>");
            }
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ol>");
    }
    if (items.size() > top) {
        html += QStringLiteral("<h2>%1</h2><ul>").arg(e(QCoreApplication::translate("RetroSummary", "Other cards")));
        for (qsizetype i = top; i < items.size(); ++i) {
            html += QStringLiteral("<li>%1 (%2) — %3</li>")
                        .arg(e(items[i].text), e(items[i].columnTitle), e(dotsText(items[i].votes)));
        }
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<h2>%1</h2>").arg(e(QCoreApplication::translate("RetroSummary", "Action items")));
    if (actions.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(e(QCoreApplication::translate("RetroSummary", "No action items.")));
    } else {
        html += QStringLiteral("<ul>");
        for (const RetroAction& a : actions) {
            html += QStringLiteral("<li>%1 — %2</li>").arg(e(a.title), e(actionDetails(a.owner, a.dueDate, a.status)));
        }
        html += QStringLiteral("</ul>");
    }
    if (!outcomes.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>")
                    .arg(e(QCoreApplication::translate("RetroSummary", "Added to the story “%1”").arg(storyTitle)));
        for (RetroOutcomeKind kind :
             {RetroOutcomeKind::ActionItem, RetroOutcomeKind::Lesson, RetroOutcomeKind::Cause}) {
            QString list;
            for (const RetroOutcome& o : outcomes) {
                if (o.kind == kind) {
                    list += QStringLiteral("<li>%1</li>").arg(e(o.text));
                }
            }
            if (!list.isEmpty()) {
                html += QStringLiteral("<h3>%1</h3><ul>%2</ul>").arg(e(outcomeHeading(kind)), list);
            }
        }
    }
    if (!reviewed.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2><ul>")
                    .arg(e(QCoreApplication::translate("RetroSummary", "Earlier actions reviewed")));
        for (const RetroReviewItem& item : reviewed) {
            const QString decision = item.decision == RetroReviewDecision::Done
                                         ? QCoreApplication::translate("RetroSummary", "Done")
                                         : QCoreApplication::translate("RetroSummary", "Carried over");
            html += QStringLiteral("<li>%1: %2 (%3)</li>").arg(e(decision), e(item.title), e(item.originTitle));
        }
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("</body></html>");
    auto document = std::make_unique<QTextDocument>();
    document->setHtml(html);
    document->setMetaInformation(QTextDocument::DocumentTitle, retro.displayTitle());
    return document;
}

Status RetroSummary::writeMarkdown(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        //: %1 is a file path, %2 the system's reason
        return Status::failure(
            QCoreApplication::translate("RetroSummary", "“%1” cannot be written: %2").arg(path, file.errorString()));
    }
    file.write(toMarkdown().toUtf8());
    if (!file.commit()) {
        return Status::failure(
            QCoreApplication::translate("RetroSummary", "“%1” cannot be written: %2").arg(path, file.errorString()));
    }
    return {};
}

Status RetroSummary::writePdf(const QString& path) const
{
    auto document = toTextDocument();
    PdfWriteOptions options;
    options.title = QCoreApplication::translate("RetroSummary", "Retrospective: %1").arg(retro.displayTitle());
    options.author = retro.facilitator;
    options.subject = retro.team;
    return PdfDocumentWriter::writePdf(*document, path, options);
}
