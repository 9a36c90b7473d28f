#pragma once

#include "domain/CauseCategory.h"
#include "domain/StorySummary.h"
#include "export/PdfDocumentWriter.h"
#include "export/StoryBundle.h"
#include "highlight/CodeHighlighter.h"
#include "util/Result.h"

#include <QDate>
#include <QHash>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QTextDocument;

// Which stories go into a handbook, and in which order.
struct HandbookSelection
{
    bool publishedOnly = true; // else every status
    QStringList tags;          // any of them (case-insensitive); empty: every story
    QDate from;                // the story's start (or last change when not set); invalid: open
    QDate to;

    // The matching stories' ids, oldest first (by start, then last change, then id).
    QList<qint64> select(const QList<StorySummary>& stories) const;
    // The date a story is ordered and filtered by.
    static QDate storyDate(const StorySummary& story);
};

// The failure handbook: one PDF book with a cover (title, organisation, year, optional logo), a
// table of contents with page numbers, each story a chapter starting on a new page, and a hall of
// fame when any story has awards. Pure core (no widgets); the dialog and the CLI run it, the
// dialog on a worker thread with plain-value input (StoryBundle).
class Handbook
{
public:
    struct Options
    {
        QString title;
        QString organisation;
        int year = 0; // 0: this year
        QImage logo;  // optional, on the cover
        bool anonymize = false;
        PdfWriteOptions page; // the page size; title and author default to the handbook's
    };

    // (step, steps, what is happening); returning false cancels. Called on the calling thread.
    using Progress = std::function<bool(int step, int steps, const QString& what)>;

    // One table-of-contents entry: a chapter and the page (1-based) it starts on.
    struct Entry
    {
        QString title;
        int page = 0;
    };

    Handbook(QList<StoryBundle> stories, QList<CauseCategory> categories, Options options);
    ~Handbook();

    // Lays the book out (code coloured, chapters placed, contents numbered). Fails when cancelled.
    Status build(const Progress& progress = {});
    // Writes the built book (build() first, or it is built now). A cancelled or failed export
    // leaves no file.
    Status write(const QString& path, const Progress& progress = {});

    // After build(): the contents as printed (chapters, then the hall of fame when there is one).
    const QList<Entry>& contents() const { return m_contents; }
    QTextDocument* document() const { return m_document.get(); }
    int pageCount() const;

    // Title of the hall-of-fame page (also its contents entry).
    static QString hallOfFameTitle();
    // The default title when none is given.
    static QString defaultTitle();

private:
    void highlightAll(const Progress& progress, int& step, int steps, bool& cancelled);
    PdfWriteOptions pdfOptions() const;

    QList<StoryBundle> m_stories;
    QList<CauseCategory> m_categories;
    Options m_options;
    std::unique_ptr<QTextDocument> m_document;
    QList<Entry> m_contents;
    QList<int> m_chapterPages;                         // 0-based first page of each contents entry
    int m_contentsPage = 1;                            // 0-based first page of the contents
    QHash<QString, CodeHighlighter::Ranges> m_colours; // by language + code
};
