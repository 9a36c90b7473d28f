#include "export/PrintActions.h"

#include "MainWindow.h"
#include "MessageBox.h"
#include "document/Library.h"
#include "export/ExportFiles.h"
#include "export/HandbookDialog.h"
#include "export/PdfDocumentWriter.h"
#include "export/StoryBundle.h"
#include "export/StoryPdf.h"
#include "library/LibraryPane.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QPageSetupDialog>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextDocument>

std::optional<QString> PrintActions::s_nextPath;

namespace {
constexpr int StatusMessageMs = 8000;
} // namespace

PrintActions::PrintActions(MainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
    , m_print(new QAction(tr("&Print…"), this))
    , m_preview(new QAction(tr("Print Pre&view…"), this))
    , m_pageSetup(new QAction(tr("Page Set&up…"), this))
    , m_pdf(new QAction(tr("Export P&DF…"), this))
    , m_handbook(new QAction(tr("Export &Handbook…"), this))
{
    setObjectName(QStringLiteral("printActions"));
    m_printer->setPageSize(PdfWriteOptions::defaultPageSize());
    m_print->setObjectName(QStringLiteral("printAction"));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setStatusTip(tr("Print the open story"));
    m_preview->setObjectName(QStringLiteral("printPreviewAction"));
    m_preview->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
    m_preview->setStatusTip(tr("See the open story's pages before printing"));
    m_pageSetup->setObjectName(QStringLiteral("pageSetupAction"));
    m_pageSetup->setStatusTip(tr("Choose the paper size for printing and PDF"));
    m_pdf->setObjectName(QStringLiteral("exportPdfAction"));
    m_pdf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_pdf->setStatusTip(tr("Save the open story as a PDF document"));
    m_handbook->setObjectName(QStringLiteral("exportHandbookAction"));
    m_handbook->setStatusTip(tr("Compile chosen stories into one PDF book"));
    connect(m_print, &QAction::triggered, this, &PrintActions::print);
    connect(m_preview, &QAction::triggered, this, &PrintActions::preview);
    connect(m_pageSetup, &QAction::triggered, this, &PrintActions::pageSetup);
    connect(m_pdf, &QAction::triggered, this, &PrintActions::exportPdf);
    connect(m_handbook, &QAction::triggered, this, &PrintActions::exportHandbook);
    connect(window->libraryPane(), &LibraryPane::currentStoryChanged, this, &PrintActions::updateActions);
}

PrintActions::~PrintActions() = default;

void PrintActions::setNextPathForTests(std::optional<QString> path)
{
    s_nextPath = std::move(path);
}

void PrintActions::addTo(QMenu* fileMenu)
{
    fileMenu->addAction(m_print);
    fileMenu->addAction(m_preview);
    fileMenu->addAction(m_pageSetup);
    fileMenu->addAction(m_pdf);
    fileMenu->addAction(m_handbook);
    connect(fileMenu, &QMenu::aboutToShow, this, &PrintActions::updateActions);
    updateActions();
}

qint64 PrintActions::currentStoryId() const
{
    return m_window->library() ? m_window->libraryPane()->currentStoryId() : 0;
}

void PrintActions::updateActions()
{
    const bool hasStory = currentStoryId() != 0;
    m_print->setEnabled(hasStory);
    m_preview->setEnabled(hasStory);
    m_pdf->setEnabled(hasStory);
    m_handbook->setEnabled(m_window->library() != nullptr);
}

void PrintActions::report(const QString& message)
{
    m_lastMessage = message;
    m_window->statusBar()->showMessage(message, StatusMessageMs);
}

std::unique_ptr<QTextDocument> PrintActions::storyDocument(QString* title, QString* authors)
{
    Library* library = m_window->library();
    const qint64 id = currentStoryId();
    if (!library || id == 0) {
        return nullptr;
    }
    auto bundle = StoryBundles::load(*library, id);
    auto categories = StoryBundles::categories(*library);
    if (!bundle || !categories) {
        MessageBox::warning(m_window, tr("Print"), bundle ? categories.error() : bundle.error());
        return nullptr;
    }
    *title = bundle->story.displayTitle();
    *authors = bundle->story.authors.join(QStringLiteral(", "));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto document = StoryPdf::document(bundle.value(), categories.value(), {});
    QApplication::restoreOverrideCursor();
    return document;
}

void PrintActions::print()
{
    if (currentStoryId() == 0) {
        return;
    }
    QPrintDialog dialog(m_printer.get(), m_window);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    printDocumentTo(*m_printer);
}

bool PrintActions::printDocumentTo(QPrinter& printer)
{
    QString title;
    QString authors;
    auto document = storyDocument(&title, &authors);
    if (!document) {
        return false;
    }
    PdfWriteOptions options;
    options.title = title;
    options.author = authors;
    if (Status s = PdfDocumentWriter::print(*document, printer, options); !s) {
        MessageBox::warning(m_window, tr("Print"), s.error());
        return false;
    }
    report(tr("Sent “%1” to the printer.").arg(title));
    return true;
}

void PrintActions::preview()
{
    QString title;
    QString authors;
    auto document = storyDocument(&title, &authors);
    if (!document) {
        return;
    }
    QPrintPreviewDialog dialog(m_printer.get(), m_window);
    dialog.setObjectName(QStringLiteral("printPreviewDialog"));
    dialog.setWindowTitle(tr("Print Preview — %1").arg(title));
    PdfWriteOptions options;
    options.title = title;
    options.author = authors;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter* printer) {
        if (Status s = PdfDocumentWriter::print(*document, *printer, options); !s) {
            report(s.error());
        }
    });
    dialog.exec();
}

void PrintActions::pageSetup()
{
    QPageSetupDialog dialog(m_printer.get(), m_window);
    dialog.exec();
}

void PrintActions::exportPdf()
{
    Library* library = m_window->library();
    const qint64 id = currentStoryId();
    if (!library || id == 0) {
        return;
    }
    QString path;
    if (s_nextPath) {
        path = *s_nextPath;
        s_nextPath.reset();
    } else {
        QString suggested = QStringLiteral("story.pdf");
        if (auto story = StoryBundles::load(*library, id)) {
            suggested = ExportFiles::fileName(story->story, QStringLiteral("pdf"));
        }
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(
            m_window, tr("Export Story as PDF"), QDir(folder).filePath(suggested), tr("PDF documents (*.pdf)"));
    }
    if (!path.isEmpty()) {
        exportPdfTo(path);
    }
}

bool PrintActions::exportPdfTo(const QString& path)
{
    Library* library = m_window->library();
    const qint64 id = currentStoryId();
    if (!library || id == 0) {
        return false;
    }
    auto bundle = StoryBundles::load(*library, id);
    auto categories = StoryBundles::categories(*library);
    if (!bundle || !categories) {
        const QString error = bundle ? categories.error() : bundle.error();
        report(error);
        MessageBox::warning(m_window, tr("Export PDF"), error);
        return false;
    }
    StoryPdf::Options options;
    options.page.pageSize = m_printer->pageLayout().pageSize();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status status = StoryPdf::write(bundle.value(), categories.value(), path, options);
    QApplication::restoreOverrideCursor();
    if (!status) {
        report(status.error());
        MessageBox::warning(m_window, tr("Export PDF"), status.error());
        return false;
    }
    //: %1 is a file path
    report(tr("Saved the PDF “%1”.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void PrintActions::exportHandbook()
{
    Library* library = m_window->library();
    if (!library) {
        return;
    }
    auto* dialog = new HandbookDialog(library, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPageSize(m_printer->pageLayout().pageSize());
    dialog->open();
}
