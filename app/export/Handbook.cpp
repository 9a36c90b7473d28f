#include "export/Handbook.h"

#include "export/PdfTextDocument.h"
#include "export/PeopleAnonymizer.h"
#include "export/StoryPdf.h"
#include "highlight/CodeHighlighterFactory.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QMutex>
#include <QSet>
#include <QTextCursor>
#include <QTextFrame>
#include <QTextTable>
#include <QThreadPool>
#include <QUrl>

#include <algorithm>
#include <atomic>

namespace {

QString colourKey(const QString& language, const QString& code)
{
    return language + QChar(0) + code;
}

const QColor HeadingColour(0x1f, 0x2a, 0x37);
const QColor MutedColour(0x55, 0x5f, 0x6b);
const QColor GoldColour(0xb0, 0x86, 0x1c);

QTextCharFormat chars(qreal points, bool bold = false, const QColor& colour = Qt::black)
{
    QTextCharFormat format;
    format.setFont(PdfTextDocument::bodyFont());
    format.setFontPointSize(points);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    format.setForeground(colour);
    return format;
}

void block(QTextCursor& cursor, const QTextBlockFormat& format, const QTextCharFormat& charFormat)
{
    cursor.movePosition(QTextCursor::End);
    if (cursor.block().length() == 1) {
        cursor.setBlockFormat(format);
        cursor.setBlockCharFormat(charFormat);
        cursor.setCharFormat(charFormat);
    } else {
        cursor.insertBlock(format, charFormat);
    }
}

QTextBlockFormat centred(qreal top, qreal bottom = 0)
{
    QTextBlockFormat format;
    format.setAlignment(Qt::AlignHCenter);
    format.setTopMargin(top);
    format.setBottomMargin(bottom);
    return format;
}

QTextBlockFormat chapterHeading(int level)
{
    QTextBlockFormat format;
    format.setHeadingLevel(level);
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    format.setBottomMargin(10);
    return format;
}

} // namespace

QDate HandbookSelection::storyDate(const StorySummary& story)
{
    return story.startedAt.isValid() ? story.startedAt.toUTC().date() : story.modifiedAt.toUTC().date();
}

QList<qint64> HandbookSelection::select(const QList<StorySummary>& stories) const
{
    QList<StorySummary> chosen;
    for (const StorySummary& story : stories) {
        if (publishedOnly && story.status != StoryStatus::Published) {
            continue;
        }
        if (!tags.isEmpty()) {
            const bool tagged = std::any_of(tags.cbegin(), tags.cend(), [&story](const QString& tag) {
                return story.tags.contains(tag.trimmed(), Qt::CaseInsensitive);
            });
            if (!tagged) {
                continue;
            }
        }
        const QDate date = storyDate(story);
        if ((from.isValid() && (!date.isValid() || date < from)) || (to.isValid() && (!date.isValid() || date > to))) {
            continue;
        }
        chosen << story;
    }
    std::stable_sort(chosen.begin(), chosen.end(), [](const StorySummary& a, const StorySummary& b) {
        const QDateTime da = a.startedAt.isValid() ? a.startedAt : a.modifiedAt;
        const QDateTime db = b.startedAt.isValid() ? b.startedAt : b.modifiedAt;
        if (da != db) {
            return da < db;
        }
        return a.id < b.id;
    });
    QList<qint64> ids;
    for (const StorySummary& story : chosen) {
        ids << story.id;
    }
    return ids;
}

Handbook::Handbook(QList<StoryBundle> stories, QList<CauseCategory> categories, Options options)
    : m_stories(std::move(stories))
    , m_categories(std::move(categories))
    , m_options(std::move(options))
{
    if (m_options.title.trimmed().isEmpty()) {
        m_options.title = defaultTitle();
    }
    if (m_options.year <= 0) {
        m_options.year = QDate::currentDate().year();
    }
}

Handbook::~Handbook() = default;

