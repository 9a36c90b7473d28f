#include "export/PdfDocumentWriter.h"

#include "export/PdfTextDocument.h"
#include "util/AppInfo.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextFrame>

// Qt's "CSS pixel" resolution, by which QTextDocumentLayout scales frame margins, paddings and
// borders to the paint device. Exported by QtGui (qfont.cpp), declared in a private header.
Q_GUI_EXPORT int qt_defaultDpiY();

namespace {

// The resolution PDFs are laid out at: fine enough for exact text placement, small numbers.
constexpr int PdfResolution = 600;

// Page furniture, in millimetres from the paper's edges (PDF) or the printable area (printer).
constexpr qreal SideMarginMm = 20;
constexpr qreal TopMarginMm = 22;    // the body starts below the running header
constexpr qreal BottomMarginMm = 20; // and ends above the footer
constexpr qreal HeaderMm = 10;       // the header's baseline from the top
constexpr qreal FooterMm = 10;       // the footer's baseline from the bottom
constexpr qreal PrinterSideMarginMm = 4;
constexpr qreal PrinterTopMarginMm = 12;
constexpr qreal PrinterBottomMarginMm = 12;
constexpr qreal PrinterHeaderMm = 4;
constexpr qreal PrinterFooterMm = 4;

const char* const MetricsDeviceName = "kintsugi-pdf-metrics";

struct Geometry
{
    qreal dpi = PdfResolution;
    QSizeF page;    // device pixels
    qreal side = 0; // device pixels
    qreal top = 0;
    qreal bottom = 0;
    qreal header = 0; // baseline of the header from the top
    qreal footer = 0; // baseline of the footer from the bottom
};

qreal mm(qreal millimetres, qreal dpi)
{
    return millimetres * dpi / 25.4;
}

Geometry pdfGeometry(const PdfWriteOptions& options)
{
    Geometry g;
    g.dpi = PdfResolution;
    g.page = options.pageSize.sizePixels(PdfResolution);
    g.side = mm(SideMarginMm, g.dpi);
    g.top = mm(TopMarginMm, g.dpi);
    g.bottom = mm(BottomMarginMm, g.dpi);
    g.header = mm(HeaderMm, g.dpi);
    g.footer = mm(FooterMm, g.dpi);
    return g;
}

Geometry deviceGeometry(QPagedPaintDevice& device)
{
    Geometry g;
    g.dpi = device.logicalDpiY();
    g.page = QSizeF(device.width(), device.height());
    g.side = mm(PrinterSideMarginMm, g.dpi);
    g.top = mm(PrinterTopMarginMm, g.dpi);
    g.bottom = mm(PrinterBottomMarginMm, g.dpi);
    g.header = mm(PrinterHeaderMm, g.dpi);
    g.footer = mm(PrinterFooterMm, g.dpi);
    return g;
}

void applyGeometry(QTextDocument& document, QPaintDevice* device, const Geometry& g)
{
    // Each change lays the whole document out again: change only what differs.
    if (document.documentLayout()->paintDevice() != device) {
        document.documentLayout()->setPaintDevice(device);
    }
    // The layout scales frame margins from CSS pixels to the device; give them in CSS pixels.
    const qreal toCss = qreal(qMax(1, qt_defaultDpiY())) / g.dpi;
    QTextFrameFormat format = document.rootFrame()->frameFormat();
    const QTextFrameFormat old = format;
    format.setLeftMargin(g.side * toCss);
    format.setRightMargin(g.side * toCss);
    format.setTopMargin(g.top * toCss);
    format.setBottomMargin(g.bottom * toCss);
    format.setPadding(0);
    format.setBorder(0);
    if (format != old) {
        document.rootFrame()->setFrameFormat(format);
    }
    if (document.pageSize() != g.page) {
        document.setPageSize(g.page);
    }
}

void paintFurniture(QPainter& painter, int page, int count, const Geometry& g, const PdfWriteOptions& options)
{
    if (page < options.plainLeadingPages) {
        return;
    }
    painter.save();
    QFont font = PdfTextDocument::bodyFont();
    font.setPointSizeF(8);
    painter.setFont(font);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const QFontMetricsF metrics(font, painter.device());
    const qreal width = g.page.width() - 2 * g.side;
    if (options.runningHeader && page > 0) {
        const QString header = options.headerForPage ? options.headerForPage(page) : options.title;
        if (!header.trimmed().isEmpty()) {
            const QString text = metrics.elidedText(header.simplified(), Qt::ElideRight, width);
            painter.drawText(QPointF(g.side, g.header), text);
            painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), g.dpi / 150.0));
            const qreal y = g.header + metrics.descent() + g.dpi / 40.0;
            painter.drawLine(QPointF(g.side, y), QPointF(g.page.width() - g.side, y));
            painter.setPen(QColor(0x55, 0x55, 0x55));
        }
    }
    if (options.pageNumbers) {
        //: The footer of every printed or PDF page
        const QString text = QCoreApplication::translate("PdfDocumentWriter", "Page %1 of %2").arg(page + 1).arg(count);
        const qreal textWidth = metrics.horizontalAdvance(text);
        painter.drawText(QPointF((g.page.width() - textWidth) / 2, g.page.height() - g.footer), text);
    }
    painter.restore();
}

