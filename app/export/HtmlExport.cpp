#include "export/HtmlExport.h"

#include "domain/ActionItem.h"
#include "domain/Lesson.h"
#include "domain/StoryRules.h"
#include "domain/TimelineRules.h"
#include "highlight/CodeHighlighter.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QHash>
#include <QLocale>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <QUrl>

namespace HtmlExport {

namespace {

const char* const Css =
    "body{font-family:'Noto Sans','DejaVu Sans',Arial,sans-serif;line-height:1.5;color:#1d1d1f;"
    "max-width:52em;margin:2em auto;padding:0 1em;background:#fff}"
    "h1{font-size:1.9em;margin-bottom:.2em}h2{border-bottom:2px solid #c9a227;padding-bottom:.1em;"
    "margin-top:1.8em}h3{margin-top:1.3em}"
    "dl.meta{display:grid;grid-template-columns:max-content auto;gap:.2em 1em;margin:1em 0}"
    "dl.meta dt{font-weight:bold;color:#555}dl.meta dd{margin:0}"
    "table{border-collapse:collapse;width:100%;margin:.5em 0}"
    "th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}"
    "th{background:#f3f0e6}"
    "pre{background:#f7f7f7;border:1px solid #ddd;padding:.6em;overflow-x:auto;white-space:pre-wrap}"
    "code{font-family:'Noto Sans Mono','DejaVu Sans Mono',monospace}"
    "blockquote{border-left:3px solid #ccc;margin-left:0;padding-left:1em;color:#444}"
    ".cause-type{font-size:.85em;color:#555}.evidence{font-size:.9em;color:#444}"
    ".awards{background:#fbf6e3;border:1px solid #e2cf8a;padding:.5em 1em;border-radius:4px}"
    "footer{margin-top:3em;font-size:.8em;color:#777}";

// Not text: C0/C1 controls (but tab and line ends), lone surrogates, non-characters.
bool isNoText(char32_t c)
{
    if (c == '\t' || c == '\n' || c == '\r') {
        return false;
    }
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0xd800 && c <= 0xdfff) || c == 0xfffe || c == 0xffff;
}

QString clean(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (isNoText(c.unicode())) {
            out += QChar(QChar::ReplacementCharacter);
        } else {
            out += c;
        }
    }
    return out;
}

QString escapeLines(const QString& text)
{
    QString escaped = escape(text);
    escaped.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    escaped.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    escaped.replace(QChar(QChar::LineSeparator), QLatin1Char('\n'));
    escaped.replace(QChar(QChar::ParagraphSeparator), QLatin1Char('\n'));
    return escaped.trimmed().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QString codeHtml(const QString& code, const QString& fence, CodeHighlighter* highlighter)
{
    CodeHighlighter::Ranges ranges;
    if (highlighter && !fence.isEmpty()) {
        // highlightNow() resolves the fence name itself, after waiting for the list of languages
        // (resolveLanguage() alone answers nothing while that list is still loading).
        ranges = highlighter->highlightNow(fence, CodeHighlighter::Theme::Print, code);
    }
    QString out = QStringLiteral("<pre><code>");
    qsizetype done = 0;
    for (const QTextLayout::FormatRange& range : std::as_const(ranges)) {
        const qsizetype start = qBound<qsizetype>(done, range.start, code.size());
        const qsizetype end = qBound<qsizetype>(start, qsizetype(range.start) + range.length, code.size());
        if (start > done) {
            out += escape(code.mid(done, start - done));
        }
        if (end <= start) {
            continue;
        }
        QStringList style;
        if (range.format.hasProperty(QTextFormat::ForegroundBrush)) {
            style << QStringLiteral("color:") + range.format.foreground().color().name();
        }
        if (range.format.hasProperty(QTextFormat::FontWeight) && range.format.fontWeight() >= QFont::Bold) {
            style << QStringLiteral("font-weight:bold");
        }
        if (range.format.hasProperty(QTextFormat::FontItalic) && range.format.fontItalic()) {
            style << QStringLiteral("font-style:italic");
        }
        const QString text = escape(code.mid(start, end - start));
        out += style.isEmpty() ? text
                               : QStringLiteral("<span style=\"%1\">%2</span>").arg(style.join(QLatin1Char(';')), text);
        done = end;
    }
    out += escape(code.mid(done));
    return out + QStringLiteral("</code></pre>\n");
}

QtMessageHandler s_previousHandler = nullptr;

// Without a QGuiApplication (kintsugi-cli) QTextDocument complains about fonts it does not need.
void dropFontWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QFont::"))) {
        return;
    }
    if (s_previousHandler) {
        s_previousHandler(type, context, message);
    }
}