QString Handbook::hallOfFameTitle()
{
    //: The handbook page listing the awards given to stories
    return QCoreApplication::translate("Handbook", "Hall of fame");
}

QString Handbook::defaultTitle()
{
    return QCoreApplication::translate("Handbook", "Failure handbook");
}

int Handbook::pageCount() const
{
    return m_document ? m_document->pageCount() : 0;
}

PdfWriteOptions Handbook::pdfOptions() const
{
    PdfWriteOptions page = m_options.page;
    if (page.title.isEmpty()) {
        page.title = m_options.title;
    }
    if (page.author.isEmpty()) {
        page.author = m_options.organisation;
    }
    page.plainLeadingPages = 1;
    return page;
}

void Handbook::highlightAll(const Progress& progress, int& step, int steps, bool& cancelled)
{
    // One kate-syntax-highlighter run a block costs a process start: run several at once.
    QStringList keys;
    QList<StoryPdf::CodeBlock> blocks;
    QSet<QString> seen;
    for (const StoryBundle& bundle : m_stories) {
        for (const StoryPdf::CodeBlock& code : StoryPdf::codeBlocks(bundle)) {
            const QString key = colourKey(code.language, code.code);
            if (code.language.isEmpty() || seen.contains(key)) {
                continue;
            }
            seen.insert(key);
            keys << key;
            blocks << code;
        }
    }
    if (blocks.isEmpty()) {
        return;
    }
    QMutex mutex;
    std::atomic<qsizetype> next {0};
    std::atomic<bool> stop {false};
    QThreadPool pool;
    pool.setMaxThreadCount(qBound(2, QThread::idealThreadCount() * 2, 6));
    const int workers = int(qMin<qsizetype>(pool.maxThreadCount(), blocks.size()));
    for (int w = 0; w < workers; ++w) {
        pool.start([&] {
            auto highlighter = CodeHighlighterFactory::create();
            for (qsizetype i = next++; i < blocks.size() && !stop; i = next++) {
                const auto ranges =
                    highlighter->highlightNow(blocks.at(i).language, CodeHighlighter::Theme::Print, blocks.at(i).code);
                QMutexLocker lock(&mutex);
                m_colours.insert(keys.at(i), ranges);
            }
        });
    }
    while (!pool.waitForDone(50)) {
        if (progress && !progress(step, steps, QCoreApplication::translate("Handbook", "Colouring code…"))) {
            stop = true;
            cancelled = true;
        }
    }
    ++step;
}

