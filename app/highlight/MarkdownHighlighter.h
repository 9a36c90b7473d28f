#pragma once

#include "highlight/CodeHighlighter.h"

#include <QHash>
#include <QSyntaxHighlighter>
#include <QTextCursor>
#include <QTimer>

#include <optional>

// Highlights a story section's Markdown: headings, emphasis, lists, links, quotes and fenced code.
// Fence bodies are coloured by a CodeHighlighter in the fence's language; results that come later
// (a program backend) are applied when they arrive, and until then a changed line keeps its last
// colours. Block states mark the lines inside a fence.
class MarkdownHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    struct Fence
    {
        QChar marker; // '`' or '~'
        int length = 0;
        int languageStart = -1; // in the line; -1 without a language
        QString language;
    };

    // How long the text must rest before new fence bodies are sent to a background backend.
    static constexpr int RequestDelayMs = 120;

    MarkdownHighlighter(QTextDocument* document, CodeHighlighter* code);
    ~MarkdownHighlighter() override;

    // Light or dark colours for the palette around the editor; rehighlights when changed.
    void setDark(bool dark);
    bool isDark() const { return m_dark; }
    CodeHighlighter* codeHighlighter() const { return m_code; }
    // Fence bodies waiting for a background backend (tests).
    int waitingCount() const { return static_cast<int>(m_waiting.size()); }

    // The opening fence a line starts, if it is one.
    static std::optional<Fence> parseOpeningFence(QStringView line);
    // True when `block` (already highlighted) opens a fence rather than closing one.
    static bool opensFence(const QTextBlock& block);
    // True when `block` lies between an opening fence and its end (the fence lines excluded).
    static bool insideFence(const QTextBlock& block);

protected:
    void highlightBlock(const QString& text) override;

private:
    // Counts text changes; cut in the destructor, before QSyntaxHighlighter's own teardown
    // touches the document and would call it on a half-destroyed object.
    QMetaObject::Connection m_revisionConnection;
    struct FenceContext
    {
        quint64 textRevision = 0;
        int openBlock = -1;
        int lastBlock = -1; // the last body line
        QString language;
        QString body;
        QList<int> lineStarts;
        std::optional<CodeHighlighter::Ranges> ranges;
    };
    struct Waiting
    {
        QString language;
        QString text;
        QList<QTextCursor> fences; // at the opening lines
        bool requested = false;
    };

    void highlightMarkdown(const QString& text);
    void highlightFenceLine(const QString& text, bool opening);
    void highlightFenceBody(const QString& text);
    // The colours of a fence body line (line-relative, in order, monospace included).
    QList<QTextLayout::FormatRange> bodyLineColours(const QTextBlock& block, const QString& text);
    void recolourBodyLine(const QTextBlock& block);
    const FenceContext& contextFor(const QTextBlock& block);
    // The body text of the fence opened by `open`, and the number of its last body line.
    QString fenceBody(const QTextBlock& open, int* lastBlock, QList<int>* lineStarts) const;
    void wait(const FenceContext& context);
    void sendRequests();
    void onHighlighted(const QString& language, CodeHighlighter::Theme theme, const QString& text);
    void rehighlightFence(const QTextBlock& open);
    CodeHighlighter::Theme theme() const
    {
        return m_dark ? CodeHighlighter::Theme::Dark : CodeHighlighter::Theme::Light;
    }
    void updateFormats();

    CodeHighlighter* m_code = nullptr;
    bool m_dark = false;
    quint64 m_textRevision = 1;
    int m_generation = 0;
    FenceContext m_context;
    QHash<QString, Waiting> m_waiting;
    QTimer m_requestTimer;

    QTextCharFormat m_heading;
    QTextCharFormat m_marker;
    QTextCharFormat m_emphasis;
    QTextCharFormat m_strong;
    QTextCharFormat m_strike;
    QTextCharFormat m_link;
    QTextCharFormat m_url;
    QTextCharFormat m_quote;
    QTextCharFormat m_inlineCode;
    QTextCharFormat m_fenceLine;
    QTextCharFormat m_fenceLanguage;
    QTextCharFormat m_codeText;
};
