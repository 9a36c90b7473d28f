#include "highlight/MarkdownHighlighter.h"

#include <QFontDatabase>
#include <QRegularExpression>
#include <QTextDocument>

#include <algorithm>

namespace {
// Block state bits: InFence after an opening fence line and on every body line; the rest describes
// the fence so that a changed opening line (another language, a longer fence) re-highlights its body.
constexpr int InFence = 1;
constexpr int TildeBit = 2;
constexpr int LengthShift = 2;
constexpr int LengthMask = 0x1f;
constexpr int LanguageShift = 7;
constexpr int LanguageMask = 0xffffff;

int stateOf(const QTextBlock& block)
{
    return block.isValid() ? qMax(0, block.userState()) : 0;
}

bool inFenceState(int state)
{
    return state >= 0 && (state & InFence);
}

int encodeFence(const MarkdownHighlighter::Fence& fence)
{
    const int tilde = fence.marker == QLatin1Char('~') ? TildeBit : 0;
    const int length = qMin(fence.length, LengthMask) << LengthShift;
    const int language = static_cast<int>(qHash(fence.language.toLower()) & LanguageMask) << LanguageShift;
    return InFence | tilde | length | language;
}

// A closing fence for the fence described by `state`: the same marker, at least as long, nothing else.
bool closesFence(QStringView line, int state)
{
    const QChar marker = (state & TildeBit) ? QLatin1Char('~') : QLatin1Char('`');
    const int needed = (state >> LengthShift) & LengthMask;
    qsizetype i = 0;
    while (i < line.size() && i < 4 && line.at(i) == QLatin1Char(' ')) {
        ++i;
    }
    if (i > 3) {
        return false;
    }
    const qsizetype start = i;
    while (i < line.size() && line.at(i) == marker) {
        ++i;
    }
    if (i - start < qMax(3, needed)) {
        return false;
    }
    return line.mid(i).trimmed().isEmpty();
}

// Line-relative format ranges, kept on a body line to show while new colours are computed.
class FenceLineData : public QTextBlockUserData
{
public:
    CodeHighlighter::Ranges ranges;
    int generation = 0; // of the colours: another theme's colours are not shown meanwhile
};

QFont fixedFont()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}
} // namespace

MarkdownHighlighter::MarkdownHighlighter(QTextDocument* document, CodeHighlighter* code)
    : QSyntaxHighlighter(static_cast<QObject*>(nullptr))
    , m_code(code)
{
    setParent(document);
    // Connected before the highlighter's own slot, so a fence context never outlives a text change.
    m_revisionConnection = connect(document, &QTextDocument::contentsChange, this, [this](int, int removed, int added) {
        if (removed || added) {
            ++m_textRevision;
        }
    });
    m_requestTimer.setSingleShot(true);
    m_requestTimer.setInterval(RequestDelayMs);
    connect(&m_requestTimer, &QTimer::timeout, this, &MarkdownHighlighter::sendRequests);
    if (m_code) {
        connect(m_code, &CodeHighlighter::highlighted, this, &MarkdownHighlighter::onHighlighted);
        connect(m_code, &CodeHighlighter::availabilityChanged, this, [this] {
            ++m_generation;
            m_waiting.clear();
            m_context = {};
            rehighlight();
        });
        connect(m_code, &CodeHighlighter::languagesChanged, this, [this] { m_context = {}; });
    }
    updateFormats();
    setDocument(document);
}

MarkdownHighlighter::~MarkdownHighlighter()
{
    disconnect(m_revisionConnection);
}

void MarkdownHighlighter::setDark(bool dark)
{
    if (dark == m_dark) {
        return;
    }
    m_dark = dark;
    ++m_generation;
    m_waiting.clear();
    m_context = {};
    updateFormats();
    rehighlight();
}

