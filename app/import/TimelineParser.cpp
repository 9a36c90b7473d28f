#include "import/TimelineParser.h"

#include "domain/TimelineRules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

// The start of a line or cell read as a time: a date, a time of day, or both.
struct Lead
{
    bool ok = false;
    QDate date;                // invalid: the text starts with a time of day only
    std::optional<QTime> time; // nullopt: date only
    QString unknownTime;       // "--:--", "HH:mm", "14:??": a date whose time was not known
    std::optional<QTimeZone> zone;
    QString rangeEnd; // "11:00" of "09:00 - 11:00"
    qsizetype consumed = 0;
};

QRegularExpressionMatch matchAt(const QRegularExpression& re, const QString& text, qsizetype pos)
{
    return re.match(text, pos, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
}

qsizetype skipSpaces(const QString& text, qsizetype pos)
{
    while (pos < text.size() && text.at(pos).isSpace()) {
        ++pos;
    }
    return pos;
}

qsizetype skipTilde(const QString& text, qsizetype pos)
{
    const qsizetype after = skipSpaces(text, pos);
    if (after < text.size() && text.at(after) == u'~') {
        return after + 1;
    }
    return pos;
}

Lead parseLead(const QString& text, qsizetype start)
{
    static const QRegularExpression isoDate(QStringLiteral("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)"));
    static const QRegularExpression dmyDate(QStringLiteral("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)"));
    static const QRegularExpression timeOfDay(QStringLiteral(
        "(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?(?!\\d|:\\d)(?:\\s*([aApP])\\.?[mM]\\.?(?!\\w))?"));
    static const QRegularExpression unknownTime(QStringLiteral(
        "(?:--|\\?\\?|[Hh]{1,2}|\\d{1,2}):(?:--|\\?\\?|[Mm]{1,2})(?::(?:--|\\?\\?|[Ss]{1,2}|\\d{2}))?(?![\\w?])"));
    static const QRegularExpression isoOffset(QStringLiteral("([+-])(\\d{2}):?(\\d{2})(?!\\d)"));
    static const QRegularExpression zoneWord(
        QStringLiteral("\\s*\\(?((?:UTC|GMT)\\s*[+-]\\d{1,2}(?::?\\d{2})?|[A-Z]{3,5})\\)?(?![\\w+-])"));
    static const QRegularExpression range(
        QStringLiteral("\\s*(?:-|–|—|to|bis)\\s*(\\d{1,2}:(?:\\d{2}|\\?\\?))(?![\\d:])"));

    Lead lead;
    qsizetype pos = skipTilde(text, skipSpaces(text, start));
    if (auto m = matchAt(isoDate, text, pos); m.hasMatch()) {
        lead.date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        pos = m.capturedEnd(0);
    } else if (auto d = matchAt(dmyDate, text, pos); d.hasMatch()) {
        lead.date = QDate(d.captured(3).toInt(), d.captured(2).toInt(), d.captured(1).toInt());
        pos = d.capturedEnd(0);
    }
    const bool hasDateText = lead.date.isValid() || pos != skipTilde(text, skipSpaces(text, start));
    if (hasDateText && !lead.date.isValid()) {
        return lead; // "2021-02-30"
    }
    qsizetype timePos = pos;
    if (lead.date.isValid()) {
        if (timePos < text.size() && text.at(timePos) == u'T') {
            ++timePos;
        } else {
            while (timePos < text.size() && (text.at(timePos).isSpace() || text.at(timePos) == u',')) {
                ++timePos;
            }
        }
    }
    if (auto m = matchAt(timeOfDay, text, timePos); m.hasMatch()) {
        int hour = m.captured(1).toInt();
        const int minute = m.captured(2).toInt();
        const int second = m.captured(3).toInt();
        const int ms = m.captured(4).isEmpty() ? 0 : m.captured(4).left(3).leftJustified(3, u'0').toInt();
        const QString ampm = m.captured(5).toLower();
        if (!ampm.isEmpty()) {
            if (hour < 1 || hour > 12) {
                return lead;
            }
            hour = (hour % 12) + (ampm == QStringLiteral("p") ? 12 : 0);
        }
        const QTime time(hour, minute, second, ms);
        if (!time.isValid()) {
            return lead;
        }
        lead.time = time;
        pos = m.capturedEnd(0);
    } else if (auto u = matchAt(unknownTime, text, timePos); u.hasMatch() && lead.date.isValid()) {
        lead.unknownTime = u.captured(0);
        pos = u.capturedEnd(0);
    } else if (!lead.date.isValid()) {
        return lead;
    }
    if (lead.time) {
        pos = skipTilde(text, pos);
        if (pos < text.size() && text.at(pos) == u'Z' &&
            (pos + 1 == text.size() || !text.at(pos + 1).isLetterOrNumber())) {
            lead.zone = QTimeZone::utc();
            ++pos;
        } else if (auto o = matchAt(isoOffset, text, pos); o.hasMatch()) {
            const int seconds = (o.captured(2).toInt() * 3600 + o.captured(3).toInt() * 60);
            lead.zone = QTimeZone(o.captured(1) == QStringLiteral("-") ? -seconds : seconds);
            pos = o.capturedEnd(0);
        } else if (auto z = matchAt(zoneWord, text, pos); z.hasMatch()) {
            if (auto zone = TimelineParser::zoneFromName(z.captured(1))) {
                lead.zone = *zone;
                pos = z.capturedEnd(0);
            }
        }
        pos = skipTilde(text, pos);
    }
    if (lead.time || !lead.unknownTime.isEmpty()) {
        if (auto r = matchAt(range, text, pos); r.hasMatch()) {
            lead.rangeEnd = r.captured(1);
            pos = r.capturedEnd(0);
        }
    }
    lead.consumed = skipTilde(text, pos) - start;
    lead.ok = true;
    return lead;
}

QString decodeEntities(QString text)
{
    static const QRegularExpression br(QStringLiteral("<br\\s*/?>"), QRegularExpression::CaseInsensitiveOption);
    text.replace(br, QStringLiteral(" "));
    if (!text.contains(u'&')) {
        return text;
    }
    static const QRegularExpression entity(QStringLiteral("&(#\\d{1,6}|#x[0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);"));
    QString out;
    qsizetype last = 0;
    auto it = entity.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart(0) - last);
        const QString name = m.captured(1);
        if (name == QStringLiteral("amp")) {
            out += u'&';
        } else if (name == QStringLiteral("lt")) {
            out += u'<';
        } else if (name == QStringLiteral("gt")) {
            out += u'>';
        } else if (name == QStringLiteral("quot")) {
            out += u'"';
        } else if (name == QStringLiteral("apos")) {
            out += u'\'';
        } else if (name == QStringLiteral("nbsp")) {
            out += u' ';
        } else {
            bool ok = false;
            const uint code =
                name.startsWith(QStringLiteral("#x")) ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF) {
                const char32_t c = code;
                out += QString::fromUcs4(&c, 1);
            }
        }
        last = m.capturedEnd(0);
    }
    out += QStringView(text).mid(last);
    return out;
}

