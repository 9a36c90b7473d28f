#include "export/StoryPdf.h"

#include "domain/StoryRules.h"
#include "domain/TimelineRules.h"
#include "export/CauseDiagramTextObject.h"
#include "export/PdfTextDocument.h"
#include "export/PeopleAnonymizer.h"
#include "highlight/CodeHighlighterFactory.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

namespace {

using StoryPdf::CodeBlock;

const QColor HeadingColour(0x1f, 0x2a, 0x37);
const QColor MutedColour(0x55, 0x5f, 0x6b);
const QColor RuleColour(0xb8, 0xbe, 0xc6);
const QColor HeaderFill(0xec, 0xef, 0xf2);
const QColor CodeFill(0xf6, 0xf8, 0xfa);

QTextCharFormat textFormat()
{
    QTextCharFormat format;
    format.setFont(PdfTextDocument::bodyFont());
    format.setForeground(Qt::black);
    return format;
}

QTextBlockFormat paragraphFormat(qreal top = 0, qreal bottom = 4)
{
    QTextBlockFormat format;
    format.setTopMargin(top);
    format.setBottomMargin(bottom);
    return format;
}

// A new block at the end, or the empty block the cursor is in (after a table or frame).
void startBlock(QTextCursor& cursor, const QTextBlockFormat& block, const QTextCharFormat& chars)
{
    cursor.movePosition(QTextCursor::End);
    if (cursor.block().length() == 1 && !cursor.currentList()) {
        cursor.setBlockFormat(block);
        cursor.setBlockCharFormat(chars);
        cursor.setCharFormat(chars);
    } else {
        cursor.insertBlock(block, chars);
    }
}

void heading(QTextCursor& cursor, const QString& text, int level, bool newPage = false)
{
    QTextBlockFormat block = paragraphFormat(level == 1 ? 0 : 14, level == 1 ? 6 : 5);
    block.setHeadingLevel(level);
    if (newPage) {
        block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    }
    QTextCharFormat chars = textFormat();
    chars.setFontWeight(QFont::Bold);
    chars.setFontPointSize(level == 1 ? 20 : level == 2 ? 13 : 10.5);
    chars.setForeground(HeadingColour);
    startBlock(cursor, block, chars);
    cursor.insertText(text, chars);
}

void paragraph(QTextCursor& cursor, const QString& text, const QTextCharFormat& chars = textFormat())
{
    startBlock(cursor, paragraphFormat(), chars);
    cursor.insertText(text, chars);
}

QTextTableFormat tableFormat(bool borders)
{
    QTextTableFormat format;
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setCellSpacing(0);
    format.setCellPadding(4);
    format.setBorder(borders ? 0.75 : 0);
    format.setBorderBrush(RuleColour);
    format.setBorderStyle(borders ? QTextFrameFormat::BorderStyle_Solid : QTextFrameFormat::BorderStyle_None);
    format.setTopMargin(4);
    format.setBottomMargin(8);
    return format;
}

void setCell(QTextTable* table, int row, int column, const QString& text, const QTextCharFormat& chars)
{
    QTextCursor cell = table->cellAt(row, column).firstCursorPosition();
    cell.setBlockCharFormat(chars);
    cell.insertText(text, chars);
}

// A table with a header row that repeats on every page.
void insertTable(QTextCursor& cursor,
                 const QStringList& headers,
                 const QList<QStringList>& rows,
                 const QList<int>& percentages)
{
    startBlock(cursor, paragraphFormat(0, 0), textFormat());
    QTextTableFormat format = tableFormat(true);
    format.setHeaderRowCount(1);
    QList<QTextLength> widths;
    for (int p : percentages) {
        widths << QTextLength(QTextLength::PercentageLength, p);
    }
    format.setColumnWidthConstraints(widths);
    QTextTable* table = cursor.insertTable(int(rows.size()) + 1, int(headers.size()), format);
    QTextCharFormat head = textFormat();
    head.setFontWeight(QFont::Bold);
    head.setFontPointSize(8.5);
    QTextCharFormat body = textFormat();
    body.setFontPointSize(8.5);
    for (int c = 0; c < headers.size(); ++c) {
        setCell(table, 0, c, headers.at(c), head);
        QTextCharFormat cellFormat = table->cellAt(0, c).format();
        cellFormat.setBackground(HeaderFill);
        table->cellAt(0, c).setFormat(cellFormat);
    }
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < headers.size() && c < rows.at(r).size(); ++c) {
            setCell(table, r + 1, c, rows.at(r).at(c), body);
        }
    }
    cursor.movePosition(QTextCursor::End);
}