void MarkdownHighlighter::updateFormats()
{
    const auto color = [this](const char* light, const char* dark) {
        return QColor(QLatin1String(m_dark ? dark : light));
    };
    m_heading = {};
    m_heading.setFontWeight(QFont::Bold);
    m_heading.setForeground(color("#1d4f91", "#8ab4f8"));
    m_marker = {};
    m_marker.setForeground(color("#8a8f98", "#7f8790"));
    m_emphasis = {};
    m_emphasis.setFontItalic(true);
    m_strong = {};
    m_strong.setFontWeight(QFont::Bold);
    m_strike = {};
    m_strike.setFontStrikeOut(true);
    m_link = {};
    m_link.setForeground(color("#0b62c4", "#6cb6ff"));
    m_link.setFontUnderline(true);
    m_url = {};
    m_url.setForeground(color("#6a737d", "#8b949e"));
    m_quote = {};
    m_quote.setFontItalic(true);
    m_quote.setForeground(color("#57606a", "#a8b1bb"));
    m_inlineCode = {};
    m_inlineCode.setFontFamilies({fixedFont().family()});
    m_inlineCode.setBackground(color("#eff1f3", "#30363d"));
    m_codeText = {};
    m_codeText.setFontFamilies({fixedFont().family()});
    m_codeText.setFontFixedPitch(true);
    m_fenceLine = m_codeText;
    m_fenceLine.setForeground(color("#8a8f98", "#7f8790"));
    m_fenceLanguage = m_fenceLine;
    m_fenceLanguage.setFontWeight(QFont::Bold);
}

std::optional<MarkdownHighlighter::Fence> MarkdownHighlighter::parseOpeningFence(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && i < 4 && line.at(i) == QLatin1Char(' ')) {
        ++i;
    }
    if (i > 3 || i >= line.size()) {
        return std::nullopt;
    }
    const QChar marker = line.at(i);
    if (marker != QLatin1Char('`') && marker != QLatin1Char('~')) {
        return std::nullopt;
    }
    const qsizetype start = i;
    while (i < line.size() && line.at(i) == marker) {
        ++i;
    }
    Fence fence;
    fence.marker = marker;
    fence.length = static_cast<int>(i - start);
    if (fence.length < 3) {
        return std::nullopt;
    }
    const QStringView info = line.mid(i);
    // CommonMark: a backtick fence's info string has no backticks.
    if (marker == QLatin1Char('`') && info.contains(QLatin1Char('`'))) {
        return std::nullopt;
    }
    while (i < line.size() && line.at(i).isSpace()) {
        ++i;
    }
    qsizetype end = i;
    while (end < line.size() && !line.at(end).isSpace() && line.at(end) != QLatin1Char('{')) {
        ++end;
    }
    if (end > i) {
        fence.languageStart = static_cast<int>(i);
        fence.language = line.mid(i, end - i).toString();
    }
    return fence;
}

bool MarkdownHighlighter::opensFence(const QTextBlock& block)
{
    return inFenceState(stateOf(block)) && !inFenceState(stateOf(block.previous()));
}

bool MarkdownHighlighter::insideFence(const QTextBlock& block)
{
    return inFenceState(stateOf(block)) && inFenceState(stateOf(block.previous()));
}

void MarkdownHighlighter::highlightBlock(const QString& text)
{
    const int previous = qMax(0, previousBlockState());
    if (inFenceState(previous)) {
        if (closesFence(text, previous)) {
            setCurrentBlockState(0);
            highlightFenceLine(text, false);
        } else {
            setCurrentBlockState(previous);
            highlightFenceBody(text);
        }
        return;
    }
    if (const auto fence = parseOpeningFence(text)) {
        setCurrentBlockState(encodeFence(*fence));
        highlightFenceLine(text, true);
        return;
    }
    setCurrentBlockState(0);
    highlightMarkdown(text);
}

void MarkdownHighlighter::highlightFenceLine(const QString& text, bool opening)
{
    setFormat(0, static_cast<int>(text.size()), m_fenceLine);
    if (opening) {
        const auto fence = parseOpeningFence(text);
        if (fence && fence->languageStart >= 0) {
            setFormat(fence->languageStart, static_cast<int>(fence->language.size()), m_fenceLanguage);
        }
    }
}

QString MarkdownHighlighter::fenceBody(const QTextBlock& open, int* lastBlock, QList<int>* lineStarts) const
{
    const int state = stateOf(open);
    QString body;
    *lastBlock = open.blockNumber();
    lineStarts->clear();
    for (QTextBlock block = open.next(); block.isValid(); block = block.next()) {
        const QString line = block.text();
        if (closesFence(line, state)) {
            break;
        }
        if (!lineStarts->isEmpty()) {
            body += QLatin1Char('\n');
        }
        lineStarts->append(static_cast<int>(body.size()));
        body += line;
        *lastBlock = block.blockNumber();
    }
    return body;
}

