#pragma once

#include "highlight/CodeHighlighter.h"

#include <QPointer>
#include <QTextBrowser>

// A section rendered from its Markdown, read-only and inert: raw HTML shows as text, links do not
// open, and no image or other resource is loaded, from the network or from disk. Fenced code is
// coloured from what the code highlighter already knows.
class MarkdownPreview : public QTextBrowser
{
    Q_OBJECT

public:
    explicit MarkdownPreview(QWidget* parent = nullptr);

    void setCodeHighlighter(CodeHighlighter* code);
    void setDark(bool dark) { m_dark = dark; }
    void showMarkdown(const QString& markdown);
    QString markdown() const { return m_markdown; }

    QVariant loadResource(int type, const QUrl& name) override;

private:
    void colourCode();

    QPointer<CodeHighlighter> m_code;
    QString m_markdown;
    bool m_dark = false;
};