QString dateTimeText(const QDateTime& when)
{
    if (!when.isValid()) {
        return QStringLiteral("—");
    }
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

QString durationText(const std::optional<qint64>& seconds)
{
    return seconds ? StoryRules::formatDuration(*seconds) : QStringLiteral("—");
}

QString listText(const QStringList& items)
{
    return items.isEmpty() ? QStringLiteral("—") : items.join(QStringLiteral(", "));
}

int insertTitleBlock(QTextCursor& cursor, const Story& story, bool newPage)
{
    heading(cursor, story.displayTitle(), 1, newPage);
    const int titlePosition = cursor.block().position();
    QTextCharFormat muted = textFormat();
    muted.setForeground(MutedColour);
    QStringList subtitle {StoryRules::kindName(story.kind), StoryRules::statusName(story.status)};
    if (story.severity > 0) {
        subtitle.insert(1, StoryRules::severityName(story.severity));
    }
    paragraph(cursor, subtitle.join(QStringLiteral(" · ")), muted);

    const QList<std::pair<QString, QString>> fields = {
        {QCoreApplication::translate("StoryPdf", "Kind"), StoryRules::kindName(story.kind)},
        {QCoreApplication::translate("StoryPdf", "Severity"),
         story.severity > 0 ? StoryRules::severityName(story.severity) : QStringLiteral("—")},
        {QCoreApplication::translate("StoryPdf", "Status"), StoryRules::statusName(story.status)},
        {QCoreApplication::translate("StoryPdf", "Started"), dateTimeText(story.startedAt)},
        {QCoreApplication::translate("StoryPdf", "Detected"), dateTimeText(story.detectedAt)},
        {QCoreApplication::translate("StoryPdf", "Resolved"), dateTimeText(story.resolvedAt)},
        {QCoreApplication::translate("StoryPdf", "Time to detect"), durationText(story.timeToDetect())},
        {QCoreApplication::translate("StoryPdf", "Time to resolve"), durationText(story.timeToResolve())},
        {QCoreApplication::translate("StoryPdf", "Authors"), listText(story.authors)},
        {QCoreApplication::translate("StoryPdf", "Tags"), listText(story.tags)},
    };
    startBlock(cursor, paragraphFormat(0, 0), textFormat());
    // Two label/value pairs a row.
    const int rows = int(fields.size() + 1) / 2;
    QTextTableFormat format = tableFormat(false);
    format.setCellPadding(2);
    format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 16),
                                      QTextLength(QTextLength::PercentageLength, 34),
                                      QTextLength(QTextLength::PercentageLength, 16),
                                      QTextLength(QTextLength::PercentageLength, 34)});
    QTextTable* table = cursor.insertTable(rows, 4, format);
    QTextCharFormat label = textFormat();
    label.setFontWeight(QFont::Bold);
    label.setForeground(MutedColour);
    label.setFontPointSize(8.5);
    QTextCharFormat value = textFormat();
    value.setFontPointSize(8.5);
    for (int i = 0; i < fields.size(); ++i) {
        const int row = i % rows;
        const int column = (i / rows) * 2;
        setCell(table, row, column, fields.at(i).first, label);
        setCell(table, row, column + 1, fields.at(i).second, value);
    }
    cursor.movePosition(QTextCursor::End);
    return titlePosition;
}