// A leading "**Detection:**" or "Recovery:" names the kind of the event.
std::optional<TimelineKind> takeKindLabel(QString& description)
{
    static const QRegularExpression bold(QStringLiteral("^\\s*(\\*\\*|__)\\s*([^*_:]{2,24}?)\\s*:?\\s*\\1\\s*:?\\s*"));
    static const QRegularExpression plain(QStringLiteral("^\\s*([\\p{L}][\\p{L} ]{1,22}):\\s+"));
    for (const QRegularExpression* re : {&bold, &plain}) {
        const auto m = re->match(description);
        if (!m.hasMatch()) {
            continue;
        }
        if (auto kind = TimelineRules::kindFromLabel(m.captured(re == &bold ? 2 : 1))) {
            description = description.mid(m.capturedEnd(0));
            return kind;
        }
    }
    return std::nullopt;
}

QStringList splitCells(const QString& line)
{
    QStringList cells;
    QString cell;
    const QString trimmed = line.trimmed();
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c == u'\\' && i + 1 < trimmed.size() && trimmed.at(i + 1) == u'|') {
            cell += u'|';
            ++i;
        } else if (c == u'|') {
            cells << cell.trimmed();
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells << cell.trimmed();
    if (trimmed.startsWith(u'|')) {
        cells.removeFirst();
    }
    if (trimmed.endsWith(u'|') && !trimmed.endsWith(QStringLiteral("\\|")) && !cells.isEmpty()) {
        cells.removeLast();
    }
    return cells;
}