void paintBody(QPainter& painter, QTextDocument& document, int page, const Geometry& g)
{
    const qreal pageHeight = document.pageSize().height();
    painter.save();
    painter.translate(0, -page * pageHeight);
    // Only the body of this page: a tall object that could not be split stays off the margins.
    const QRectF body(0,
                      page * pageHeight + g.top - g.dpi / 50.0,
                      g.page.width(),
                      g.page.height() - g.top - g.bottom + 2 * g.dpi / 50.0);
    painter.setClipRect(body);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = body;
    context.palette.setColor(QPalette::Text, Qt::black);
    document.documentLayout()->draw(&painter, context);
    painter.restore();
}

Status cancelled()
{
    return Status::failure(PdfDocumentWriter::cancelledMessage());
}

Status paintPages(QTextDocument& document,
                  QPagedPaintDevice& device,
                  const Geometry& g,
                  const PdfWriteOptions& options,
                  const PdfDocumentWriter::Progress& progress)
{
    const int count = document.pageCount();
    QPainter painter;
    if (!painter.begin(&device)) {
        return Status::failure(QCoreApplication::translate("PdfDocumentWriter", "Cannot start drawing the pages."));
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (int page = 0; page < count; ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return Status::failure(QCoreApplication::translate("PdfDocumentWriter", "Cannot start a new page."));
        }
        paintBody(painter, document, page, g);
        paintFurniture(painter, page, count, g, options);
        if (progress && !progress(page + 1, count)) {
            painter.end();
            return cancelled();
        }
    }
    painter.end();
    return {};
}

// A PDF text string: UTF-16BE with a byte order mark, as hex.
QByteArray pdfString(const QString& text)
{
    QByteArray bytes("\xFE\xFF", 2);
    for (QChar c : text) {
        bytes.append(char(c.unicode() >> 8));
        bytes.append(char(c.unicode() & 0xff));
    }
    return '<' + bytes.toHex().toUpper() + '>';
}

// QPdfWriter has no author. Appends a standard incremental update (PDF 1.7, 7.5.6): a new Info
// dictionary, a cross-reference section for it and a trailer pointing back (/Prev) at Qt's.
QByteArray withInfo(const QByteArray& pdf, const PdfWriteOptions& options)
{
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    if (startxref < 0 || trailerAt < 0 || trailerAt > startxref) {
        return pdf; // an unexpected shape: keep Qt's title and creator
    }
    const QByteArray trailer = pdf.mid(trailerAt, startxref - trailerAt);
    static const QRegularExpression rootPattern(QStringLiteral("/Root\\s+(\\d+)\\s+(\\d+)\\s+R"));
    static const QRegularExpression sizePattern(QStringLiteral("/Size\\s+(\\d+)"));
    static const QRegularExpression xrefPattern(QStringLiteral("startxref\\s+(\\d+)"));
    const QString trailerText = QString::fromLatin1(trailer);
    const auto root = rootPattern.match(trailerText);
    const auto size = sizePattern.match(trailerText);
    const auto xref = xrefPattern.match(QString::fromLatin1(pdf.mid(startxref, 64)));
    if (!root.hasMatch() || !size.hasMatch() || !xref.hasMatch()) {
        return pdf;
    }
    const qint64 object = size.captured(1).toLongLong();
    QByteArray out = pdf;
    if (!out.endsWith('\n')) {
        out.append('\n');
    }
    const qsizetype objectOffset = out.size();
    const QString date = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
    QByteArray info = QByteArray::number(object) + " 0 obj\n<<\n";
    info += "/Title " + pdfString(options.title) + '\n';
    if (!options.author.isEmpty()) {
        info += "/Author " + pdfString(options.author) + '\n';
    }
    if (!options.subject.isEmpty()) {
        info += "/Subject " + pdfString(options.subject) + '\n';
    }
    info += "/Creator " + pdfString(QStringLiteral("Kintsugi %1").arg(AppInfo::version())) + '\n';
    info += "/Producer " +
            pdfString(QStringLiteral("Kintsugi %1 (Qt %2)").arg(AppInfo::version(), QLatin1String(qVersion()))) + '\n';
    info += "/CreationDate (D:" + date.toLatin1() + "Z)\n/ModDate (D:" + date.toLatin1() + "Z)\n>>\nendobj\n";
    out += info;
    const qsizetype xrefOffset = out.size();
    out += "xref\n" + QByteArray::number(object) + " 1\n";
    out += QByteArray::number(objectOffset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<<\n/Size " + QByteArray::number(object + 1) + "\n/Root " + root.captured(1).toLatin1() + ' ' +
           root.captured(2).toLatin1() + " R\n/Info " + QByteArray::number(object) + " 0 R\n/Prev " +
           xref.captured(1).toLatin1() + "\n>>\nstartxref\n" + QByteArray::number(xrefOffset) + "\n%%EOF\n";
    return out;
}

} // namespace