QList<CodeBlock> splitFences(const QString& markdown, QStringList* textParts, QList<int>* order)
{
    // order: for each segment, -1-n for text part n, n for code block n.
    static const QRegularExpression fence(QStringLiteral("^ {0,3}(`{3,}|~{3,})\\s*([^`\\s]*)"));
    QList<CodeBlock> blocks;
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    QStringList text;
    QStringList code;
    QString marker;
    QString language;
    auto flushText = [&] {
        if (!text.isEmpty() && textParts && order) {
            const QString joined = text.join(QLatin1Char('\n'));
            if (!joined.trimmed().isEmpty()) {
                *order << -1 - int(textParts->size());
                *textParts << joined;
            }
        }
        text.clear();
    };
    for (const QString& line : lines) {
        if (marker.isEmpty()) {
            const auto match = fence.match(line);
            if (match.hasMatch()) {
                flushText();
                marker = match.captured(1);
                language = match.captured(2);
                code.clear();
            } else {
                text << line;
            }
            continue;
        }
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(marker) && trimmed.count(marker.at(0)) == trimmed.size()) {
            if (order) {
                *order << int(blocks.size());
            }
            blocks << CodeBlock {language, code.join(QLatin1Char('\n'))};
            marker.clear();
            continue;
        }
        code << line;
    }
    if (!marker.isEmpty()) { // an unclosed fence runs to the end, as in CommonMark
        if (order) {
            *order << int(blocks.size());
        }
        blocks << CodeBlock {language, code.join(QLatin1Char('\n'))};
    }
    flushText();
    return blocks;
}

void insertCode(QTextCursor& cursor, const CodeBlock& block, const CodeHighlighter::Ranges& ranges)
{
    startBlock(cursor, paragraphFormat(0, 0), textFormat());
    QTextFrameFormat frame;
    frame.setBackground(CodeFill);
    frame.setBorder(0.75);
    frame.setBorderBrush(RuleColour);
    frame.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    frame.setPadding(6);
    frame.setTopMargin(2);
    frame.setBottomMargin(8);
    cursor.insertFrame(frame);
    QTextBlockFormat lines;
    lines.setNonBreakableLines(true);
    cursor.setBlockFormat(lines);
    QTextCharFormat plain;
    plain.setFont(PdfTextDocument::codeFont());
    plain.setForeground(QColor(0x1f, 0x1f, 0x1f));
    cursor.setBlockCharFormat(plain);
    const QString& text = block.code;
    QList<QTextLayout::FormatRange> sorted = ranges;
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
    int position = 0;
    for (const auto& range : sorted) {
        const int start = qBound(position, range.start, int(text.size()));
        const int end = qBound(start, range.start + range.length, int(text.size()));
        if (start > position) {
            cursor.insertText(text.mid(position, start - position), plain);
        }
        if (end > start) {
            QTextCharFormat format = plain;
            format.merge(range.format);
            // The theme's font choices must not replace the code font's family or size.
            format.setFontFamilies(plain.fontFamilies().toStringList());
            format.setFontPointSize(plain.fontPointSize());
            cursor.insertText(text.mid(start, end - start), format);
        }
        position = end;
    }
    if (position < text.size()) {
        cursor.insertText(text.mid(position), plain);
    }
    cursor.movePosition(QTextCursor::End);
}

// Links that could run something or reach local files lose their link (their text stays).
void disarmLinks(QTextDocument& document, int from)
{
    for (QTextBlock block = document.findBlock(from); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (!format.isAnchor() || format.anchorHref().isEmpty()) {
                continue;
            }
            const QString scheme = QUrl(format.anchorHref()).scheme().toLower();
            if (scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
                scheme == QLatin1String("mailto")) {
                continue;
            }
            QTextCursor cursor(&document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            QTextCharFormat safe = format;
            safe.setAnchor(false);
            safe.setAnchorHref(QString());
            cursor.setCharFormat(safe);
        }
    }
}

void insertTimeline(QTextCursor& cursor, const QList<TimelineEvent>& events)
{
    heading(cursor, QCoreApplication::translate("StoryPdf", "Timeline"), 2);
    QList<QStringList> rows;
    for (const TimelineEvent& event : events) {
        const QString when =
            event.dateOnly ? event.occurredAt.toUTC().date().toString(Qt::ISODate) : dateTimeText(event.occurredAt);
        rows << QStringList {when, TimelineRules::kindName(event.kind), event.description, event.actor};
    }
    insertTable(cursor,
                {QCoreApplication::translate("StoryPdf", "When"),
                 QCoreApplication::translate("StoryPdf", "Kind"),
                 QCoreApplication::translate("StoryPdf", "What happened"),
                 QCoreApplication::translate("StoryPdf", "Who")},
                rows,
                {21, 16, 47, 16});
}