bool isRuler(const QString& line)
{
    static const QRegularExpression ruler(QStringLiteral("^\\s*\\|?\\s*:?-{1,}:?\\s*(\\|\\s*:?-{1,}:?\\s*)*\\|?\\s*$"));
    return line.contains(u'-') && ruler.match(line).hasMatch();
}

struct Table
{
    bool timeline = false;
    int timeColumn = -1;
    int dateColumn = -1; // a separate date column, when there is one
    int descriptionColumn = -1;
    int actorColumn = -1;
    int kindColumn = -1;
    int columns = 0;
    std::optional<QTimeZone> zone;
};

Table readHeader(const QStringList& cells)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}]+"));
    static const QRegularExpression zoneInHeader(QStringLiteral("(?:\\bin\\s+|\\()([A-Za-z][\\w/+:-]*)"));
    auto has = [](const QStringList& words, std::initializer_list<const char*> any) {
        for (const char* a : any) {
            if (words.contains(QLatin1String(a))) {
                return true;
            }
        }
        return false;
    };
    Table table;
    table.columns = int(cells.size());
    int timeOnly = -1;
    for (int i = 0; i < cells.size(); ++i) {
        const QString cell = cells[i].toLower();
        QStringList words;
        for (auto it = word.globalMatch(cell); it.hasNext();) {
            words << it.next().captured(0);
        }
        const bool time = has(words, {"time", "times", "timestamp", "when", "zeit", "uhrzeit", "zeitpunkt", "wann"});
        const bool date = has(words, {"date", "day", "datum", "tag"});
        if (time || date) {
            if (auto m = zoneInHeader.match(cells[i]); m.hasMatch()) {
                if (auto zone = TimelineParser::zoneFromName(m.captured(1))) {
                    table.zone = zone;
                }
            }
        }
        if (time && date) {
            if (table.timeColumn < 0) {
                table.timeColumn = i;
            }
        } else if (time) {
            if (timeOnly < 0) {
                timeOnly = i;
            }
        } else if (date) {
            if (table.dateColumn < 0) {
                table.dateColumn = i;
            }
        } else if (table.actorColumn < 0 && has(words,
                                                {"who",
                                                 "person",
                                                 "people",
                                                 "owner",
                                                 "actor",
                                                 "role",
                                                 "by",
                                                 "team",
                                                 "wer",
                                                 "rolle",
                                                 "verantwortlich"})) {
            table.actorColumn = i;
        } else if (table.kindColumn < 0 &&
                   has(words, {"kind", "type", "category", "phase", "art", "typ", "kategorie"})) {
            table.kindColumn = i;
        } else if (table.descriptionColumn < 0 && has(words,
                                                      {"event",
                                                       "events",
                                                       "description",
                                                       "what",
                                                       "action",
                                                       "details",
                                                       "detail",
                                                       "activity",
                                                       "note",
                                                       "notes",
                                                       "message",
                                                       "ereignis",
                                                       "beschreibung",
                                                       "was",
                                                       "aktion",
                                                       "ablauf"})) {
            table.descriptionColumn = i;
        }
    }
    if (table.timeColumn < 0) {
        if (timeOnly >= 0) {
            table.timeColumn = timeOnly;
        } else {
            table.timeColumn = table.dateColumn;
            table.dateColumn = -1;
        }
    } else {
        table.dateColumn = -1; // "Date and time" holds both
    }
    table.timeline = table.timeColumn >= 0;
    return table;
}

class Parser
{
public:
    explicit Parser(const TimelineParser::Options& options)
        : m_options(options)
    {
    }