const MarkdownHighlighter::FenceContext& MarkdownHighlighter::contextFor(const QTextBlock& block)
{
    const int number = block.blockNumber();
    if (m_context.textRevision == m_textRevision && number > m_context.openBlock && number <= m_context.lastBlock) {
        return m_context;
    }
    // The opening line: the nearest line above whose own previous line is outside a fence.
    QTextBlock open = block.previous();
    while (open.isValid() && inFenceState(stateOf(open.previous()))) {
        open = open.previous();
    }
    m_context = {};
    m_context.textRevision = m_textRevision;
    m_context.openBlock = open.blockNumber();
    const auto fence = parseOpeningFence(open.text());
    m_context.language = fence ? fence->language : QString();
    m_context.body = fenceBody(open, &m_context.lastBlock, &m_context.lineStarts);
    if (m_context.lastBlock < number) {
        // This line is not in the text yet as seen from the opening line (cannot happen); stay plain.
        m_context.lastBlock = number;
    }
    if (m_context.language.isEmpty() || !m_code) {
        m_context.ranges = CodeHighlighter::Ranges {};
    } else {
        m_context.ranges = m_code->cached(m_context.language, theme(), m_context.body);
        if (!m_context.ranges) {
            wait(m_context);
        }
    }
    return m_context;
}

QList<QTextLayout::FormatRange> MarkdownHighlighter::bodyLineColours(const QTextBlock& block, const QString& text)
{
    auto* data = static_cast<FenceLineData*>(block.userData());
    if (!data) {
        data = new FenceLineData;
        QTextBlock owner = block;
        owner.setUserData(data);
    }
    if (data->generation != m_generation) {
        data->ranges.clear();
        data->generation = m_generation;
    }
    const int length = static_cast<int>(text.size());
    const FenceContext& context = contextFor(block);
    const qsizetype line = block.blockNumber() - context.openBlock - 1;
    if (context.ranges && line >= 0 && line < context.lineStarts.size() &&
        context.body.mid(context.lineStarts.at(line), length) == text) {
        const int lineStart = context.lineStarts.at(line);
        const int lineEnd = lineStart + length;
        const CodeHighlighter::Ranges& ranges = *context.ranges;
        // Ranges come in order: skip those that end before this line.
        auto it = std::lower_bound(
            ranges.cbegin(), ranges.cend(), lineStart, [](const QTextLayout::FormatRange& range, int position) {
                return range.start + range.length <= position;
            });
        data->ranges.clear();
        for (; it != ranges.cend() && it->start < lineEnd; ++it) {
            const int start = qMax(it->start, lineStart);
            const int end = qMin(it->start + it->length, lineEnd);
            if (end > start) {
                QTextLayout::FormatRange range;
                range.start = start - lineStart;
                range.length = end - start;
                range.format = m_codeText;
                range.format.merge(it->format);
                data->ranges << range;
            }
        }
    }
    // Known colours, or the line's last ones while new colours are on their way.
    QList<QTextLayout::FormatRange> colours;
    int covered = 0;
    for (const QTextLayout::FormatRange& range : std::as_const(data->ranges)) {
        const int start = qMax(range.start, covered);
        const int end = qMin(range.start + range.length, length);
        if (end > start) {
            colours.append({start, end - start, range.format});
            covered = end;
        }
    }
    return colours;
}

void MarkdownHighlighter::highlightFenceBody(const QString& text)
{
    setFormat(0, static_cast<int>(text.size()), m_codeText);
    const auto colours = bodyLineColours(currentBlock(), text);
    for (const QTextLayout::FormatRange& range : colours) {
        setFormat(range.start, range.length, range.format);
    }
}

void MarkdownHighlighter::recolourBodyLine(const QTextBlock& block)
{
    // Straight into the layout: QSyntaxHighlighter::rehighlightBlock() would report an edit
    // (contentsChanged, textChanged) for colours alone.
    const QString text = block.text();
    const int length = static_cast<int>(text.size());
    QList<QTextLayout::FormatRange> formats;
    int position = 0;
    for (const QTextLayout::FormatRange& range : bodyLineColours(block, text)) {
        if (range.start > position) {
            formats.append({position, range.start - position, m_codeText});
        }
        formats << range;
        position = range.start + range.length;
    }
    if (position < length) {
        formats.append({position, length - position, m_codeText});
    }
    if (block.layout()->formats() == formats) {
        return;
    }
    block.layout()->setFormats(formats);
    document()->markContentsDirty(block.position(), block.length());
}