QString inlineHtml(const QTextBlock& block, bool heading)
{
    QString out;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid()) {
            continue;
        }
        const QTextCharFormat format = fragment.charFormat();
        QString text;
        if (format.isImageFormat()) {
            // No images from a story: the page loads nothing. Its address stays readable.
            text = escape(QStringLiteral("[%1]").arg(format.toImageFormat().name()));
        } else {
            text = escape(fragment.text());
            text.replace(QChar(QChar::LineSeparator), QLatin1String("<br>"));
            text.replace(QChar(QChar::ObjectReplacementCharacter), QString());
        }
        if (format.fontFixedPitch() || format.fontFamilies().toStringList().contains(QLatin1String("monospace"))) {
            text = QStringLiteral("<code>") + text + QStringLiteral("</code>");
        }
        if (format.fontStrikeOut()) {
            text = QStringLiteral("<s>") + text + QStringLiteral("</s>");
        }
        if (format.fontItalic()) {
            text = QStringLiteral("<em>") + text + QStringLiteral("</em>");
        }
        // Headings are bold anyway; <strong> inside one would add nothing.
        if (!heading && format.fontWeight() >= QFont::Bold) {
            text = QStringLiteral("<strong>") + text + QStringLiteral("</strong>");
        }
        if (format.isAnchor()) {
            const QString href = safeHref(format.anchorHref());
            if (!href.isEmpty()) {
                text = QStringLiteral("<a href=\"%1\">%2</a>").arg(href, text);
            }
        }
        out += text;
    }
    return out;
}

void timeRow(QString& out, const QString& label, const QDateTime& time)
{
    if (time.isValid()) {
        out += QStringLiteral("<dt>%1</dt><dd>%2</dd>\n")
                   .arg(escape(label), escape(time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))));
    }
}

void metaRow(QString& out, const QString& label, const QString& value)
{
    if (!value.trimmed().isEmpty()) {
        out += QStringLiteral("<dt>%1</dt><dd>%2</dd>\n").arg(escape(label), escape(value));
    }
}

void causeList(QString& out, const StoryBundle& bundle, const QHash<qint64, QString>& categories, qint64 parentId)
{
    const QList<CauseNode> children = bundle.childCauses(parentId);
    if (children.isEmpty()) {
        return;
    }
    out += QStringLiteral("<ul class=\"causes\">\n");
    for (const CauseNode& node : children) {
        QString type = CauseNode::typeName(node.type);
        if (node.categoryId != 0 && categories.contains(node.categoryId)) {
            type += QStringLiteral(", ") + categories.value(node.categoryId);
        }
        out += QStringLiteral("<li>%1 <span class=\"cause-type\">(%2)</span>")
                   .arg(escapeLines(node.statement), escape(type));
        if (!node.evidence.trimmed().isEmpty()) {
            out += QStringLiteral("<div class=\"evidence\">%1 %2</div>")
                       .arg(escape(QCoreApplication::translate("HtmlExport", "Evidence:")), escapeLines(node.evidence));
        }
        out += QLatin1Char('\n');
        causeList(out, bundle, categories, node.id);
        out += QStringLiteral("</li>\n");
    }
    out += QStringLiteral("</ul>\n");
}

QString lessonList(const StoryBundle& bundle, LessonKind kind)
{
    QString out;
    for (const Lesson& lesson : bundle.lessons) {
        if (lesson.kind == kind) {
            out += QStringLiteral("<li>%1</li>\n").arg(escapeLines(lesson.text));
        }
    }
    return out.isEmpty() ? out : QStringLiteral("<ul class=\"lessons\">\n") + out + QStringLiteral("</ul>\n");
}

} // namespace