    TimelineParseResult run(const QString& text);

private:
    void freeLine(const QString& line);
    void tableRow(const QString& line);
    void unreadable(const QString& reason) { m_result.unreadable << UnreadableLine {m_lineNumber, m_line, reason}; }
    // Adds the event `lead` starts; false (and reported) when it cannot be placed in time.
    bool addEvent(const Lead& lead,
                  QString description,
                  const QString& actor,
                  std::optional<TimelineKind> kind,
                  const std::optional<QTimeZone>& tableZone);

    const TimelineParser::Options& m_options;
    TimelineParseResult m_result;
    std::optional<QTimeZone> m_noteZone;
    std::optional<Table> m_table;
    QDate m_lastDate;
    std::optional<QTime> m_lastTime;
    int m_lineNumber = 0;
    QString m_line;
};

TimelineParseResult Parser::run(const QString& text)
{
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    const QStringList lines = normalized.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        m_lineNumber = i + 1;
        m_line = lines[i];
        const QString trimmed = m_line.trimmed();
        if (trimmed.isEmpty()) {
            m_table.reset();
            continue;
        }
        // A table starts with a header row over a ruler row.
        if (trimmed.contains(u'|') && !isRuler(trimmed) && i + 1 < lines.size() && isRuler(lines[i + 1])) {
            m_table = readHeader(splitCells(trimmed));
            ++i;
            continue;
        }
        if (m_table && trimmed.contains(u'|')) {
            tableRow(trimmed);
            continue;
        }
        m_table.reset();
        if (trimmed.startsWith(u'#') || isRuler(trimmed) || trimmed == QStringLiteral("***") ||
            trimmed == QStringLiteral("___")) {
            continue; // headings and rulers say nothing about events
        }
        if (auto zone = TimelineParser::zoneFromNote(trimmed)) {
            m_noteZone = zone;
            continue;
        }
        freeLine(trimmed);
    }
    return std::move(m_result);
}

void Parser::freeLine(const QString& line)
{
    static const QRegularExpression bullet(QStringLiteral("^(?:[-*+•]|\\d{1,3}[.)])\\s+"));
    static const QRegularExpression emphasis(QStringLiteral("^(\\*\\*|__|\\*|_|`)([^*_`]+)\\1"));
    static const QRegularExpression separator(QStringLiteral("^[\\s\\-–—:|,;>]+"));
    QString text = line;
    text.remove(bullet);
    if (text.startsWith(u'|')) {
        // A table row without a header: the first cell that is a time makes the event.
        const QStringList cells = splitCells(text);
        for (int i = 0; i < cells.size(); ++i) {
            const Lead lead = parseLead(cells[i], 0);
            if (lead.ok && lead.consumed == cells[i].size()) {
                QStringList rest = cells;
                rest.removeAt(i);
                rest.removeAll(QString());
                addEvent(lead, rest.join(QStringLiteral(" – ")), QString(), std::nullopt, std::nullopt);
                return;
            }
        }
        unreadable(QCoreApplication::translate("TimelineParser", "No cell of this row is a date or time."));
        return;
    }
    Lead lead;
    QString rest;
    if (auto m = emphasis.match(text); m.hasMatch()) {
        const QString inner = m.captured(2).trimmed();
        lead = parseLead(inner, 0);
        if (lead.ok && lead.consumed != inner.size()) {
            lead.ok = false;
        }
        rest = text.mid(m.capturedEnd(0));
    }
    if (!lead.ok) {
        lead = parseLead(text, 0);
        rest = text.mid(lead.consumed);
    }
    if (!lead.ok) {
        unreadable(QCoreApplication::translate("TimelineParser", "The line does not start with a date or time."));
        return;
    }
    rest.remove(separator);
    addEvent(lead, rest, QString(), std::nullopt, std::nullopt);
}

