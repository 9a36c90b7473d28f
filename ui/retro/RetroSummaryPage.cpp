#include "RetroSummaryPage.h"

#include "document/Library.h"
#include "document/RetroDocument.h"
#include "export/RetroSummary.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

RetroSummaryPage::RetroSummaryPage(QWidget* parent)
    : RetroPage(parent)
    , m_view(new QTextBrowser(this))
    , m_pdf(new QPushButton(tr("Export &PDF…"), this))
    , m_markdown(new QPushButton(tr("Export &Markdown…"), this))
{
    setObjectName(QStringLiteral("summaryPage"));
    m_view->setObjectName(QStringLiteral("summaryView"));
    m_view->setOpenExternalLinks(false);
    m_pdf->setObjectName(QStringLiteral("exportPdfButton"));
    m_markdown->setObjectName(QStringLiteral("exportMarkdownButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_markdown);
    buttons->addWidget(m_pdf);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    connect(m_pdf, &QPushButton::clicked, this, &RetroSummaryPage::exportPdfDialog);
    connect(m_markdown, &QPushButton::clicked, this, &RetroSummaryPage::exportMarkdownDialog);
}

RetroSummaryPage::~RetroSummaryPage()
{
    // The browser must not paint a document that is gone.
    m_view->setDocument(new QTextDocument(m_view));
}

void RetroSummaryPage::documentChanged()
{
    refresh();
}

void RetroSummaryPage::activate()
{
    refresh();
    m_view->setFocus();
}

void RetroSummaryPage::refresh()
{
    RetroDocument* doc = document();
    m_pdf->setEnabled(doc && m_library);
    m_markdown->setEnabled(doc && m_library);
    if (!doc || !m_library) {
        m_view->setDocument(new QTextDocument(m_view));
        m_document.reset();
        return;
    }
    auto summary = doc->summary();
    if (!summary) {
        m_view->setPlainText(summary.error());
        return;
    }
    std::unique_ptr<QTextDocument> text = summary->toTextDocument();
    m_view->setDocument(text.get());
    m_document = std::move(text);
}

QString RetroSummaryPage::suggestedPath(const QString& suffix) const
{
    QString name = document() ? document()->retro().displayTitle() : tr("Retrospective");
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    const QString dir = m_library ? QFileInfo(m_library->path()).absolutePath() : QDir::homePath();
    return QDir(dir).filePath(name + QLatin1Char('.') + suffix);
}

bool RetroSummaryPage::exportMarkdown(const QString& path)
{
    if (!document() || !m_library) {
        return false;
    }
    auto summary = document()->summary();
    const Status written = summary ? summary->writeMarkdown(path) : Status::failure(summary.error());
    if (!written) {
        emit message(written.error());
        return false;
    }
    emit message(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool RetroSummaryPage::exportPdf(const QString& path)
{
    if (!document() || !m_library) {
        return false;
    }
    auto summary = document()->summary();
    const Status written = summary ? summary->writePdf(path) : Status::failure(summary.error());
    if (!written) {
        emit message(written.error());
        return false;
    }
    emit message(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void RetroSummaryPage::exportMarkdownDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Markdown"), suggestedPath(QStringLiteral("md")), tr("Markdown (*.md);;All files (*)"));
    if (!path.isEmpty()) {
        exportMarkdown(path);
    }
}

void RetroSummaryPage::exportPdfDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export PDF"), suggestedPath(QStringLiteral("pdf")), tr("PDF (*.pdf);;All files (*)"));
    if (!path.isEmpty()) {
        exportPdf(path);
    }
}
