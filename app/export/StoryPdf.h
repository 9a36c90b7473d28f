#pragma once

#include "export/PdfDocumentWriter.h"
#include "export/StoryBundle.h"
#include "highlight/CodeHighlighter.h"
#include "util/Result.h"

#include <functional>
#include <memory>

class QTextCursor;
class QTextDocument;

// One story as a designed document: title block with the metadata, the sections with Markdown
// rendered and code coloured, the timeline as a table, the cause tree as a vector diagram, lessons
// and the action items as a table. Used by File ▸ Print, Print Preview, Export PDF and the CLI.
namespace StoryPdf {

struct Options
{
    PdfWriteOptions page;   // title/author default to the story's title and authors when empty
    bool newPage = false;   // the title starts a new page (handbook chapters)
    bool anonymize = false; // every listed person's name replaced by their role (PeopleAnonymizer)
    // Colours a fenced code block (language as the fence names it). When empty, a highlighter
    // from CodeHighlighterFactory with the Print theme is used; the handbook passes colours it
    // computed ahead, in parallel.
    std::function<CodeHighlighter::Ranges(const QString& language, const QString& code)> highlight;
};

// A fenced code block of a story's text.
struct CodeBlock
{
    QString language;
    QString code;
};

// The fenced code blocks of the story's sections, in order.
QList<CodeBlock> codeBlocks(const StoryBundle& bundle);

// A new empty document set up for stories (fonts, inert resources, the cause diagram handler).
std::unique_ptr<QTextDocument> newDocument();
// Appends the story at the end of `cursor`'s document (made by newDocument()): the title as a
// level-1 heading, then everything else. `options.anonymize` is applied here. Returns the
// document position of the title (where the chapter starts).
int append(QTextCursor& cursor,
           const StoryBundle& bundle,
           const QList<CauseCategory>& categories,
           const Options& options);
// Markdown as rich text at the end of the document: no raw HTML, fenced code coloured.
void appendMarkdown(QTextCursor& cursor, const QString& markdown, const Options& options);

// The story laid out as a QTextDocument ready for PdfDocumentWriter (also for print preview).
std::unique_ptr<QTextDocument>
document(const StoryBundle& bundle, const QList<CauseCategory>& categories, const Options& options);

// Writes the story to a PDF file (atomically).
Status write(const StoryBundle& bundle,
             const QList<CauseCategory>& categories,
             const QString& path,
             const Options& options = {});

} // namespace StoryPdf