void Parser::tableRow(const QString& line)
{
    const Table& table = *m_table;
    if (!table.timeline) {
        unreadable(QCoreApplication::translate("TimelineParser", "The table has no time or date column."));
        return;
    }
    const QStringList cells = splitCells(line);
    if (std::all_of(cells.cbegin(), cells.cend(), [](const QString& c) { return c.isEmpty(); })) {
        return; // an empty row loses nothing
    }
    auto cell = [&cells](int column) { return column >= 0 && column < cells.size() ? cells[column] : QString(); };
    QString timeText = cell(table.timeColumn);
    if (table.dateColumn >= 0) {
        timeText = cell(table.dateColumn) + u' ' + timeText;
    }
    timeText = timeText.trimmed();
    const Lead lead = parseLead(timeText, 0);
    if (!lead.ok || lead.consumed != timeText.size()) {
        unreadable(timeText.isEmpty()
                       ? QCoreApplication::translate("TimelineParser", "The row has no time.")
                       : QCoreApplication::translate("TimelineParser", "“%1” cannot be read as a date and time.")
                             .arg(timeText));
        return;
    }
    QString description;
    if (table.descriptionColumn >= 0) {
        description = cell(table.descriptionColumn);
        if (table.descriptionColumn == table.columns - 1 && cells.size() > table.columns) {
            // An unescaped "|" in the last column.
            description = cells.mid(table.descriptionColumn).join(QStringLiteral(" | "));
        }
    } else {
        QStringList others;
        for (int i = 0; i < cells.size(); ++i) {
            if (i != table.timeColumn && i != table.dateColumn && i != table.actorColumn && i != table.kindColumn &&
                !cells[i].isEmpty()) {
                others << cells[i];
            }
        }
        description = others.join(QStringLiteral(" – "));
    }
    std::optional<TimelineKind> kind;
    if (table.kindColumn >= 0) {
        kind = TimelineRules::kindFromLabel(cell(table.kindColumn));
    }
    addEvent(lead, description, decodeEntities(cell(table.actorColumn)).trimmed(), kind, table.zone);
}

bool Parser::addEvent(const Lead& lead,
                      QString description,
                      const QString& actor,
                      std::optional<TimelineKind> kind,
                      const std::optional<QTimeZone>& tableZone)
{
    QDate date = lead.date;
    const bool inferred = !date.isValid();
    if (inferred) {
        date = m_lastDate.isValid() ? m_lastDate : m_options.referenceDate;
        if (!date.isValid()) {
            unreadable(QCoreApplication::translate(
                "TimelineParser", "The time has no date: start with a line that has one, or set the story's start."));
            return false;
        }
        // "23:50", then "00:10": past midnight.
        if (lead.time && m_lastTime && m_lastDate.isValid() && lead.time->secsTo(*m_lastTime) > 12 * 3600) {
            date = date.addDays(1);
        }
    }
    TimelineEvent event;
    if (lead.time) {
        const QTimeZone zone = lead.zone    ? *lead.zone
                               : tableZone  ? *tableZone
                               : m_noteZone ? *m_noteZone
                                            : m_options.zone;
        event.occurredAt = QDateTime(date, *lead.time, zone).toUTC();
    } else {
        event.dateOnly = true;
        event.occurredAt = QDateTime(date, QTime(0, 0), Qt::UTC);
    }
    description = decodeEntities(description).simplified();
    if (auto labelled = takeKindLabel(description)) {
        kind = kind ? kind : labelled;
    }
    if (!lead.unknownTime.isEmpty() &&
        std::any_of(lead.unknownTime.cbegin(), lead.unknownTime.cend(), [](QChar c) { return c.isDigit(); })) {
        //: %1 is a time of day that was only partly known, e.g. "14:??"
        description =
            (description + u' ' + QCoreApplication::translate("TimelineParser", "(at %1)").arg(lead.unknownTime))
                .trimmed();
    }
    if (!lead.rangeEnd.isEmpty()) {
        //: %1 is the time of day at which something that went on for a while ended, e.g. "11:00"
        description =
            (description + u' ' + QCoreApplication::translate("TimelineParser", "(until %1)").arg(lead.rangeEnd))
                .trimmed();
    }
    event.description = description;
    event.actor = actor;
    event.kind = kind.value_or(TimelineKind::KeyMoment);
    m_result.events << event;
    m_lastDate = date;
    m_lastTime = lead.time;
    return true;
}

} // namespace