Status Handbook::build(const Progress& progress)
{
    // Steps: colouring code, one a chapter, numbering the contents.
    const int steps = int(m_stories.size()) + 2;
    int step = 0;
    bool cancelled = false;
    highlightAll(progress, step, steps, cancelled);
    if (cancelled) {
        return Status::failure(PdfDocumentWriter::cancelledMessage());
    }
    m_document = StoryPdf::newDocument();
    QTextDocument& doc = *m_document;
    const PdfWriteOptions page = pdfOptions();
    // Page geometry first and all text in one edit block: the book is laid out once, not after
    // every insertion.
    PdfDocumentWriter::layOutForPdf(doc, page);
    QTextCursor cursor(&doc);
    cursor.beginEditBlock();

    // The cover.
    block(cursor, centred(240), chars(30, true, HeadingColour));
    cursor.insertText(m_options.title, chars(30, true, HeadingColour));
    if (!m_options.organisation.trimmed().isEmpty()) {
        block(cursor, centred(24), chars(16, false, MutedColour));
        cursor.insertText(m_options.organisation.trimmed(), chars(16, false, MutedColour));
    }
    block(cursor, centred(12), chars(16, false, MutedColour));
    cursor.insertText(QString::number(m_options.year), chars(16, false, MutedColour));
    if (!m_options.logo.isNull()) {
        const QUrl logoUrl(QStringLiteral("kintsugi-handbook://logo"));
        doc.addResource(QTextDocument::ImageResource, logoUrl, m_options.logo);
        block(cursor, centred(48), chars(10));
        QTextImageFormat image;
        image.setName(logoUrl.toString());
        // At most 6 cm wide and 4 cm high, in CSS pixels (the layout scales them to the page).
        const qreal maxWidth = 6 / 2.54 * 96;
        const qreal maxHeight = 4 / 2.54 * 96;
        const QSizeF size = QSizeF(m_options.logo.size()).scaled(QSizeF(maxWidth, maxHeight), Qt::KeepAspectRatio);
        image.setWidth(size.width());
        image.setHeight(size.height());
        cursor.insertImage(image);
    }
    block(cursor, centred(60), chars(10, false, MutedColour));
    cursor.insertText(QCoreApplication::translate("Handbook", "%n stories", nullptr, int(m_stories.size())),
                      chars(10, false, MutedColour));

    // The contents, numbered once the chapters are placed.
    block(cursor, chapterHeading(1), chars(20, true, HeadingColour));
    const int contentsPosition = cursor.position();
    //: Heading of the handbook's table of contents
    cursor.insertText(QCoreApplication::translate("Handbook", "Contents"), chars(20, true, HeadingColour));
    QList<QString> titles;
    QList<std::pair<Award, QString>> awards;
    for (const StoryBundle& original : m_stories) {
        // Titles and citations as the chapters show them (names replaced by roles when chosen).
        const StoryBundle bundle = m_options.anonymize ? PeopleAnonymizer::anonymize(original) : original;
        titles << bundle.story.displayTitle();
        for (const Award& award : bundle.awards) {
            awards << std::make_pair(award, bundle.story.displayTitle());
        }
    }
    if (!awards.isEmpty()) {
        titles << hallOfFameTitle();
    }
    QTextTable* toc = nullptr;
    if (!titles.isEmpty()) {
        block(cursor, QTextBlockFormat(), chars(10));
        QTextTableFormat format;
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setBorder(0);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
        format.setCellPadding(3);
        format.setCellSpacing(0);
        format.setColumnWidthConstraints(
            {QTextLength(QTextLength::PercentageLength, 88), QTextLength(QTextLength::PercentageLength, 12)});
        toc = cursor.insertTable(int(titles.size()), 2, format);
        for (int row = 0; row < titles.size(); ++row) {
            QTextCursor title = toc->cellAt(row, 0).firstCursorPosition();
            title.insertText(QStringLiteral("%1. ").arg(row + 1) + titles.at(row), chars(10.5));
            QTextCursor number = toc->cellAt(row, 1).firstCursorPosition();
            QTextBlockFormat right;
            right.setAlignment(Qt::AlignRight);
            number.setBlockFormat(right);
            number.insertText(QStringLiteral("000"), chars(10.5));
        }
        cursor.movePosition(QTextCursor::End);
    }

    // The chapters.
    QList<int> starts;
    StoryPdf::Options storyOptions;
    storyOptions.newPage = true;
    storyOptions.anonymize = m_options.anonymize;
    storyOptions.highlight = [this](const QString& language, const QString& code) {
        return m_colours.value(colourKey(language, code));
    };
    for (const StoryBundle& bundle : m_stories) {
        if (progress &&
            !progress(step,
                      steps,
                      QCoreApplication::translate("Handbook", "Laying out “%1”…").arg(titles.at(starts.size())))) {
            cursor.endEditBlock();
            return Status::failure(PdfDocumentWriter::cancelledMessage());
        }
        starts << StoryPdf::append(cursor, bundle, m_categories, storyOptions);
        ++step;
    }

    // The hall of fame.
    if (!awards.isEmpty()) {
        std::stable_sort(
            awards.begin(), awards.end(), [](const auto& a, const auto& b) { return a.first.year > b.first.year; });
        block(cursor, chapterHeading(1), chars(20, true, HeadingColour));
        starts << cursor.position();
        cursor.insertText(hallOfFameTitle(), chars(20, true, HeadingColour));
        QTextBlockFormat intro;
        intro.setBottomMargin(12);
        cursor.insertBlock(intro, chars(9.5, false, MutedColour));
        cursor.insertText(
            QCoreApplication::translate(
                "Handbook",
                "Stories the team learned the most from. We celebrate what a failure taught, not who failed."),
            chars(9.5, false, MutedColour));
        for (const auto& [award, story] : awards) {
            QTextBlockFormat head;
            head.setTopMargin(10);
            cursor.insertBlock(head, chars(12, true, GoldColour));
            //: A hall-of-fame entry: %1 the award, %2 its year
            cursor.insertText(QCoreApplication::translate("Handbook", "%1 · %2").arg(award.title).arg(award.year),
                              chars(12, true, GoldColour));
            cursor.insertBlock(QTextBlockFormat(), chars(10.5, true, HeadingColour));
            cursor.insertText(story, chars(10.5, true, HeadingColour));
            if (!award.citation.trimmed().isEmpty()) {
                cursor.insertBlock(QTextBlockFormat(), chars(9.5));
                cursor.insertText(award.citation.trimmed(), chars(9.5));
            }
        }
    }

    cursor.endEditBlock();

    // Number the contents: place the chapters, write their pages, and again until nothing moves
    // (the numbers have the width of the placeholders, so one pass almost always settles it).
    QList<int> pages;
    for (int pass = 0; pass < 4; ++pass) {
        PdfDocumentWriter::layOutForPdf(doc, page);
        QList<int> placed;
        for (int start : starts) {
            placed << PdfDocumentWriter::pageOf(doc, start);
        }
        if (placed == pages) {
            break;
        }
        pages = placed;
        QTextCursor edits(&doc);
        edits.beginEditBlock();
        for (int row = 0; toc && row < pages.size(); ++row) {
            QTextCursor number = toc->cellAt(row, 1).firstCursorPosition();
            number.setPosition(toc->cellAt(row, 1).lastCursorPosition().position(), QTextCursor::KeepAnchor);
            number.insertText(QString::number(pages.at(row) + 1), chars(10.5));
        }
        edits.endEditBlock();
    }
    m_chapterPages = pages;
    m_contentsPage = PdfDocumentWriter::pageOf(doc, contentsPosition);
    m_contents.clear();
    for (int i = 0; i < titles.size() && i < pages.size(); ++i) {
        m_contents << Entry {titles.at(i), pages.at(i) + 1};
    }
    ++step;
    if (progress && !progress(step, steps, QCoreApplication::translate("Handbook", "Writing pages…"))) {
        return Status::failure(PdfDocumentWriter::cancelledMessage());
    }
    return {};
}