void insertCauses(QTextCursor& cursor, const StoryBundle& bundle, const QList<CauseCategory>& categories)
{
    heading(cursor, QCoreApplication::translate("StoryPdf", "Cause tree"), 2);
    // One diagram a problem: a wide forest would shrink below reading size on one line.
    QHash<qint64, bool> known;
    for (const CauseNode& node : bundle.causes) {
        known.insert(node.id, true);
    }
    QList<CauseNode> tops;
    for (const CauseNode& node : bundle.causes) {
        if (node.parentId == 0 || !known.contains(node.parentId)) {
            tops << node;
        }
    }
    std::stable_sort(
        tops.begin(), tops.end(), [](const CauseNode& a, const CauseNode& b) { return a.position < b.position; });
    for (const CauseNode& top : tops) {
        QList<CauseNode> tree {top};
        for (qsizetype i = 0; i < tree.size(); ++i) {
            const qint64 id = tree.at(i).id;
            for (const CauseNode& node : bundle.causes) {
                if (node.parentId == id && node.id != top.id) {
                    tree << node;
                }
            }
        }
        QTextBlockFormat block = paragraphFormat(4, 8);
        block.setAlignment(Qt::AlignHCenter);
        startBlock(cursor, block, textFormat());
        CauseDiagramTextObject::insert(cursor, tree, categories);
    }
}

void insertLessons(QTextCursor& cursor, const QList<Lesson>& lessons)
{
    heading(cursor, QCoreApplication::translate("StoryPdf", "Lessons learned"), 2);
    for (LessonKind kind : LessonRules::allKinds()) {
        QStringList items;
        for (const Lesson& lesson : lessons) {
            if (lesson.kind == kind && !lesson.text.trimmed().isEmpty()) {
                items << lesson.text.trimmed();
            }
        }
        if (items.isEmpty()) {
            continue;
        }
        heading(cursor, LessonRules::kindName(kind), 3);
        startBlock(cursor, paragraphFormat(0, 2), textFormat());
        QTextListFormat list;
        list.setStyle(QTextListFormat::ListDisc);
        list.setIndent(1);
        cursor.insertList(list);
        for (int i = 0; i < items.size(); ++i) {
            if (i > 0) {
                cursor.insertBlock();
            }
            cursor.insertText(items.at(i), textFormat());
        }
        cursor.insertBlock(paragraphFormat(), textFormat());
    }
}

void insertActions(QTextCursor& cursor, const QList<ActionItem>& actions)
{
    heading(cursor, QCoreApplication::translate("StoryPdf", "Action items"), 2);
    QList<QStringList> rows;
    for (const ActionItem& action : actions) {
        rows << QStringList {action.title,
                             action.owner,
                             action.dueDate.isValid() ? action.dueDate.toString(Qt::ISODate) : QStringLiteral("—"),
                             ActionRules::priorityName(action.priority),
                             ActionRules::statusName(action.status),
                             ActionRules::typeName(action.type)};
    }
    insertTable(cursor,
                {QCoreApplication::translate("StoryPdf", "Action"),
                 QCoreApplication::translate("StoryPdf", "Owner"),
                 QCoreApplication::translate("StoryPdf", "Due"),
                 QCoreApplication::translate("StoryPdf", "Priority"),
                 QCoreApplication::translate("StoryPdf", "Status"),
                 QCoreApplication::translate("StoryPdf", "Type")},
                rows,
                {38, 16, 12, 10, 12, 12});
}

void insertPeople(QTextCursor& cursor, const QList<Person>& people, bool anonymized)
{
    heading(cursor, QCoreApplication::translate("StoryPdf", "People involved"), 2);
    if (anonymized) {
        QStringList roles;
        for (const Person& person : people) {
            if (!person.role.trimmed().isEmpty() && !roles.contains(person.role.trimmed())) {
                roles << person.role.trimmed();
            }
        }
        //: Anonymized export: the roles of the people involved, instead of their names
        paragraph(cursor, QCoreApplication::translate("StoryPdf", "Roles: %1").arg(listText(roles)));
        return;
    }
    QList<QStringList> rows;
    for (const Person& person : people) {
        rows << QStringList {person.name, person.role};
    }
    insertTable(cursor,
                {QCoreApplication::translate("StoryPdf", "Name"), QCoreApplication::translate("StoryPdf", "Role")},
                rows,
                {40, 60});
}

} // namespace