TimelineParseResult TimelineParser::parse(const QString& text, const Options& options)
{
    return Parser(options).run(text);
}

std::optional<TimelineParser::Timestamp>
TimelineParser::parseTimestamp(const QString& text, const QTimeZone& zone, const QDate& referenceDate)
{
    const QString trimmed = text.trimmed();
    const Lead lead = parseLead(trimmed, 0);
    if (!lead.ok || lead.consumed != trimmed.size() || !lead.rangeEnd.isEmpty()) {
        return std::nullopt;
    }
    const QDate date = lead.date.isValid() ? lead.date : referenceDate;
    if (!date.isValid()) {
        return std::nullopt;
    }
    if (!lead.time) {
        return Timestamp {QDateTime(date, QTime(0, 0), Qt::UTC), true};
    }
    return Timestamp {QDateTime(date, *lead.time, lead.zone.value_or(zone)).toUTC(), false};
}

std::optional<QTimeZone> TimelineParser::zoneFromName(const QString& name)
{
    static const QRegularExpression offset(QStringLiteral("^(?:UTC|GMT)?\\s*([+-])(\\d{1,2})(?::?(\\d{2}))?$"));
    const QString n = name.trimmed();
    const QString upper = n.toUpper();
    if (upper == QStringLiteral("UTC") || upper == QStringLiteral("GMT") || upper == QStringLiteral("Z") ||
        upper == QStringLiteral("UCT")) {
        return QTimeZone::utc();
    }
    if (auto m = offset.match(upper); m.hasMatch()) {
        const int hours = m.captured(2).toInt();
        const int minutes = m.captured(3).toInt();
        if (hours > 14 || minutes > 59) {
            return std::nullopt;
        }
        const int seconds = hours * 3600 + minutes * 60;
        return QTimeZone(m.captured(1) == QStringLiteral("-") ? -seconds : seconds);
    }
    // People who write "CET" all year mean the clock on their wall: the IANA zones "CET", "EET"
    // and "WET" keep summer time, as that clock does.
    struct Named
    {
        const char* abbreviation;
        const char* iana; // nullptr: a fixed offset
        int offsetMinutes;
    };
    static const Named named[] = {
        {"CET", "CET", 60},     {"MEZ", "CET", 60},     {"CEST", nullptr, 120}, {"MESZ", nullptr, 120},
        {"EET", "EET", 120},    {"EEST", nullptr, 180}, {"WET", "WET", 0},      {"WEST", nullptr, 60},
        {"BST", nullptr, 60},   {"EST", nullptr, -300}, {"EDT", nullptr, -240}, {"CST", nullptr, -360},
        {"CDT", nullptr, -300}, {"MST", nullptr, -420}, {"MDT", nullptr, -360}, {"PST", nullptr, -480},
        {"PDT", nullptr, -420}, {"JST", nullptr, 540},  {"AEST", nullptr, 600}, {"AEDT", nullptr, 660},
    };
    for (const Named& z : named) {
        if (upper == QLatin1String(z.abbreviation)) {
            if (z.iana) {
                QTimeZone zone(QByteArray(z.iana));
                if (zone.isValid()) {
                    return zone;
                }
            }
            return QTimeZone(z.offsetMinutes * 60);
        }
    }
    if (n.contains(u'/')) {
        QTimeZone zone(n.toUtf8());
        if (zone.isValid()) {
            return zone;
        }
    }
    return std::nullopt;
}

std::optional<QTimeZone> TimelineParser::zoneFromNote(const QString& line)
{
    static const QRegularExpression note(
        QStringLiteral("^[\\s*_(]*(?:all\\s+)?(?:times?|timestamps?|alle\\s+zeiten|zeiten|zeitangaben)\\s+"
                       "(?:are\\s+|sind\\s+)?(?:in\\s+)?(?:the\\s+)?([\\w/+:-]+)(?:\\s+time)?[\\s.)*_]*$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = note.match(line.trimmed());
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    return zoneFromName(m.captured(1));
}