QPageSize PdfWriteOptions::defaultPageSize()
{
    return QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize(QPageSize::Letter)
                                                                      : QPageSize(QPageSize::A4);
}

namespace PdfDocumentWriter {

QString cancelledMessage()
{
    return QCoreApplication::translate("PdfDocumentWriter", "The export was cancelled.");
}

void layOutForPdf(QTextDocument& document, const PdfWriteOptions& options)
{
    // The document keeps its own PDF device for the font metrics: a PDF written later at the
    // same resolution puts every line where this layout did.
    auto* metrics = document.findChild<QPdfWriter*>(QLatin1String(MetricsDeviceName));
    if (!metrics) {
        auto* sink = new QBuffer(&document);
        sink->open(QIODevice::WriteOnly);
        metrics = new QPdfWriter(sink);
        metrics->setParent(&document);
        metrics->setObjectName(QLatin1String(MetricsDeviceName));
        metrics->setResolution(PdfResolution);
    }
    metrics->setPageSize(options.pageSize);
    metrics->setPageMargins(QMarginsF(0, 0, 0, 0));
    applyGeometry(document, metrics, pdfGeometry(options));
}

int pageOf(QTextDocument& document, int position)
{
    const QTextBlock block = document.findBlock(position);
    if (!block.isValid() || document.pageSize().height() <= 0) {
        return 0;
    }
    const QRectF rect = document.documentLayout()->blockBoundingRect(block);
    qreal y = rect.top();
    // A block pushed to the next page starts at that page's top margin; its first line says where.
    if (block.layout() && block.layout()->lineCount() > 0) {
        y += block.layout()->lineAt(0).y();
    }
    return int(y / document.pageSize().height());
}

Status writePdf(QTextDocument& document, const QString& path, const PdfWriteOptions& options, const Progress& progress)
{
    layOutForPdf(document, options);
    const Geometry g = pdfGeometry(options);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(PdfResolution);
        writer.setPageSize(options.pageSize);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(options.title);
        writer.setCreator(QStringLiteral("Kintsugi %1").arg(AppInfo::version()));
        if (Status s = paintPages(document, writer, g, options, progress); !s) {
            return s;
        }
    }
    buffer.close();
    const QByteArray pdf = withInfo(buffer.data(), options);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        //: %1 is a file path, %2 the system's reason
        return Status::failure(
            QCoreApplication::translate("PdfDocumentWriter", "Cannot write “%1”: %2").arg(path, file.errorString()));
    }
    if (file.write(pdf) != pdf.size() || !file.commit()) {
        return Status::failure(
            QCoreApplication::translate("PdfDocumentWriter", "Cannot write “%1”: %2").arg(path, file.errorString()));
    }
    return {};
}

Status
print(QTextDocument& document, QPagedPaintDevice& device, const PdfWriteOptions& options, const Progress& progress)
{
    const Geometry g = deviceGeometry(device);
    applyGeometry(document, &device, g);
    Status status = paintPages(document, device, g, options, progress);
    // The device (a printer) may go away before the document: do not keep pointing at it.
    layOutForPdf(document, options);
    return status;
}

} // namespace PdfDocumentWriter
