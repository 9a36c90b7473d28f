#pragma once

#include "retro/RetroPage.h"

#include <memory>

class Library;
class QPushButton;
class QTextBrowser;
class QTextDocument;

// Summary: the outcome of the retro (top cards and groups with votes, actions, what went into the
// linked story, the reviewed actions), exported as PDF or Markdown.
class RetroSummaryPage : public RetroPage
{
    Q_OBJECT

public:
    explicit RetroSummaryPage(QWidget* parent = nullptr);
    ~RetroSummaryPage() override;

    void setLibrary(Library* library) { m_library = library; }
    void activate() override;

    QTextBrowser* view() const { return m_view; }
    bool exportMarkdown(const QString& path);
    bool exportPdf(const QString& path);

public slots:
    void refresh();
    void exportMarkdownDialog();
    void exportPdfDialog();

protected:
    void documentChanged() override;

private:
    QString suggestedPath(const QString& suffix) const;

    Library* m_library = nullptr;
    QTextBrowser* m_view;
    QPushButton* m_pdf;
    QPushButton* m_markdown;
    std::unique_ptr<QTextDocument> m_document;
};
