#include "import/ImportCoverage.h"

#include "domain/ActionItem.h"
#include "domain/StoryRules.h"
#include "domain/TimelineRules.h"
#include "import/PostmortemImporter.h"
#include "import/TimelineParser.h"

#include <QRegularExpression>

namespace {

QString decodeEntities(QString text)
{
    static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9a-fA-F]+);"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"))
        .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&nbsp;"), QStringLiteral(" "))
        .replace(QStringLiteral("&apos;"), QStringLiteral("'"));
    QString out;
    qsizetype last = 0;
    auto it = numeric.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        bool ok = false;
        const uint code = m.captured(2).toUInt(&ok, m.captured(1).isEmpty() ? 10 : 16);
        out += text.mid(last, m.capturedStart(0) - last);
        out += ok ? QString::fromUcs4(reinterpret_cast<const char32_t*>(&code), 1) : m.captured(0);
        last = m.capturedEnd(0);
    }
    out += text.mid(last);
    return out;
}

bool isRuler(const QString& line)
{
    static const QRegularExpression re(QStringLiteral("^\\s*\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$"));
    return re.match(line).hasMatch();
}

QStringList cellsOf(QString line)
{
    line = line.trimmed();
    if (line.startsWith(u'|')) {
        line.remove(0, 1);
    }
    if (line.endsWith(u'|')) {
        line.chop(1);
    }
    QStringList cells = line.split(u'|');
    for (QString& c : cells) {
        c = c.trimmed();
    }
    return cells;
}

