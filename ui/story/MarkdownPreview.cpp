#include "story/MarkdownPreview.h"

#include <QFontDatabase>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace {
// QTextDocument reads local files by itself when the browser declines: this one loads nothing.
class InertDocument : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int type, const QUrl& name) override
    {
        Q_UNUSED(type)
        Q_UNUSED(name)
        return {};
    }
};
} // namespace

MarkdownPreview::MarkdownPreview(QWidget* parent)
    : QTextBrowser(parent)
{
    setDocument(new InertDocument(this));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    setUndoRedoEnabled(false);
    document()->setUndoRedoEnabled(false);
}

void MarkdownPreview::setCodeHighlighter(CodeHighlighter* code)
{
    if (m_code) {
        disconnect(m_code, nullptr, this, nullptr);
    }
    m_code = code;
    if (m_code) {
        connect(m_code, &CodeHighlighter::highlighted, this, [this] {
            if (isVisible() && !m_markdown.isEmpty()) {
                showMarkdown(m_markdown);
            }
        });
    }
}

QVariant MarkdownPreview::loadResource(int type, const QUrl& name)
{
    // Nothing a story's text names is fetched: no remote images, no local files.
    Q_UNUSED(type)
    Q_UNUSED(name)
    return {};
}

void MarkdownPreview::showMarkdown(const QString& markdown)
{
    const int scroll = verticalScrollBar()->value();
    m_markdown = markdown;
    document()->setMarkdown(
        markdown,
        QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
    colourCode();
    verticalScrollBar()->setValue(scroll);
}

void MarkdownPreview::colourCode()
{
    if (!m_code) {
        return;
    }
    const CodeHighlighter::Theme theme = m_dark ? CodeHighlighter::Theme::Dark : CodeHighlighter::Theme::Light;
    QTextBlock block = document()->begin();
    while (block.isValid()) {
        const QString language = block.blockFormat().stringProperty(QTextFormat::BlockCodeLanguage);
        if (language.isEmpty()) {
            block = block.next();
            continue;
        }
        // One fence: the run of code blocks with this language.
        QList<QTextBlock> lines;
        QStringList texts;
        while (block.isValid() && block.blockFormat().stringProperty(QTextFormat::BlockCodeLanguage) == language &&
               block.blockFormat().hasProperty(QTextFormat::BlockCodeFence)) {
            lines << block;
            texts << block.text().replace(QChar::LineSeparator, QLatin1Char('\n'));
            block = block.next();
        }
        if (lines.isEmpty()) {
            block = block.next();
            continue;
        }
        const QString text = texts.join(QLatin1Char('\n'));
        const auto ranges = m_code->cached(language, theme, text);
        if (!ranges) {
            m_code->request(language, theme, text);
            continue;
        }
        QList<int> starts;
        int offset = 0;
        for (const QString& line : std::as_const(texts)) {
            starts << offset;
            offset += static_cast<int>(line.size()) + 1;
        }
        for (const QTextLayout::FormatRange& range : *ranges) {
            const auto lineIt = std::upper_bound(starts.cbegin(), starts.cend(), range.start);
            const auto line = static_cast<int>(lineIt - starts.cbegin()) - 1;
            if (line < 0 || line >= lines.size()) {
                continue;
            }
            QTextCursor cursor(lines.at(line));
            const int column = range.start - starts.at(line);
            const int length = qMin(range.length, static_cast<int>(texts.at(line).size()) - column);
            if (length <= 0) {
                continue;
            }
            cursor.setPosition(lines.at(line).position() + column);
            cursor.setPosition(lines.at(line).position() + column + length, QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(range.format);
        }
    }
}