QString escape(const QString& text)
{
    QString out = clean(text).toHtmlEscaped();
    out.replace(QLatin1Char('\''), QLatin1String("&#39;"));
    return out;
}

QString safeHref(const QString& href)
{
    const QUrl url(clean(href).trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https") && scheme != QLatin1String("mailto"))) {
        return {};
    }
    if (scheme != QLatin1String("mailto") && url.host().isEmpty()) {
        return {};
    }
    return url.toString(QUrl::FullyEncoded).toHtmlEscaped();
}

QString markdownToHtml(const QString& markdown, CodeHighlighter* highlighter)
{
    QTextDocument document;
    const bool quiet = !qobject_cast<QGuiApplication*>(QCoreApplication::instance());
    if (quiet) {
        s_previousHandler = qInstallMessageHandler(dropFontWarnings);
    }
    // Raw HTML in the text stays text: QTextDocument would otherwise interpret it.
    document.setMarkdown(
        clean(markdown),
        QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
    if (quiet) {
        qInstallMessageHandler(s_previousHandler);
    }
    QString out;
    // Open lists, innermost last.
    QList<QTextList*> lists;
    auto closeListsTo = [&out, &lists](qsizetype depth) {
        while (lists.size() > depth) {
            const QTextListFormat::Style style = lists.last()->format().style();
            const bool ordered = style == QTextListFormat::ListDecimal || style == QTextListFormat::ListLowerAlpha ||
                                 style == QTextListFormat::ListUpperAlpha || style == QTextListFormat::ListLowerRoman ||
                                 style == QTextListFormat::ListUpperRoman;
            out += ordered ? QStringLiteral("</li></ol>\n") : QStringLiteral("</li></ul>\n");
            lists.removeLast();
        }
    };
    bool listItemOpen = false;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        if (format.hasProperty(QTextFormat::BlockCodeFence) || format.hasProperty(QTextFormat::BlockCodeLanguage)) {
            closeListsTo(0);
            listItemOpen = false;
            // A fenced block may come as several blocks (one a line): gather them.
            const QString language = format.stringProperty(QTextFormat::BlockCodeLanguage);
            QStringList lines {block.text()};
            while (block.next().isValid() &&
                   (block.next().blockFormat().hasProperty(QTextFormat::BlockCodeFence) ||
                    block.next().blockFormat().hasProperty(QTextFormat::BlockCodeLanguage)) &&
                   block.next().blockFormat().stringProperty(QTextFormat::BlockCodeLanguage) == language) {
                block = block.next();
                lines << block.text();
            }
            QString code = lines.join(QLatin1Char('\n'));
            code.replace(QChar(QChar::LineSeparator), QLatin1Char('\n'));
            out += codeHtml(code, language, highlighter);
            continue;
        }
        const QString content = inlineHtml(block, format.headingLevel() > 0);
        if (QTextList* list = block.textList()) {
            const qsizetype depth = qMax(1, format.indent() > 0 ? format.indent() : list->format().indent());
            // Close deeper lists, and a different list at the same depth.
            closeListsTo(qMin(lists.size(), depth));
            if (lists.size() == depth && lists.last() != list) {
                closeListsTo(depth - 1);
            }
            if (lists.size() == depth) {
                out += QStringLiteral("</li>\n<li>");
            }
            while (lists.size() < depth) {
                const QTextListFormat::Style style = list->format().style();
                const bool ordered =
                    style == QTextListFormat::ListDecimal || style == QTextListFormat::ListLowerAlpha ||
                    style == QTextListFormat::ListUpperAlpha || style == QTextListFormat::ListLowerRoman ||
                    style == QTextListFormat::ListUpperRoman;
                out += ordered ? QStringLiteral("<ol><li>") : QStringLiteral("<ul><li>");
                lists << list;
            }
            if (format.marker() == QTextBlockFormat::MarkerType::Checked) {
                out += QStringLiteral("&#9745; ");
            } else if (format.marker() == QTextBlockFormat::MarkerType::Unchecked) {
                out += QStringLiteral("&#9744; ");
            }
            out += content;
            listItemOpen = true;
            continue;
        }
        closeListsTo(0);
        listItemOpen = false;
        if (format.hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth)) {
            out += QStringLiteral("<hr>\n");
            continue;
        }
        if (content.trimmed().isEmpty()) {
            continue;
        }
        if (format.headingLevel() > 0) {
            const int level = qBound(3, format.headingLevel() + 2, 6);
            out += QStringLiteral("<h%1>%2</h%1>\n").arg(QString::number(level), content);
        } else if (format.intProperty(QTextFormat::BlockQuoteLevel) > 0) {
            out += QStringLiteral("<blockquote><p>%1</p></blockquote>\n").arg(content);
        } else {
            out += QStringLiteral("<p>%1</p>\n").arg(content);
        }
    }
    Q_UNUSED(listItemOpen);
    closeListsTo(0);
    return out;
}