void MarkdownHighlighter::wait(const FenceContext& context)
{
    const QString key = context.language + QChar(0x1f) + context.body;
    Waiting& waiting = m_waiting[key];
    waiting.language = context.language;
    waiting.text = context.body;
    const int position = document()->findBlockByNumber(context.openBlock).position();
    const bool known = std::any_of(waiting.fences.cbegin(), waiting.fences.cend(), [position](const QTextCursor& c) {
        return c.position() == position;
    });
    if (!known) {
        QTextCursor cursor(document());
        cursor.setPosition(position);
        waiting.fences << cursor;
    }
    if (!waiting.requested) {
        m_requestTimer.start();
    }
}

void MarkdownHighlighter::sendRequests()
{
    if (!m_code) {
        return;
    }
    struct Send
    {
        int position;
        QString language;
        QString text;
    };
    QList<Send> sends;
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        Waiting& waiting = it.value();
        if (waiting.requested) {
            ++it;
            continue;
        }
        // Only fences that still hold this text: typing in between made other versions.
        QList<QTextCursor> current;
        for (const QTextCursor& cursor : std::as_const(waiting.fences)) {
            const QTextBlock open = document()->findBlock(cursor.position());
            if (!opensFence(open)) {
                continue;
            }
            const auto fence = parseOpeningFence(open.text());
            int last = 0;
            QList<int> starts;
            if (fence && fence->language == waiting.language && fenceBody(open, &last, &starts) == waiting.text) {
                current << cursor;
            }
        }
        if (current.isEmpty()) {
            it = m_waiting.erase(it);
            continue;
        }
        waiting.fences = current;
        waiting.requested = true;
        sends.append({current.first().position(), waiting.language, waiting.text});
        ++it;
    }
    // The backend starts with the newest request: send the bottom fence first, the top one last.
    std::sort(sends.begin(), sends.end(), [](const Send& a, const Send& b) { return a.position > b.position; });
    for (const Send& send : std::as_const(sends)) {
        m_code->request(send.language, theme(), send.text);
    }
}

void MarkdownHighlighter::onHighlighted(const QString& language, CodeHighlighter::Theme forTheme, const QString& text)
{
    if (forTheme != theme()) {
        return;
    }
    const auto it = m_waiting.find(language + QChar(0x1f) + text);
    if (it == m_waiting.end()) {
        return;
    }
    const QList<QTextCursor> fences = it.value().fences;
    m_waiting.erase(it);
    m_context = {};
    for (const QTextCursor& cursor : fences) {
        rehighlightFence(document()->findBlock(cursor.position()));
    }
}

void MarkdownHighlighter::rehighlightFence(const QTextBlock& open)
{
    if (!opensFence(open)) {
        return;
    }
    const int state = stateOf(open);
    for (QTextBlock block = open.next(); block.isValid(); block = block.next()) {
        if (closesFence(block.text(), state)) {
            break;
        }
        recolourBodyLine(block);
    }
}

