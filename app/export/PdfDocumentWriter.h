#pragma once

#include "util/Result.h"

#include <QPageSize>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QTextDocument;

// Metadata and page furniture of a PDF or printout made from a QTextDocument.
struct PdfWriteOptions
{
    QString title;   // PDF /Title and the running header
    QString author;  // PDF /Author
    QString subject; // optional
    QPageSize pageSize = PdfWriteOptions::defaultPageSize();
    bool runningHeader = true; // the title at the top of every page but the first
    bool pageNumbers = true;   // "Page X of Y" at the bottom of every page
    // Optional: the running header of a page (0-based), instead of the title (the handbook shows
    // the chapter's title). An empty text leaves that page without header.
    std::function<QString(int page)> headerForPage;
    // The first pages without header and footer (the handbook's cover). They still count.
    int plainLeadingPages = 0;

    // A4, or Letter where the locale's measurement system is US/imperial.
    static QPageSize defaultPageSize();
};

// Lays a QTextDocument out on pages (real text, vector drawing) with a running header and a
// "Page X of Y" footer, and writes it as a PDF or to a printer. Shared by the story PDF, the
// handbook and the retrospective summary.
namespace PdfDocumentWriter {

// Called after each page with (pages done, total pages); returning false cancels.
using Progress = std::function<bool(int done, int total)>;

// Writes `document` to the PDF file `path` atomically (a temporary file renamed into place: a
// cancelled or failed export leaves no half-written file). `document` is re-laid-out for the page.
Status
writePdf(QTextDocument& document, const QString& path, const PdfWriteOptions& options, const Progress& progress = {});

// Paints `document` page by page onto an already configured device (a QPrinter from the print
// dialog or print preview).
Status print(QTextDocument& document,
             QPagedPaintDevice& device,
             const PdfWriteOptions& options,
             const Progress& progress = {});

// Lays `document` out exactly as writePdf() will (page size, margins, font metrics of a PDF),
// so a caller can learn on which page a position lands (the handbook's table of contents).
void layOutForPdf(QTextDocument& document, const PdfWriteOptions& options);
// The 0-based page of a document position after layOutForPdf() (or print()).
int pageOf(QTextDocument& document, int position);

// The message of the Status returned when the progress callback cancelled.
QString cancelledMessage();

} // namespace PdfDocumentWriter
