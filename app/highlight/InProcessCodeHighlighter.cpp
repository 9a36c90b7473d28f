#include "highlight/InProcessCodeHighlighter.h"

#if KINTSUGI_HAVE_KSYNTAXHIGHLIGHTING

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QFont>

namespace {
// Collects the formats of one text, line by line, as ranges over the whole text.
class RangeCollector : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    CodeHighlighter::Ranges collect(const QString& text)
    {
        m_ranges.clear();
        KSyntaxHighlighting::State state;
        qsizetype lineStart = 0;
        while (lineStart <= text.size()) {
            qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), lineStart);
            if (lineEnd < 0) {
                lineEnd = text.size();
            }
            if (lineEnd == text.size() && lineStart == lineEnd) {
                break;
            }
            m_lineStart = static_cast<int>(lineStart);
            state = highlightLine(QStringView(text).mid(lineStart, lineEnd - lineStart), state);
            lineStart = lineEnd + 1;
        }
        return m_ranges;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format& format) override
    {
        if (length <= 0 || format.isDefaultTextStyle(theme())) {
            return;
        }
        QTextCharFormat charFormat;
        if (format.hasTextColor(theme())) {
            charFormat.setForeground(format.textColor(theme()));
        }
        if (format.hasBackgroundColor(theme())) {
            charFormat.setBackground(format.backgroundColor(theme()));
        }
        if (format.isBold(theme())) {
            charFormat.setFontWeight(QFont::Bold);
        }
        if (format.isItalic(theme())) {
            charFormat.setFontItalic(true);
        }
        if (format.isUnderline(theme())) {
            charFormat.setFontUnderline(true);
        }
        if (format.isStrikeThrough(theme())) {
            charFormat.setFontStrikeOut(true);
        }
        if (charFormat.properties().isEmpty()) {
            return;
        }
        QTextLayout::FormatRange range;
        range.start = m_lineStart + offset;
        range.length = length;
        range.format = charFormat;
        m_ranges << range;
    }

private:
    CodeHighlighter::Ranges m_ranges;
    int m_lineStart = 0;
};
} // namespace

InProcessCodeHighlighter::InProcessCodeHighlighter(QObject* parent)
    : CodeHighlighter(parent)
    , m_repository(std::make_unique<KSyntaxHighlighting::Repository>())
    , m_cache(4 * 1024 * 1024)
{
    const auto definitions = m_repository->definitions();
    for (const auto& definition : definitions) {
        m_languages << definition.name();
    }
}

InProcessCodeHighlighter::~InProcessCodeHighlighter() = default;

QString InProcessCodeHighlighter::backendName() const
{
    //: Shown in About as "Code highlighting: %1"; the library is linked into Kintsugi
    return tr("KDE Syntax Highlighting (library)");
}

bool InProcessCodeHighlighter::isAvailable() const
{
    return !m_languages.isEmpty();
}

std::optional<CodeHighlighter::Ranges>
InProcessCodeHighlighter::cached(const QString& language, Theme theme, const QString& text)
{
    const QString key = language + QChar(0x1f) + QString::number(static_cast<int>(theme)) + QChar(0x1f) + text;
    if (const Ranges* ranges = m_cache.object(key)) {
        return *ranges;
    }
    const Ranges ranges = highlightNow(language, theme, text);
    m_cache.insert(key, new Ranges(ranges), static_cast<int>(qMin<qsizetype>(text.size() + 1, m_cache.maxCost())));
    return ranges;
}

void InProcessCodeHighlighter::request(const QString& language, Theme theme, const QString& text)
{
    // Everything is answered at once by cached(); nothing to wait for.
    Q_UNUSED(language)
    Q_UNUSED(theme)
    Q_UNUSED(text)
}

CodeHighlighter::Ranges
InProcessCodeHighlighter::highlightNow(const QString& language, Theme theme, const QString& text)
{
    const QString name = resolveLanguage(language);
    // Longer blocks stay plain, as with the other backends.
    if (name.isEmpty() || text.isEmpty() || text.size() > 256 * 1024) {
        return {};
    }
    const KSyntaxHighlighting::Definition definition = m_repository->definitionForName(name);
    if (!definition.isValid()) {
        return {};
    }
    KSyntaxHighlighting::Theme engineTheme = m_repository->theme(themeName(theme));
    if (!engineTheme.isValid()) {
        engineTheme = m_repository->defaultTheme(theme == Theme::Dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                                      : KSyntaxHighlighting::Repository::LightTheme);
    }
    RangeCollector collector;
    collector.setDefinition(definition);
    collector.setTheme(engineTheme);
    return collector.collect(text);
}

#endif