QString story(const StoryBundle& bundle, const QList<CauseCategory>& categoryList, CodeHighlighter* highlighter)
{
    const Story& story = bundle.story;
    QHash<qint64, QString> categories;
    for (const CauseCategory& category : categoryList) {
        categories.insert(category.id, category.name);
    }
    const QString title = escape(story.displayTitle());
    QString out = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
                      .arg(escape(QLocale().bcp47Name()));
    // Even if something slipped through, the browser would run and load nothing.
    out += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                          "style-src 'unsafe-inline'\">\n");
    out += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out += QStringLiteral("<meta name=\"generator\" content=\"Kintsugi\">\n");
    out += QStringLiteral("<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n<article>\n<header>\n<h1>%1</h1>\n")
               .arg(title, QLatin1String(Css));

    out += QStringLiteral("<dl class=\"meta\">\n");
    metaRow(out, QCoreApplication::translate("HtmlExport", "Kind"), StoryRules::kindName(story.kind));
    metaRow(out, QCoreApplication::translate("HtmlExport", "Status"), StoryRules::statusName(story.status));
    if (story.severity > 0) {
        metaRow(out, QCoreApplication::translate("HtmlExport", "Severity"), StoryRules::severityName(story.severity));
    }
    timeRow(out, QCoreApplication::translate("HtmlExport", "Started"), story.startedAt);
    timeRow(out, QCoreApplication::translate("HtmlExport", "Detected"), story.detectedAt);
    timeRow(out, QCoreApplication::translate("HtmlExport", "Resolved"), story.resolvedAt);
    if (auto seconds = story.timeToDetect()) {
        metaRow(out, QCoreApplication::translate("HtmlExport", "Time to detect"), StoryRules::formatDuration(*seconds));
    }
    if (auto seconds = story.timeToResolve()) {
        metaRow(
            out, QCoreApplication::translate("HtmlExport", "Time to resolve"), StoryRules::formatDuration(*seconds));
    }
    metaRow(out, QCoreApplication::translate("HtmlExport", "Authors"), story.authors.join(QStringLiteral(", ")));
    metaRow(out, QCoreApplication::translate("HtmlExport", "Tags"), story.tags.join(QStringLiteral(", ")));
    out += QStringLiteral("</dl>\n");
    if (!bundle.awards.isEmpty()) {
        out += QStringLiteral("<div class=\"awards\">\n<ul>\n");
        for (const Award& award : bundle.awards) {
            out += QStringLiteral("<li><strong>%1 %2</strong>").arg(escape(award.title), QString::number(award.year));
            if (!award.citation.trimmed().isEmpty()) {
                out += QStringLiteral(": ") + escapeLines(award.citation);
            }
            out += QStringLiteral("</li>\n");
        }
        out += QStringLiteral("</ul>\n</div>\n");
    }
    out += QStringLiteral("</header>\n");

    auto openSection = [&out](const QString& id, const QString& heading) {
        out += QStringLiteral("<section id=\"%1\">\n<h2>%2</h2>\n").arg(id, escape(heading));
    };
    auto sectionText = [&out, &story, highlighter](Section s) { out += markdownToHtml(story.section(s), highlighter); };
    auto plainSection = [&](Section s) {
        openSection(StoryRules::sectionKey(s), StoryRules::sectionTitle(s));
        sectionText(s);
        out += QStringLiteral("</section>\n");
    };

    plainSection(Section::Summary);
    plainSection(Section::Impact);
    openSection(StoryRules::sectionKey(Section::RootCauses), StoryRules::sectionTitle(Section::RootCauses));
    sectionText(Section::RootCauses);
    causeList(out, bundle, categories, 0);
    out += QStringLiteral("</section>\n");
    plainSection(Section::Trigger);
    plainSection(Section::Resolution);
    plainSection(Section::Detection);

    openSection(QStringLiteral("action-items"), QCoreApplication::translate("HtmlExport", "Action items"));
    if (!bundle.actions.isEmpty()) {
        out += QStringLiteral("<table>\n<thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr></thead>"
                              "\n<tbody>\n")
                   .arg(escape(QCoreApplication::translate("HtmlExport", "Action")),
                        escape(QCoreApplication::translate("HtmlExport", "Owner")),
                        escape(QCoreApplication::translate("HtmlExport", "Due")),
                        escape(QCoreApplication::translate("HtmlExport", "Status")),
                        escape(QCoreApplication::translate("HtmlExport", "Priority")));
        for (const ActionItem& item : bundle.actions) {
            QString titleCell = escapeLines(item.title);
            const QString ticket = safeHref(item.ticketUrl);
            if (!ticket.isEmpty()) {
                titleCell += QStringLiteral(" (<a href=\"%1\">%2</a>)")
                                 .arg(ticket, escape(QCoreApplication::translate("HtmlExport", "ticket")));
            } else if (!item.ticketUrl.trimmed().isEmpty()) {
                titleCell += QStringLiteral(" (%1)").arg(escape(item.ticketUrl));
            }
            out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>\n")
                       .arg(titleCell,
                            escape(item.owner),
                            escape(item.dueDate.isValid() ? item.dueDate.toString(Qt::ISODate) : QString()),
                            escape(ActionRules::statusName(item.status)),
                            escape(ActionRules::priorityName(item.priority)));
        }
        out += QStringLiteral("</tbody>\n</table>\n");
    }
    out += QStringLiteral("</section>\n");

    openSection(QStringLiteral("lessons-learned"), QCoreApplication::translate("HtmlExport", "Lessons learned"));
    out += lessonList(bundle, LessonKind::Lesson);
    const std::pair<Section, LessonKind> parts[] = {{Section::WentWell, LessonKind::WentWell},
                                                    {Section::WentWrong, LessonKind::WentWrong},
                                                    {Section::GotLucky, LessonKind::GotLucky}};
    for (const auto& [section, kind] : parts) {
        out += QStringLiteral("<h3>%1</h3>\n").arg(escape(StoryRules::sectionTitle(section)));
        sectionText(section);
        out += lessonList(bundle, kind);
    }
    out += QStringLiteral("</section>\n");

    openSection(QStringLiteral("timeline"), QCoreApplication::translate("HtmlExport", "Timeline"));
    if (!bundle.timeline.isEmpty()) {
        out +=
            QStringLiteral("<table>\n<thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr></thead>\n<tbody>\n")
                .arg(escape(QCoreApplication::translate("HtmlExport", "Time (UTC)")),
                     escape(QCoreApplication::translate("HtmlExport", "Kind")),
                     escape(QCoreApplication::translate("HtmlExport", "Event")),
                     escape(QCoreApplication::translate("HtmlExport", "Actor")));
        for (const TimelineEvent& event : bundle.timeline) {
            const QDateTime utc = event.occurredAt.toUTC();
            const QString time =
                event.dateOnly ? utc.date().toString(Qt::ISODate) : utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                       .arg(escape(time),
                            escape(TimelineRules::kindName(event.kind)),
                            escapeLines(event.description),
                            escape(event.actor));
        }
        out += QStringLiteral("</tbody>\n</table>\n");
    }
    out += QStringLiteral("</section>\n");

    plainSection(Section::SupportingInfo);
    out += QStringLiteral("</article>\n<footer>%1</footer>\n</body>\n</html>\n")
               .arg(escape(QCoreApplication::translate("HtmlExport", "Exported from Kintsugi")));
    return out;
}

} // namespace HtmlExport