void MarkdownHighlighter::highlightMarkdown(const QString& text)
{
    if (text.isEmpty()) {
        return;
    }
    static const QRegularExpression heading(QStringLiteral("^ {0,3}(#{1,6})(?=\\s|$)"));
    static const QRegularExpression setext(QStringLiteral("^ {0,3}(=+|-{2,}) *$"));
    static const QRegularExpression rule(QStringLiteral("^ {0,3}([-*_])( *\\1){2,} *$"));
    static const QRegularExpression quote(QStringLiteral("^ {0,3}(> ?)+"));
    static const QRegularExpression list(QStringLiteral("^\\s*([-*+]|\\d{1,9}[.)])(\\s+|$)(\\[[ xX]\\](?=\\s|$))?"));
    static const QRegularExpression reference(QStringLiteral("^ {0,3}\\[[^\\]]+\\]:\\s*\\S+"));

    if (const auto m = heading.match(text); m.hasMatch()) {
        setFormat(0, static_cast<int>(text.size()), m_heading);
        QTextCharFormat marker = m_heading;
        marker.setForeground(m_marker.foreground());
        setFormat(static_cast<int>(m.capturedStart(1)), static_cast<int>(m.capturedLength(1)), marker);
    } else if (rule.match(text).hasMatch() || setext.match(text).hasMatch()) {
        setFormat(0, static_cast<int>(text.size()), m_marker);
        return;
    } else if (const auto q = quote.match(text); q.hasMatch()) {
        setFormat(0, static_cast<int>(text.size()), m_quote);
        setFormat(0, static_cast<int>(q.capturedEnd()), m_marker);
    } else if (const auto l = list.match(text); l.hasMatch()) {
        setFormat(static_cast<int>(l.capturedStart(1)), static_cast<int>(l.capturedLength(1)), m_marker);
        if (l.capturedLength(3) > 0) {
            setFormat(static_cast<int>(l.capturedStart(3)), static_cast<int>(l.capturedLength(3)), m_marker);
        }
    } else if (const auto r = reference.match(text); r.hasMatch()) {
        setFormat(0, static_cast<int>(r.capturedEnd()), m_url);
        return;
    }

    // Inline spans add to what the line already has.
    const auto addFormat = [this](qsizetype start, qsizetype length, const QTextCharFormat& add) {
        for (qsizetype i = start; i < start + length; ++i) {
            QTextCharFormat merged = format(static_cast<int>(i));
            merged.merge(add);
            setFormat(static_cast<int>(i), 1, merged);
        }
    };
    static const QRegularExpression strong(QStringLiteral("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1"));
    static const QRegularExpression emphasisStar(
        QStringLiteral("(?<![*\\\\])\\*(?=[^\\s*])(.+?)(?<=[^\\s*])\\*(?!\\*)"));
    static const QRegularExpression emphasisUnderscore(
        QStringLiteral("(?<![_\\w])_(?=[^\\s_])(.+?)(?<=[^\\s_])_(?![_\\w])"));
    static const QRegularExpression strike(QStringLiteral("~~(?=\\S)(.+?)(?<=\\S)~~"));
    static const QRegularExpression link(
        QStringLiteral("(!?\\[)([^\\]\\n]*)(\\]\\()([^)\\s]*)((?:\\s+\"[^\"]*\")?\\))"));
    static const QRegularExpression autolink(
        QStringLiteral("<(?:https?|mailto|ftp):[^>\\s]+>|\\bhttps?://[^\\s<>()]+"));
    static const QRegularExpression code(QStringLiteral("(`+)(.+?)(?<!`)\\1(?!`)"));

    for (const QRegularExpression* re : {&strong, &emphasisStar, &emphasisUnderscore, &strike}) {
        const QTextCharFormat& add = re == &strong ? m_strong : (re == &strike ? m_strike : m_emphasis);
        for (auto it = re->globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            addFormat(m.capturedStart(), m.capturedLength(), add);
        }
    }
    for (auto it = link.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(static_cast<int>(m.capturedStart(1)), static_cast<int>(m.capturedLength(1)), m_marker);
        addFormat(m.capturedStart(2), m.capturedLength(2), m_link);
        setFormat(static_cast<int>(m.capturedStart(3)), static_cast<int>(m.capturedLength(3)), m_marker);
        setFormat(static_cast<int>(m.capturedStart(4)), static_cast<int>(m.capturedLength(4)), m_url);
        setFormat(static_cast<int>(m.capturedStart(5)), static_cast<int>(m.capturedLength(5)), m_marker);
    }
    for (auto it = autolink.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        addFormat(m.capturedStart(), m.capturedLength(), m_link);
    }
    // Code spans last: nothing inside them is Markdown.
    for (auto it = code.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        QTextCharFormat marker = m_inlineCode;
        marker.setForeground(m_marker.foreground());
        setFormat(static_cast<int>(m.capturedStart()), static_cast<int>(m.capturedLength()), m_inlineCode);
        setFormat(static_cast<int>(m.capturedStart(1)), static_cast<int>(m.capturedLength(1)), marker);
        setFormat(static_cast<int>(m.capturedEnd(2)), static_cast<int>(m.capturedLength(1)), marker);
    }
}