Status Handbook::write(const QString& path, const Progress& progress)
{
    if (!m_document) {
        if (Status s = build(progress); !s) {
            return s;
        }
    }
    PdfWriteOptions page = pdfOptions();
    const QList<int> starts = m_chapterPages;
    QStringList headers;
    for (const Entry& entry : m_contents) {
        headers << entry.title;
    }
    const int contentsPage = m_contentsPage;
    const QString contentsTitle = QCoreApplication::translate("Handbook", "Contents");
    page.headerForPage = [starts, headers, contentsPage, contentsTitle](int index) {
        // A page that opens a chapter shows its big title already.
        if (index == contentsPage || starts.contains(index)) {
            return QString();
        }
        QString header = index >= contentsPage ? contentsTitle : QString();
        for (int i = 0; i < starts.size(); ++i) {
            if (starts.at(i) <= index) {
                header = headers.at(i);
            }
        }
        return header;
    };
    const int steps = int(m_stories.size()) + 2;
    return PdfDocumentWriter::writePdf(*m_document, path, page, [&](int done, int total) {
        if (!progress) {
            return true;
        }
        //: Progress of a handbook export: %1 pages written of %2
        return progress(
            steps, steps + 1, QCoreApplication::translate("Handbook", "Writing page %1 of %2…").arg(done).arg(total));
    });
}