namespace StoryPdf {

QList<CodeBlock> codeBlocks(const StoryBundle& bundle)
{
    QList<CodeBlock> blocks;
    for (const QString& section : bundle.story.sections) {
        blocks << splitFences(section, nullptr, nullptr);
    }
    return blocks;
}

std::unique_ptr<QTextDocument> newDocument()
{
    auto document = std::make_unique<PdfTextDocument>();
    CauseDiagramTextObject::registerOn(*document);
    return document;
}

void appendMarkdown(QTextCursor& cursor, const QString& markdown, const Options& options)
{
    QStringList texts;
    QList<int> order;
    const QList<CodeBlock> blocks = splitFences(markdown, &texts, &order);
    std::unique_ptr<CodeHighlighter> own;
    for (int item : order) {
        if (item < 0) {
            const QString& text = texts.at(-1 - item);
            const int from = cursor.document()->characterCount() - 1;
            startBlock(cursor, paragraphFormat(), textFormat());
            // No raw HTML: story text can hold markup, which must print as typed and run nothing.
            cursor.insertFragment(QTextDocumentFragment::fromMarkdown(
                text,
                QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub) | QTextDocument::MarkdownNoHTML));
            disarmLinks(*cursor.document(), from);
            cursor.movePosition(QTextCursor::End);
            continue;
        }
        const CodeBlock& block = blocks.at(item);
        CodeHighlighter::Ranges ranges;
        if (options.highlight) {
            ranges = options.highlight(block.language, block.code);
        } else if (!block.language.isEmpty()) {
            if (!own) {
                own = CodeHighlighterFactory::create();
            }
            ranges = own->highlightNow(block.language, CodeHighlighter::Theme::Print, block.code);
        }
        insertCode(cursor, block, ranges);
    }
}

int append(QTextCursor& cursor,
           const StoryBundle& original,
           const QList<CauseCategory>& categories,
           const Options& options)
{
    const StoryBundle bundle = options.anonymize ? PeopleAnonymizer::anonymize(original) : original;
    // One edit block: the layout runs once at the end instead of after every cell.
    cursor.beginEditBlock();
    cursor.movePosition(QTextCursor::End);
    const int titlePosition = insertTitleBlock(cursor, bundle.story, options.newPage);
    for (int i = 0; i < SectionCount; ++i) {
        const auto section = static_cast<Section>(i);
        const QString text = bundle.story.section(section);
        if (text.trimmed().isEmpty()) {
            continue;
        }
        heading(cursor, StoryRules::sectionTitle(section), 2);
        appendMarkdown(cursor, text, options);
    }
    if (!bundle.timeline.isEmpty()) {
        insertTimeline(cursor, bundle.timeline);
    }
    if (!bundle.causes.isEmpty()) {
        insertCauses(cursor, bundle, categories);
    }
    if (!bundle.lessons.isEmpty()) {
        insertLessons(cursor, bundle.lessons);
    }
    if (!bundle.actions.isEmpty()) {
        insertActions(cursor, bundle.actions);
    }
    if (!bundle.people.isEmpty()) {
        insertPeople(cursor, bundle.people, options.anonymize);
    }
    cursor.endEditBlock();
    return titlePosition;
}

std::unique_ptr<QTextDocument>
document(const StoryBundle& bundle, const QList<CauseCategory>& categories, const Options& options)
{
    auto document = newDocument();
    // Laid out for the PDF page from the start (printing lays it out again for the printer).
    PdfWriteOptions page = options.page;
    PdfDocumentWriter::layOutForPdf(*document, page);
    QTextCursor cursor(document.get());
    append(cursor, bundle, categories, options);
    return document;
}

Status
write(const StoryBundle& bundle, const QList<CauseCategory>& categories, const QString& path, const Options& options)
{
    auto doc = document(bundle, categories, options);
    PdfWriteOptions page = options.page;
    const StoryBundle shown = options.anonymize ? PeopleAnonymizer::anonymize(bundle) : bundle;
    if (page.title.isEmpty()) {
        page.title = shown.story.displayTitle();
    }
    if (page.author.isEmpty()) {
        page.author = shown.story.authors.join(QStringLiteral(", "));
    }
    return PdfDocumentWriter::writePdf(*doc, path, page);
}

} // namespace StoryPdf