class Haystack
{
public:
    explicit Haystack(const ImportedStory& imported)
    {
        const Story& s = imported.story;
        QStringList parts {s.title, s.authors.join(u' '), s.tags.join(QStringLiteral(" \n "))};
        for (const QString& tag : s.tags) {
            parts << tag;
        }
        for (const QString& section : s.sections) {
            parts << section;
        }
        for (const TimelineEvent& e : imported.events) {
            parts << e.description + u' ' + e.actor + u' ' + TimelineRules::kindKey(e.kind);
            m_times << e.occurredAt;
        }
        for (const Lesson& l : imported.lessons) {
            parts << l.text;
        }
        for (const ActionItem& a : imported.actions) {
            parts << a.title << a.owner << a.ticketUrl << a.dueDate.toString(Qt::ISODate)
                  << ActionRules::statusKey(a.status) << ActionRules::typeKey(a.type)
                  << QStringList {QString(), QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low")}
                         .value(a.priority);
            if (a.dueDate.isValid()) {
                m_times << QDateTime(a.dueDate, QTime(12, 0), Qt::UTC);
            }
        }
        parts << StoryRules::kindKey(s.kind) << StoryRules::statusKey(s.status) << QString::number(s.severity);
        for (const QDateTime& t : {s.startedAt, s.detectedAt, s.resolvedAt}) {
            if (t.isValid()) {
                m_times << t;
            }
        }
        m_events = imported.events;
        m_words = u' ';
        for (const QString& p : std::as_const(parts)) {
            for (const QString& line : p.split(u'\n')) {
                const QString w = ImportCoverage::words(line);
                if (!w.isEmpty()) {
                    m_words += w + QStringLiteral(" \x01 ");
                }
            }
            m_words += QStringLiteral(" \x01 ");
        }
        // Multi-line items are also searched as one run of words.
        for (const QString& p : std::as_const(parts)) {
            m_words += ImportCoverage::words(p) + QStringLiteral(" \x01 ");
        }
    }

    bool contains(const QString& text) const
    {
        const QString w = ImportCoverage::words(text);
        return w.isEmpty() || m_words.contains(u' ' + w + u' ');
    }

    bool hasTime(const QDateTime& utc, bool dateOnly) const
    {
        for (const QDateTime& t : m_times) {
            if (dateOnly ? std::abs(t.date().daysTo(utc.date())) <= 1 : std::abs(t.secsTo(utc)) <= 14 * 3600) {
                return true;
            }
        }
        return false;
    }

    bool hasMinute(int minute) const
    {
        for (const QDateTime& t : m_times) {
            if (t.time().minute() == minute) {
                return true;
            }
        }
        return false;
    }

    // An event at `utc` (± 14 h) whose text holds `rest`.
    bool hasEvent(const std::optional<QDateTime>& utc, int minute, const QString& rest) const
    {
        const QString w = ImportCoverage::words(rest);
        for (const TimelineEvent& e : m_events) {
            const bool timeOk = utc ? std::abs(e.occurredAt.secsTo(*utc)) <= 14 * 3600 || e.dateOnly
                                    : e.occurredAt.time().minute() == minute;
            const QString text = u' ' + ImportCoverage::words(e.description + u' ' + e.actor) + u' ';
            if (timeOk && (w.isEmpty() || text.contains(u' ' + w + u' '))) {
                return true;
            }
        }
        return false;
    }

private:
    QString m_words;
    QList<QDateTime> m_times;
    QList<TimelineEvent> m_events;
};

bool timeAppears(const Haystack& hay, const QString& text)
{
    const QString t = text.trimmed();
    if (auto ts = TimelineParser::parseTimestamp(t, QTimeZone(Qt::UTC), QDate())) {
        return hay.hasTime(ts->utc, ts->dateOnly);
    }
    static const QRegularExpression timeOnly(QStringLiteral("^(\\d{1,2}):(\\d{2})(?::\\d{2})?\\s*(?:[ap]m)?\\s*\\w*$"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (auto m = timeOnly.match(t); m.hasMatch()) {
        return hay.hasMinute(m.captured(2).toInt());
    }
    QDateTime iso = QDateTime::fromString(t, Qt::ISODate);
    return iso.isValid() && hay.hasTime(iso.toUTC(), false);
}

bool cellAppears(const Haystack& hay, const QString& cell)
{
    return hay.contains(cell) || timeAppears(hay, cell);
}

bool timelineLineAppears(const Haystack& hay, const QString& line)
{
    static const QRegularExpression lead(QStringLiteral("^\\s*(?:[-*+]|\\d{1,3}[.)])?\\s*(?:\\*\\*|__)?\\s*"));
    QString text = line;
    text.remove(lead);
    TimelineParser::Options options;
    options.zone = QTimeZone(Qt::UTC);
    const TimelineParseResult parsed = TimelineParser::parse(text, options);
    if (parsed.events.size() == 1) {
        return hay.hasEvent(parsed.events.first().occurredAt, 0, parsed.events.first().description);
    }
    static const QRegularExpression timeOnly(QStringLiteral("^(\\d{1,2}):(\\d{2})(?::\\d{2})?\\s*(?:[ap]m)?(?:\\s*[A-Z]"
                                                            "{2,5}\\b)?\\s*(?:\\*\\*|__)?\\s*[-–—:]?\\s*(.*)$"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (auto m = timeOnly.match(text); m.hasMatch()) {
        return hay.hasEvent(std::nullopt, m.captured(2).toInt(), m.captured(3));
    }
    return false;
}

} // namespace

QString ImportCoverage::words(const QString& text)
{
    const QString decoded = decodeEntities(text);
    QString out;
    out.reserve(decoded.size());
    bool space = true;
    for (QChar c : decoded) {
        if (c.isLetterOrNumber() || c == QChar(0x01)) {
            out += c.toCaseFolded();
            space = false;
        } else if (!space) {
            out += u' ';
            space = true;
        }
    }
    return out.trimmed();
}

QList<ImportCoverage::Miss> ImportCoverage::lostLines(const QString& source, const ImportedStory& story)
{
    const Haystack hay(story);
    QString text = source;
    if (text.startsWith(QChar(0xfeff))) {
        text.remove(0, 1);
    }
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    const QStringList lines = text.split(u'\n');
    int frontMatterEnd = -1;
    if (!lines.isEmpty() && lines.first().trimmed() == QStringLiteral("---")) {
        for (int i = 1; i < lines.size(); ++i) {
            if (lines[i].trimmed() == QStringLiteral("---") || lines[i].trimmed() == QStringLiteral("...")) {
                frontMatterEnd = i;
                break;
            }
        }
    }
    static const QRegularExpression heading(QStringLiteral("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$"));
    static const QRegularExpression bold(QStringLiteral("^\\s*(?:\\*\\*|__)(.+?)(?:\\*\\*|__):?\\s*$"));
    static const QRegularExpression keyValue(QStringLiteral("^\\s*(?:-\\s+)?[\\w .-]+:\\s*(.*)$"));
    QList<Miss> misses;
    // List markers and check boxes are markup, like "#" and "|".
    static const QRegularExpression marker(
        QStringLiteral("^\\s*(?:[-*+\u2022]|\\d{1,3}[.)])(?:\\s+|$)(?:\\[[ xX]\\](?:\\s+|$))?"));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = QString(lines[i]).remove(marker);
        if (words(line).isEmpty() || hay.contains(line)) {
            continue;
        }
        if (i < frontMatterEnd) {
            QString value = keyValue.match(line).hasMatch() ? keyValue.match(line).captured(1) : line;
            value = value.trimmed();
            if (value.startsWith(u'[') && value.endsWith(u']')) {
                value = value.mid(1, value.size() - 2);
            }
            if (value.startsWith(u'-')) {
                value = value.mid(1);
            }
            bool ok = timeAppears(hay, value) || hay.contains(value);
            if (!ok) {
                ok = true;
                for (const QString& item : value.split(u',')) {
                    ok = ok && (hay.contains(item) || timeAppears(hay, item));
                }
            }
            if (!ok) {
                misses << Miss {i + 1, line};
            }
            continue;
        }
        if (auto m = heading.match(line); m.hasMatch() && PostmortemImporter::isKnownHeading(m.captured(1))) {
            continue;
        }
        static const QRegularExpression underline(QStringLiteral("^ {0,3}(?:=+|-{2,})\\s*$"));
        if (i + 1 < lines.size() && underline.match(lines[i + 1]).hasMatch() &&
            PostmortemImporter::isKnownHeading(line)) {
            continue; // a Setext heading
        }
        if (auto m = bold.match(line); m.hasMatch() && PostmortemImporter::isKnownHeading(m.captured(1))) {
            continue;
        }
        if (line.contains(u'|')) {
            if (i + 1 < lines.size() && isRuler(lines[i + 1])) {
                continue; // a table's header row
            }
            bool ok = true;
            for (const QString& cell : cellsOf(line)) {
                ok = ok && cellAppears(hay, cell);
            }
            if (ok) {
                continue;
            }
        }
        if (timelineLineAppears(hay, line)) {
            continue;
        }
        // A line of fields ("title — owner: Ana; due: 2024-05-01"): piece by piece, a field by its value.
        static const QRegularExpression pieces(QStringLiteral(" \u2014 |; "));
        static const QRegularExpression field(QStringLiteral("^\\s*[\\w ]{1,20}:\\s+(.+)$"));
        if (line.contains(pieces)) {
            bool ok = true;
            for (const QString& piece : line.split(pieces)) {
                const auto f = field.match(piece);
                ok = ok && (hay.contains(piece) || (f.hasMatch() && cellAppears(hay, f.captured(1))));
            }
            if (ok) {
                continue;
            }
        }
        misses << Miss {i + 1, line};
    }
    return misses;
}
