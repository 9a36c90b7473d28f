#include "import/PostmortemImporter.h"

#include "domain/StoryRules.h"
#include "import/TimelineParser.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>

namespace {

// Where the text under a heading goes.
enum class Target {
    Unknown, // Supporting information, with its heading
    Section,
    Timeline,
    Actions,
    Lessons,
    Authors,
    Date,
    Title,    // the block of the title heading: what follows it is the summary's lead
    Preamble, // before any heading
};

struct Mapping
{
    Target target = Target::Unknown;
    Section section = Section::SupportingInfo;
};

struct Block
{
    int level = 0; // 0: no heading
    QString heading;
    QString headingLine;
    QStringList lines;
    Mapping mapping;
    bool keepHeading = false; // an unknown sub-heading inside a known part
};

QString normalizedHeading(QString text)
{
    text = text.toLower();
    text.replace(QStringLiteral("&amp;"), QStringLiteral("and"));
    text.replace(u'&', QStringLiteral(" and "));
    text.replace(QChar(0x2019), u'\'');
    static const QRegularExpression paren(QStringLiteral("\\([^)]*\\)"));
    static const QRegularExpression numbering(QStringLiteral("^\\s*(?:\\d+(?:\\.\\d+)*[.)]?|[ivx]+[.)])\\s+"));
    static const QRegularExpression markup(QStringLiteral("[*_`~\\[\\]:?!.#]"));
    text.remove(paren);
    text.remove(markup);
    text.remove(numbering);
    return text.simplified();
}

Mapping mapHeading(const QString& heading)
{
    struct Rule
    {
        const char* pattern;
        Target target;
        Section section;
    };
    static const Rule rules[] = {
        {"went well|went right|good things|lief gut|worked well", Target::Section, Section::WentWell},
        {"went wrong|went badly|went poorly|didn't go|did not go|could have gone better|could be improved|"
         "lief schlecht|lief nicht gut|what was bad|needs improvement",
         Target::Section,
         Section::WentWrong},
        {"lucky|glück", Target::Section, Section::GotLucky},
        {"^lessons?\\b|^learnings?$|takeaways?|how'?d we do|erkenntnisse|lehren|gelernt",
         Target::Lessons,
         Section::SupportingInfo},
        {"timeline|chain of events|sequence of events|zeitverlauf|zeitleiste|chronolog|^ablauf",
         Target::Timeline,
         Section::SupportingInfo},
        {"action item|corrective|follow ?-?ups?|next steps|recommendation|remediation|preventi|^to ?-?dos?$|"
         "maßnahmen|massnahmen|action plan|^actions?$|^tasks$",
         Target::Actions,
         Section::SupportingInfo},
        {"^authors?$|^owners?$|^postmortem owners?$|^autor(en|in)?$|^by$|^name\\(?s\\)?$|^names$",
         Target::Authors,
         Section::SupportingInfo},
        {"^date$|^incident date$|^datum$", Target::Date, Section::SupportingInfo},
        {"impact|affected users|auswirkung", Target::Section, Section::Impact},
        {"detection|^detected|erkennung|entdeckung", Target::Section, Section::Detection},
        {"trigger|lead ?-?up|^fault$|auslöser", Target::Section, Section::Trigger},
        {"root cause|contributing|whys|caused|cause|process breakdown|ursache|^why",
         Target::Section,
         Section::RootCauses},
        {"resolution|recovery|^response$|mitigation|resolve|lösung|behebung|wiederherstellung|^fix",
         Target::Section,
         Section::Resolution},
        {"summary|overview|description|what happened|background|abstract|zusammenfassung|überblick|context|"
         "synopsis|executive|^incident$|beschreibung",
         Target::Section,
         Section::Summary},
        {"supporting|appendix|related records|references|links|messaging|attachments|documents|anhang",
         Target::Section,
         Section::SupportingInfo},
    };
    static const auto compiled = [] {
        QList<QPair<QRegularExpression, const Rule*>> list;
        for (const Rule& rule : rules) {
            list.append({QRegularExpression(QString::fromUtf8(rule.pattern)), &rule});
        }
        return list;
    }();
    const QString text = normalizedHeading(heading);
    if (text.isEmpty()) {
        return {};
    }
    for (const auto& [re, rule] : compiled) {
        if (re.match(text).hasMatch()) {
            return {rule->target, rule->section};
        }
    }
    return {};
}

bool isFence(const QString& line)
{
    const QString t = line.trimmed();
    return t.startsWith(QStringLiteral("```")) || t.startsWith(QStringLiteral("~~~"));
}

bool isRuler(const QString& line)
{
    static const QRegularExpression re(QStringLiteral("^\\s*\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$"));
    return re.match(line).hasMatch();
}

QStringList splitCells(QString line)
{
    line = line.trimmed();
    if (line.startsWith(u'|')) {
        line.remove(0, 1);
    }
    if (line.endsWith(u'|') && !line.endsWith(QStringLiteral("\\|"))) {
        line.chop(1);
    }
    QStringList cells = line.split(u'|');
    for (QString& c : cells) {
        c = c.trimmed();
    }
    return cells;
}

QStringList trimBlankEnds(QStringList lines)
{
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty()) {
        lines.removeFirst();
    }
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty()) {
        lines.removeLast();
    }
    return lines;
}

bool hasContent(const QStringList& lines)
{
    return std::any_of(lines.cbegin(), lines.cend(), [](const QString& l) { return !l.trimmed().isEmpty(); });
}

// One top-level item of a Markdown list, with its nested lines.
struct ListItem
{
    QString text; // first line without the marker, then the nested lines
    std::optional<bool> checked;
};

struct ListSplit
{
    QList<ListItem> items;
    QStringList rest; // lines that are not part of a list item
};

ListSplit splitList(const QStringList& lines)
{
    static const QRegularExpression marker(QStringLiteral("^(\\s*)(?:[-*+•]|\\d{1,3}[.)])(?:\\s+(.*))?$"));
    static const QRegularExpression box(QStringLiteral("^\\[([ xX])\\]\\s*"));
    ListSplit split;
    int itemIndent = -1;
    bool inItem = false;
    bool afterBlank = false;
    for (const QString& line : lines) {
        if (line.trimmed().isEmpty()) {
            afterBlank = true;
            if (!inItem) {
                split.rest << line;
            }
            continue;
        }
        const int indent =
            static_cast<int>(line.size() - QString(line).remove(QRegularExpression(QStringLiteral("^\\s+"))).size());
        const auto m = marker.match(line);
        const bool isMarker = m.hasMatch() && !isRuler(line) && line.trimmed() != QStringLiteral("---") &&
                              line.trimmed() != QStringLiteral("***");
        if (isMarker && (!inItem || indent <= itemIndent)) {
            ListItem item;
            QString text = m.captured(2);
            if (auto b = box.match(text); b.hasMatch()) {
                item.checked = b.captured(1) != QStringLiteral(" ");
                text = text.mid(b.capturedLength(0));
            }
            item.text = text.trimmed();
            split.items << item;
            itemIndent = indent;
            inItem = true;
            afterBlank = false;
            continue;
        }
        if (inItem && (indent > itemIndent || !afterBlank)) {
            // Nested items and continuation lines stay with their item.
            split.items.last().text += u'\n' + line.mid(std::min<int>(indent, itemIndent + 2));
            afterBlank = false;
            continue;
        }
        inItem = false;
        afterBlank = false;
        split.rest << line;
    }
    // An item with no text ("-" in a blank template) is a placeholder, not an item.
    split.items.erase(std::remove_if(split.items.begin(),
                                     split.items.end(),
                                     [](const ListItem& i) { return i.text.trimmed().isEmpty(); }),
                      split.items.end());
    return split;
}

std::optional<QDateTime> parseWhen(const QString& text, const QTimeZone& zone, bool* dateOnly = nullptr)
{
    QString t = text.trimmed();
    if ((t.startsWith(u'"') && t.endsWith(u'"')) || (t.startsWith(u'\'') && t.endsWith(u'\''))) {
        t = t.mid(1, t.size() - 2).trimmed();
    }
    if (t.isEmpty()) {
        return std::nullopt;
    }
    if (auto ts = TimelineParser::parseTimestamp(t, zone, QDate())) {
        if (dateOnly) {
            *dateOnly = ts->dateOnly;
        }
        return ts->utc;
    }
    QDateTime iso = QDateTime::fromString(t, Qt::ISODate);
    if (!iso.isValid()) {
        iso = QDateTime::fromString(t, Qt::RFC2822Date);
    }
    if (iso.isValid()) {
        if (iso.timeSpec() == Qt::LocalTime) {
            iso = QDateTime(iso.date(), iso.time(), zone);
        }
        if (dateOnly) {
            *dateOnly = false;
        }
        return iso.toUTC();
    }
    return std::nullopt;
}

QStringList splitNames(const QString& text)
{
    QString t = text;
    t.replace(QStringLiteral(" and "), QStringLiteral(","));
    QStringList names;
    for (QString part : t.split(QRegularExpression(QStringLiteral("[,;\\n]")))) {
        static const QRegularExpression lead(QStringLiteral("^\\s*(?:[-*+]|\\d+[.)])\\s+"));
        part.remove(lead);
        part = part.trimmed();
        if (!part.isEmpty()) {
            names << part;
        }
    }
    return names;
}

bool isPlaceholderValue(const QString& v)
{
    static const QRegularExpression re(QStringLiteral("^(?:x+|y+|z+|n/?a|tbd|-+|\\?+)$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(v.trimmed()).hasMatch();
}

// --- YAML front matter: a practical subset -------------------------------------------------------

struct FrontMatterEntry
{
    QString key;
    QStringList values; // one for a scalar, several for a list
    bool isList = false;
    QStringList rawLines;
};

QString unquote(QString v)
{
    v = v.trimmed();
    if (v.size() >= 2 && ((v.startsWith(u'"') && v.endsWith(u'"')) || (v.startsWith(u'\'') && v.endsWith(u'\'')))) {
        const QChar q = v.front();
        v = v.mid(1, v.size() - 2);
        if (q == u'"') {
            QString out;
            for (qsizetype i = 0; i < v.size(); ++i) {
                if (v[i] == u'\\' && i + 1 < v.size()) {
                    const QChar next = v[++i];
                    out += next == u'n'   ? QChar(u'\n')
                           : next == u't' ? QChar(u'\t')
                           : next == u'r' ? QChar(u'\r')
                                          : next;
                } else {
                    out += v[i];
                }
            }
            v = out;
        } else {
            v.replace(QStringLiteral("''"), QStringLiteral("'"));
        }
    }
    return v;
}

QList<FrontMatterEntry> parseFrontMatter(const QStringList& lines)
{
    static const QRegularExpression keyLine(QStringLiteral("^([A-Za-z_][\\w .-]*?)\\s*:(?:\\s+(.*))?$"));
    static const QRegularExpression itemLine(QStringLiteral("^\\s*-\\s+(.*)$"));
    QList<FrontMatterEntry> entries;
    for (int i = 0; i < lines.size(); ++i) {
        const QString& line = lines[i];
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#')) {
            if (!entries.isEmpty() && !line.trimmed().isEmpty()) {
                entries.last().rawLines << line;
            } else if (!line.trimmed().isEmpty()) {
                entries.append({QString(), {line.trimmed()}, false, {line}});
            }
            continue;
        }
        const auto m = keyLine.match(line);
        if (!m.hasMatch() || line.front().isSpace()) {
            // A line of a structure this reader does not know: kept as it is.
            if (!entries.isEmpty()) {
                entries.last().rawLines << line;
                if (auto item = itemLine.match(line); item.hasMatch() && entries.last().isList) {
                    entries.last().values << unquote(item.captured(1));
                }
            } else {
                entries.append({QString(), {line.trimmed()}, false, {line}});
            }
            continue;
        }
        FrontMatterEntry entry;
        entry.key = m.captured(1).trimmed().toLower();
        entry.rawLines << line;
        QString value = m.captured(2).trimmed();
        if (value.startsWith(u'[') && value.endsWith(u']')) {
            entry.isList = true;
            for (const QString& part : value.mid(1, value.size() - 2).split(u',')) {
                if (!unquote(part).isEmpty()) {
                    entry.values << unquote(part);
                }
            }
        } else if (value.startsWith(u'|') || value.startsWith(u'>')) {
            const bool folded = value.startsWith(u'>');
            QStringList block;
            while (i + 1 < lines.size() && (lines[i + 1].trimmed().isEmpty() || lines[i + 1].front().isSpace())) {
                ++i;
                entry.rawLines << lines[i];
                block << lines[i].trimmed();
            }
            block = trimBlankEnds(block);
            entry.values << (folded ? block.join(u' ').simplified() : block.join(u'\n'));
        } else if (value.isEmpty()) {
            // A list in "- a" form may follow.
            while (i + 1 < lines.size() && itemLine.match(lines[i + 1]).hasMatch()) {
                ++i;
                entry.rawLines << lines[i];
                entry.isList = true;
                entry.values << unquote(itemLine.match(lines[i]).captured(1));
            }
        } else {
            entry.values << unquote(value);
        }
        entries << entry;
    }
    return entries;
}

// --- the reader -------------------------------------------------------------------------------

class Reader
{
public:
    Reader(const QString& name, const PostmortemImporter::Options& options)
        : m_name(name)
        , m_options(options)
    {
        m_result.story.kind = StoryKind::Postmortem;
        m_result.story.status = StoryStatus::Draft;
    }

    ImportedStory run(const QString& text);

private:
    void readFrontMatter(const QStringList& lines);
    QList<Block> splitBlocks(const QStringList& lines);
    void assign(QList<Block>& blocks);
    void handle(const Block& block);
    void appendSection(Section section, const QString& heading, const QStringList& lines, bool withHeading);
    void appendSupporting(const QString& headingLine, const QStringList& lines);
    void readMetadataLines(const QStringList& lines);
    void readTimeline(const Block& block);
    void readActions(const Block& block);
    void readLessons(const Block& block, LessonKind kind, bool keepRest);
    ActionItem actionFromText(const QString& text, std::optional<bool> checked);
    void finish();

    QString m_name;
    PostmortemImporter::Options m_options;
    ImportedStory m_result;
    std::array<QStringList, SectionCount> m_sectionParts; // the texts feeding each section, in order
    QStringList m_supporting;
    QStringList m_frontMatterRest;
    QString m_frontMatterSummary;
    QDate m_referenceDate;
    bool m_titleFromFrontMatter = false;
    // The file is a Kintsugi Markdown export: lessons listed under "What went well" are lessons only.
    bool m_kintsugiShape = false;
};

ImportedStory Reader::run(const QString& text)
{
    QString normalized = text;
    if (normalized.startsWith(QChar(0xfeff))) {
        normalized.remove(0, 1);
    }
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    QStringList lines = normalized.split(u'\n');
    // Front matter: "---" on the first line up to the next "---" or "...".
    if (!lines.isEmpty() && lines.first().trimmed() == QStringLiteral("---")) {
        for (int i = 1; i < lines.size(); ++i) {
            const QString t = lines[i].trimmed();
            if (t == QStringLiteral("---") || t == QStringLiteral("...")) {
                readFrontMatter(lines.mid(1, i - 1));
                lines = lines.mid(i + 1);
                break;
            }
        }
    }
    QList<Block> blocks = splitBlocks(lines);
    assign(blocks);
    for (const Block& block : std::as_const(blocks)) {
        handle(block);
    }
    finish();
    return std::move(m_result);
}

void Reader::readFrontMatter(const QStringList& lines)
{
    Story& story = m_result.story;
    for (const FrontMatterEntry& e : parseFrontMatter(lines)) {
        const QString value = e.values.isEmpty() ? QString() : e.values.first();
        const QString& key = e.key;
        bool used = true;
        if (key == QLatin1String("title") || key == QLatin1String("name")) {
            story.title = value.simplified();
            m_titleFromFrontMatter = !story.title.isEmpty();
        } else if (key == QLatin1String("date") || key == QLatin1String("start_time") ||
                   key == QLatin1String("start") || key == QLatin1String("started") ||
                   key == QLatin1String("started_at") || key == QLatin1String("starttime")) {
            bool dateOnly = false;
            if (auto when = parseWhen(value, m_options.zone, &dateOnly)) {
                if (key == QLatin1String("date")) {
                    m_referenceDate = when->date();
                    if (!story.startedAt.isValid()) {
                        story.startedAt = *when;
                    }
                } else {
                    story.startedAt = *when;
                    m_referenceDate = m_referenceDate.isValid() ? m_referenceDate : when->date();
                }
            } else {
                used = false;
            }
        } else if (key == QLatin1String("end_time") || key == QLatin1String("end") || key == QLatin1String("ended") ||
                   key == QLatin1String("resolved") || key == QLatin1String("resolved_at") ||
                   key == QLatin1String("endtime")) {
            if (auto when = parseWhen(value, m_options.zone)) {
                story.resolvedAt = *when;
            } else {
                used = false;
            }
        } else if (key == QLatin1String("detected") || key == QLatin1String("detected_at") ||
                   key == QLatin1String("detection_time")) {
            if (auto when = parseWhen(value, m_options.zone)) {
                story.detectedAt = *when;
            } else {
                used = false;
            }
        } else if (key == QLatin1String("categories") || key == QLatin1String("category") ||
                   key == QLatin1String("keywords") || key == QLatin1String("tags") || key == QLatin1String("tag")) {
            QStringList values = e.isList ? e.values : value.split(u',');
            for (const QString& v : std::as_const(values)) {
                const QString tag = v.trimmed();
                if (!tag.isEmpty() && !story.tags.contains(tag)) {
                    story.tags << tag;
                }
            }
        } else if (key == QLatin1String("authors") || key == QLatin1String("author") || key == QLatin1String("owner") ||
                   key == QLatin1String("owners")) {
            for (const QString& v : e.isList ? e.values : splitNames(value)) {
                if (!v.trimmed().isEmpty() && !story.authors.contains(v.trimmed())) {
                    story.authors << v.trimmed();
                }
            }
        } else if (key == QLatin1String("summary") || key == QLatin1String("description")) {
            m_frontMatterSummary = value;
        } else if (key == QLatin1String("severity") || key == QLatin1String("sev")) {
            static const QRegularExpression digit(QStringLiteral("(\\d)"));
            if (auto m = digit.match(value); m.hasMatch()) {
                story.severity = std::clamp(m.captured(1).toInt(), 0, StoryRules::MaxSeverity);
            }
            // A bare number is the severity; "high" or "SEV2 (major)" says more and is kept as text.
            bool number = false;
            (void)value.toInt(&number);
            used = number;
        } else if (key == QLatin1String("kind")) {
            m_kintsugiShape = true;
            if (value == QLatin1String("failure")) {
                story.kind = StoryKind::Failure;
            } else if (value != QLatin1String("postmortem")) {
                used = false;
            }
        } else if (key == QLatin1String("status")) {
            // Imported stories start as drafts; another status is kept as text.
            used = value.compare(QLatin1String("draft"), Qt::CaseInsensitive) == 0;
        } else {
            used = false;
        }
        if (!used) {
            m_frontMatterRest << e.rawLines;
        }
    }
}

QList<Block> Reader::splitBlocks(const QStringList& lines)
{
    static const QRegularExpression atx(QStringLiteral("^ {0,3}(#{1,6})(?:\\s+(.*?))?\\s*#*\\s*$"));
    static const QRegularExpression setext1(QStringLiteral("^ {0,3}=+\\s*$"));
    static const QRegularExpression setext2(QStringLiteral("^ {0,3}-{2,}\\s*$"));
    static const QRegularExpression bold(QStringLiteral("^\\s*(?:\\*\\*|__)([^*_]{2,80}?):?(?:\\*\\*|__):?\\s*$"));
    QList<Block> blocks(1);
    bool inFence = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString& line = lines[i];
        if (isFence(line)) {
            inFence = !inFence;
            blocks.last().lines << line;
            continue;
        }
        if (!inFence) {
            Block heading;
            if (auto m = atx.match(line); m.hasMatch()) {
                heading.level = static_cast<int>(m.captured(1).size());
                heading.heading = m.captured(2).trimmed();
                heading.headingLine = line;
            } else if (i + 1 < lines.size() && !line.trimmed().isEmpty() && !line.contains(u'|') &&
                       !line.trimmed().startsWith(u'-') && !line.trimmed().startsWith(u'>') &&
                       (i == 0 || lines[i - 1].trimmed().isEmpty()) &&
                       (setext1.match(lines[i + 1]).hasMatch() ||
                        (setext2.match(lines[i + 1]).hasMatch() && !isRuler(line)))) {
                heading.level = setext1.match(lines[i + 1]).hasMatch() ? 1 : 2;
                heading.heading = line.trimmed();
                heading.headingLine = line + u'\n' + lines[i + 1];
                ++i;
            } else if (auto b = bold.match(line); b.hasMatch() && mapHeading(b.captured(1)).target != Target::Unknown &&
                                                  (i == 0 || lines[i - 1].trimmed().isEmpty())) {
                heading.level = 6;
                heading.heading = b.captured(1).trimmed();
                heading.headingLine = line;
            }
            if (heading.level > 0) {
                blocks << heading;
                continue;
            }
        }
        blocks.last().lines << line;
    }
    return blocks;
}

void Reader::assign(QList<Block>& blocks)
{
    Target contextTarget = Target::Preamble;
    Mapping context {Target::Preamble, Section::Summary};
    int contextLevel = 0;
    bool titleSeen = false;
    for (Block& block : blocks) {
        if (block.level == 0) {
            block.mapping = {Target::Preamble, Section::Summary};
            continue;
        }
        Mapping mapping = mapHeading(block.heading);
        // The document's first heading, at level 1, is its title unless it is just a section name
        // ("# Summary"): "# ALB instance attachments removed" names the incident, not a section.
        if (!titleSeen && block.level == 1 && !m_titleFromFrontMatter && m_result.story.title.isEmpty() &&
            block.heading.simplified().count(QLatin1Char(' ')) >= 3) {
            mapping.target = Target::Unknown;
        }
        if (mapping.target == Target::Unknown && !titleSeen && block.level <= 2 &&
            (block.level == 1 || (!m_titleFromFrontMatter && m_result.story.title.isEmpty()))) {
            titleSeen = true;
            block.mapping = {Target::Title, Section::Summary};
            if (m_result.story.title.isEmpty()) {
                m_result.story.title = block.heading.simplified();
            } else if (block.heading.simplified() != m_result.story.title) {
                block.keepHeading = true; // a second title: kept in the summary
            }
            context = block.mapping;
            contextLevel = block.level;
            continue;
        }
        if (mapping.target != Target::Unknown) {
            block.mapping = mapping;
            context = mapping;
            contextLevel = block.level;
            contextTarget = mapping.target;
            continue;
        }
        if (context.target != Target::Preamble && context.target != Target::Title &&
            context.target != Target::Unknown && block.level > contextLevel) {
            block.mapping = context;
            block.keepHeading = true;
            continue;
        }
        block.mapping = {Target::Unknown, Section::SupportingInfo};
        context = block.mapping;
        contextLevel = block.level;
    }
    Q_UNUSED(contextTarget);
}

void Reader::appendSection(Section section, const QString& heading, const QStringList& lines, bool withHeading)
{
    const QStringList body = trimBlankEnds(lines);
    // Parts are joined once at the end: many headings feeding one section stay linear.
    QStringList& parts = m_sectionParts[static_cast<size_t>(section)];
    // A second heading feeding the same section stays as a heading inside it.
    const bool keep = !heading.isEmpty() && (withHeading || (!parts.isEmpty() && hasContent(body)));
    if (!keep && body.isEmpty()) {
        return;
    }
    QString part = keep ? QStringLiteral("### ") + heading : QString();
    if (!body.isEmpty()) {
        part += (part.isEmpty() ? QString() : QStringLiteral("\n")) + body.join(u'\n');
    }
    parts << part;
}

void Reader::appendSupporting(const QString& headingLine, const QStringList& lines)
{
    const QStringList body = trimBlankEnds(lines);
    if (headingLine.isEmpty() && body.isEmpty()) {
        return;
    }
    QString part = headingLine;
    if (!body.isEmpty()) {
        part += (part.isEmpty() ? QString() : QStringLiteral("\n\n")) + body.join(u'\n');
    }
    m_supporting << part;
}

void Reader::readMetadataLines(const QStringList& lines)
{
    static const QRegularExpression meta(
        QStringLiteral("^\\s*(?:[-*+]\\s+)?(?:\\*\\*|__)?\\s*(authors?|owners?|by|name\\(s\\)|names|written by|"
                       "category|categories|tags?|date|severity)\\s*:?(?:\\*\\*|__)?\\s*:?\\s*(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    Story& story = m_result.story;
    for (const QString& line : lines) {
        const auto m = meta.match(line);
        if (!m.hasMatch() || !line.contains(u':')) {
            continue;
        }
        const QString key = m.captured(1).toLower();
        QString value = m.captured(2).trimmed();
        value.remove(QRegularExpression(QStringLiteral("^[*_]+|[*_]+$")));
        value = value.trimmed();
        if (value.isEmpty() || isPlaceholderValue(value) || value.startsWith(u'(') || value.startsWith(u'[') ||
            value.startsWith(u'<')) {
            continue;
        }
        if (key.startsWith(QLatin1String("categor")) || key.startsWith(QLatin1String("tag"))) {
            for (const QString& tag : value.split(u',')) {
                if (!tag.trimmed().isEmpty() && !story.tags.contains(tag.trimmed())) {
                    story.tags << tag.trimmed();
                }
            }
        } else if (key == QLatin1String("date")) {
            if (auto when = parseWhen(value, m_options.zone)) {
                m_referenceDate = m_referenceDate.isValid() ? m_referenceDate : when->date();
                if (!story.startedAt.isValid()) {
                    story.startedAt = *when;
                }
            }
        } else if (key == QLatin1String("severity")) {
            static const QRegularExpression digit(QStringLiteral("(\\d)"));
            if (auto d = digit.match(value); d.hasMatch() && story.severity == 0) {
                story.severity = std::clamp(d.captured(1).toInt(), 0, StoryRules::MaxSeverity);
            }
        } else {
            for (const QString& name : splitNames(value)) {
                if (!story.authors.contains(name)) {
                    story.authors << name;
                }
            }
        }
    }
}

void Reader::handle(const Block& block)
{
    const QString heading = block.heading;
    switch (block.mapping.target) {
    case Target::Preamble:
        // Before any heading (a template's note): supporting information.
        readMetadataLines(block.lines);
        if (hasContent(block.lines)) {
            appendSupporting(QString(), block.lines);
        }
        return;
    case Target::Title:
        // The lead under the title ("By: …", a short description) starts the summary.
        readMetadataLines(block.lines);
        appendSection(Section::Summary, block.keepHeading ? heading : QString(), block.lines, block.keepHeading);
        return;
    case Target::Section: {
        const Section section = block.mapping.section;
        readMetadataLines(block.lines);
        if (section == Section::SupportingInfo) {
            // Supporting information collects several parts: each keeps its heading ("Messaging").
            const bool named = normalizedHeading(heading).startsWith(QLatin1String("supporting"));
            appendSupporting(named && !block.keepHeading ? QString() : block.headingLine, block.lines);
            return;
        }
        const bool lessonSection =
            section == Section::WentWell || section == Section::WentWrong || section == Section::GotLucky;
        if (m_kintsugiShape && lessonSection) {
            // Kintsugi's own export: the section's text, then its lessons as a list.
            const ListSplit split = splitList(block.lines);
            appendSection(section, heading, split.rest, block.keepHeading);
            for (const ListItem& li : split.items) {
                Lesson lesson;
                lesson.kind = section == Section::WentWell    ? LessonKind::WentWell
                              : section == Section::WentWrong ? LessonKind::WentWrong
                                                              : LessonKind::GotLucky;
                lesson.text = li.text.trimmed();
                m_result.lessons << lesson;
            }
            return;
        }
        appendSection(section, heading, block.lines, block.keepHeading);
        if (section == Section::WentWell) {
            readLessons(block, LessonKind::WentWell, false);
        } else if (section == Section::WentWrong) {
            readLessons(block, LessonKind::WentWrong, false);
        } else if (section == Section::GotLucky) {
            readLessons(block, LessonKind::GotLucky, false);
        }
        return;
    }
    case Target::Timeline:
        readTimeline(block);
        return;
    case Target::Actions:
        readActions(block);
        return;
    case Target::Lessons:
        readLessons(block, LessonKind::Lesson, true);
        return;
    case Target::Authors: {
        QStringList names;
        for (const QString& line : block.lines) {
            if (!line.trimmed().isEmpty() && !line.trimmed().startsWith(u'[') && !line.trimmed().startsWith(u'<')) {
                names << splitNames(line);
            }
        }
        for (const QString& name : std::as_const(names)) {
            if (!m_result.story.authors.contains(name)) {
                m_result.story.authors << name;
            }
        }
        // Kept as written too: a list of names may carry roles or notes.
        appendSupporting(block.headingLine, block.lines);
        return;
    }
    case Target::Date:
        for (const QString& line : block.lines) {
            if (auto when = parseWhen(line, m_options.zone); when && !m_result.story.startedAt.isValid()) {
                m_result.story.startedAt = *when;
                m_referenceDate = when->date();
            }
        }
        appendSupporting(block.headingLine, block.lines);
        return;
    case Target::Unknown:
        readMetadataLines(block.lines);
        appendSupporting(block.headingLine, block.lines);
        return;
    }
}

void Reader::readTimeline(const Block& block)
{
    TimelineParser::Options options;
    options.zone = m_options.zone;
    options.referenceDate = m_referenceDate.isValid() ? m_referenceDate : m_result.story.startedAt.date();
    const QString text = block.lines.join(u'\n');
    const TimelineParseResult parsed = TimelineParser::parse(text, options);
    m_result.events << parsed.events;
    QSet<int> unreadable;
    for (const UnreadableLine& line : parsed.unreadable) {
        unreadable.insert(line.lineNumber);
    }
    // What did not become an event stays as text: notes ("All times in UTC."), prose, unreadable rows.
    QStringList kept;
    bool keptTableHeader = false;
    for (int i = 0; i < block.lines.size(); ++i) {
        const QString& line = block.lines[i];
        const QString t = line.trimmed();
        if (t.isEmpty()) {
            kept << line;
            continue;
        }
        const bool isTableHeader = t.contains(u'|') && i + 1 < block.lines.size() && isRuler(block.lines[i + 1]);
        if (unreadable.contains(i + 1) || TimelineParser::zoneFromNote(t) || t.startsWith(u'#') ||
            (isTableHeader && false)) {
            // An unreadable row of a table keeps its table's header above it, once.
            if (unreadable.contains(i + 1) && t.contains(u'|') && !keptTableHeader) {
                for (int h = i - 1; h >= 1; --h) {
                    if (isRuler(block.lines[h]) && block.lines[h - 1].contains(u'|')) {
                        kept << block.lines[h - 1] << block.lines[h];
                        keptTableHeader = true;
                        break;
                    }
                    if (block.lines[h].trimmed().isEmpty()) {
                        break;
                    }
                }
            }
            kept << line;
        }
    }
    if (!parsed.unreadable.isEmpty()) {
        //: %1 is a number of lines
        m_result.warnings << QCoreApplication::translate(
                                 "PostmortemImporter",
                                 "Timeline: %1 line(s) could not be read as events and were kept as text.")
                                 .arg(parsed.unreadable.size());
    }
    QString headingLine = block.keepHeading || block.mapping.target == Target::Timeline ? block.headingLine : QString();
    if (hasContent(kept)) {
        appendSupporting(headingLine, kept);
    }
}

ActionItem Reader::actionFromText(const QString& text, std::optional<bool> checked)
{
    static const QRegularExpression url(QStringLiteral("<?(https?://[^\\s<>)\\]]+)>?"));
    static const QRegularExpression owner(
        QStringLiteral("(?:owner|assignee|assigned to|responsible|who)\\s*[:=]\\s*@?([^,;()\\[\\]\\n]+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression mention(QStringLiteral("(?:^|\\s)@([\\w][\\w.-]*)"));
    static const QRegularExpression due(
        QStringLiteral("(?:due|deadline|by|until)\\s*(?:date)?\\s*[:=]?\\s*(\\d{4}-\\d{2}-\\d{2})"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression status(QStringLiteral("status\\s*[:=]\\s*([\\w -]+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression strike(QStringLiteral("^~~.*~~$"));
    static const QRegularExpression doneWord(QStringLiteral("[(\\[](?:done|completed|fixed|closed)[)\\]]"),
                                             QRegularExpression::CaseInsensitiveOption);
    ActionItem item;
    item.title = text.simplified();
    // Kintsugi's export: "title — owner: o; due: YYYY-MM-DD; status: key; priority: p; type: key; ticket: url".
    static const QRegularExpression exported(
        QStringLiteral("^(.*) \u2014 ((?:owner|due|status|priority|type|ticket): .*)$"));
    if (auto m = exported.match(item.title); m.hasMatch()) {
        ActionItem parsed;
        parsed.title = m.captured(1).trimmed();
        bool ok = true;
        for (const QString& part : m.captured(2).split(QStringLiteral("; "))) {
            const qsizetype colon = part.indexOf(QStringLiteral(": "));
            const QString key = part.left(colon);
            const QString value = part.mid(colon + 2).trimmed();
            if (key == QLatin1String("owner")) {
                parsed.owner = value;
            } else if (key == QLatin1String("due")) {
                parsed.dueDate = QDate::fromString(value, Qt::ISODate);
                ok = ok && parsed.dueDate.isValid();
            } else if (key == QLatin1String("status") && ActionRules::statusFromKey(value)) {
                parsed.status = *ActionRules::statusFromKey(value);
            } else if (key == QLatin1String("priority")) {
                parsed.priority = value == QLatin1String("high") ? 1 : value == QLatin1String("low") ? 3 : 2;
                ok = ok && (parsed.priority != 2 || value == QLatin1String("medium"));
            } else if (key == QLatin1String("type") && ActionRules::typeFromKey(value)) {
                parsed.type = *ActionRules::typeFromKey(value);
            } else if (key == QLatin1String("ticket")) {
                parsed.ticketUrl = value;
            } else {
                ok = false;
            }
        }
        if (ok) {
            return parsed;
        }
    }
    if (auto m = url.match(text); m.hasMatch()) {
        QString link = m.captured(1);
        while (!link.isEmpty() && QStringLiteral(".,;:").contains(link.back())) {
            link.chop(1);
        }
        item.ticketUrl = link;
    }
    if (auto m = owner.match(text); m.hasMatch()) {
        item.owner = m.captured(1).trimmed();
    } else if (auto at = mention.match(text); at.hasMatch()) {
        item.owner = at.captured(1);
    }
    if (auto m = due.match(text); m.hasMatch()) {
        item.dueDate = QDate::fromString(m.captured(1), Qt::ISODate);
    }
    if (checked) {
        item.status = *checked ? ActionStatus::Done : ActionStatus::Open;
    }
    if (auto m = status.match(text); m.hasMatch()) {
        const QString s = m.captured(1).trimmed().toLower();
        if (s.startsWith(QLatin1String("done")) || s.startsWith(QLatin1String("complete")) ||
            s.startsWith(QLatin1String("closed")) || s.startsWith(QLatin1String("fixed"))) {
            item.status = ActionStatus::Done;
        } else if (s.startsWith(QLatin1String("in progress")) || s.startsWith(QLatin1String("in-progress")) ||
                   s.startsWith(QLatin1String("started")) || s.startsWith(QLatin1String("doing"))) {
            item.status = ActionStatus::InProgress;
        } else if (s.startsWith(QLatin1String("won")) || s.startsWith(QLatin1String("wont")) ||
                   s.startsWith(QLatin1String("rejected")) || s.startsWith(QLatin1String("cancel"))) {
            item.status = ActionStatus::WontDo;
        }
    }
    if (strike.match(text.trimmed()).hasMatch() || doneWord.match(text).hasMatch()) {
        item.status = ActionStatus::Done;
    }
    return item;
}

void Reader::readActions(const Block& block)
{
    QStringList rest;
    const QStringList& lines = block.lines;
    QStringList listLines;
    for (int i = 0; i < lines.size(); ++i) {
        const QString t = lines[i].trimmed();
        if (t.contains(u'|') && i + 1 < lines.size() && isRuler(lines[i + 1])) {
            // A table: a column that names the action makes one item a row.
            const QStringList header = splitCells(t);
            int titleCol = -1, ownerCol = -1, dueCol = -1, ticketCol = -1, statusCol = -1, priorityCol = -1,
                typeCol = -1;
            for (int c = 0; c < header.size(); ++c) {
                const QString h = normalizedHeading(header[c]);
                auto has = [&h](const char* re) {
                    return QRegularExpression(QString::fromUtf8(re)).match(h).hasMatch();
                };
                if (ownerCol < 0 && has("owner|who|assignee|responsible|verantwortlich|^by$")) {
                    ownerCol = c;
                } else if (dueCol < 0 && has("due|deadline|fällig|^date$|^when$")) {
                    dueCol = c;
                } else if (ticketCol < 0 && has("bug|ticket|issue|link|jira|tracking|^url$")) {
                    ticketCol = c;
                } else if (statusCol < 0 && has("status|state|done")) {
                    statusCol = c;
                } else if (priorityCol < 0 && has("priority|prio")) {
                    priorityCol = c;
                } else if (typeCol < 0 && has("^type|^kind|^art$")) {
                    typeCol = c;
                } else if (titleCol < 0 && has("action|item|task|description|title|what|remediation|maßnahme|"
                                               "follow|^name$")) {
                    titleCol = c;
                }
            }
            int end = i + 2;
            while (end < lines.size() && lines[end].contains(u'|') && !lines[end].trimmed().isEmpty()) {
                ++end;
            }
            if (titleCol < 0) {
                for (int k = i; k < end; ++k) {
                    rest << lines[k];
                }
                i = end - 1;
                continue;
            }
            for (int k = i + 2; k < end; ++k) {
                const QStringList cells = splitCells(lines[k]);
                if (std::all_of(cells.cbegin(), cells.cend(), [](const QString& c) { return c.isEmpty(); })) {
                    continue;
                }
                auto cell = [&cells](int c) { return c >= 0 && c < cells.size() ? cells[c] : QString(); };
                QString title = cell(titleCol);
                QStringList extra;
                for (int c = 0; c < cells.size(); ++c) {
                    if (c != titleCol && c != ownerCol && c != dueCol && c != statusCol && c != priorityCol &&
                        !cells[c].isEmpty()) {
                        if (c == ticketCol && cells[c].contains(QStringLiteral("://"))) {
                            continue;
                        }
                        extra << (c < header.size() && !header[c].isEmpty() ? header[c] + QStringLiteral(": ")
                                                                            : QString()) +
                                     cells[c];
                    }
                }
                if (!extra.isEmpty()) {
                    title += QStringLiteral(" (") + extra.join(QStringLiteral("; ")) + u')';
                }
                ActionItem item = actionFromText(title, std::nullopt);
                item.owner = cell(ownerCol).isEmpty() ? item.owner : cell(ownerCol);
                const QString dueText = cell(dueCol);
                if (!dueText.isEmpty()) {
                    if (auto when = parseWhen(dueText, m_options.zone)) {
                        item.dueDate = when->date();
                    } else {
                        item.title +=
                            QStringLiteral(" (") + header.value(dueCol) + QStringLiteral(": ") + dueText + u')';
                    }
                }
                if (cell(ticketCol).contains(QStringLiteral("://"))) {
                    item.ticketUrl = cell(ticketCol).remove(u'<').remove(u'>').trimmed();
                }
                const QString statusText = cell(statusCol).toLower();
                if (!statusText.isEmpty()) {
                    ActionItem probe = actionFromText(QStringLiteral("status: ") + statusText, std::nullopt);
                    if (statusText.contains(QLatin1String("[x]")) || statusText == QLatin1String("yes") ||
                        statusText.contains(QChar(0x2713)) || statusText.contains(QChar(0x2705))) {
                        probe.status = ActionStatus::Done;
                    }
                    item.status = probe.status;
                    if (probe.status == ActionStatus::Open && statusText != QLatin1String("open") &&
                        statusText != QLatin1String("todo") && statusText != QLatin1String("[ ]")) {
                        item.title += QStringLiteral(" (") + header.value(statusCol) + QStringLiteral(": ") +
                                      cell(statusCol) + u')';
                    }
                }
                const QString priorityText = cell(priorityCol).toLower();
                if (!priorityText.isEmpty()) {
                    if (priorityText.contains(QLatin1String("high")) || priorityText.contains(u'1') ||
                        priorityText.contains(QLatin1String("p0"))) {
                        item.priority = static_cast<int>(ActionPriority::High);
                    } else if (priorityText.contains(QLatin1String("low")) || priorityText.contains(u'3')) {
                        item.priority = static_cast<int>(ActionPriority::Low);
                    } else if (!priorityText.contains(QLatin1String("med")) && !priorityText.contains(u'2')) {
                        item.title += QStringLiteral(" (") + header.value(priorityCol) + QStringLiteral(": ") +
                                      cell(priorityCol) + u')';
                    }
                }
                for (ActionType type : ActionRules::allTypes()) {
                    if (typeCol >= 0 && cell(typeCol).compare(ActionRules::typeKey(type), Qt::CaseInsensitive) == 0) {
                        item.type = type;
                    }
                }
                m_result.actions << item;
            }
            i = end - 1;
            continue;
        }
        // Lists are gathered and split below; everything else is kept.
        listLines << lines[i];
    }
    const ListSplit split = splitList(listLines);
    for (const ListItem& li : split.items) {
        m_result.actions << actionFromText(li.text, li.checked);
    }
    rest << split.rest;
    if (hasContent(rest) || block.keepHeading) {
        appendSupporting(block.headingLine, rest);
    }
}

void Reader::readLessons(const Block& block, LessonKind kind, bool keepRest)
{
    const ListSplit split = splitList(block.lines);
    for (const ListItem& li : split.items) {
        Lesson lesson;
        lesson.kind = kind;
        lesson.text = li.text.trimmed();
        m_result.lessons << lesson;
    }
    if (keepRest && split.items.isEmpty() && !block.keepHeading) {
        // Lessons written as prose: a paragraph a lesson.
        QStringList paragraph;
        QStringList rest;
        auto flush = [this, &paragraph, kind] {
            if (hasContent(paragraph)) {
                Lesson lesson;
                lesson.kind = kind;
                lesson.text = trimBlankEnds(paragraph).join(u'\n');
                m_result.lessons << lesson;
            }
            paragraph.clear();
        };
        bool inFence = false;
        for (const QString& line : block.lines) {
            inFence = isFence(line) ? !inFence : inFence;
            if (!inFence && line.trimmed().isEmpty()) {
                flush();
            } else if (!inFence && (line.trimmed().startsWith(u'#') || line.contains(u'|') ||
                                    line.trimmed().startsWith(u'<') || isPlaceholderValue(line))) {
                rest << line; // tables, comments, placeholders stay as text
            } else {
                paragraph << line;
            }
        }
        flush();
        if (hasContent(rest)) {
            appendSupporting(block.headingLine, rest);
        }
        return;
    }
    if (keepRest) {
        readMetadataLines(split.rest);
        if (hasContent(split.rest) || block.keepHeading) {
            appendSupporting(block.headingLine, split.rest);
        } else if (split.items.isEmpty() && !block.keepHeading) {
            // An empty "Lessons learned" heading says nothing more.
        }
    }
}

void Reader::finish()
{
    Story& story = m_result.story;
    for (Section section : StoryRules::allSections()) {
        story.setSection(section, m_sectionParts[static_cast<size_t>(section)].join(QStringLiteral("\n\n")));
    }
    if (story.title.trimmed().isEmpty()) {
        story.title = QFileInfo(m_name).completeBaseName();
        if (story.title.endsWith(QLatin1String(".md"), Qt::CaseInsensitive)) {
            story.title.chop(3);
        }
    }
    if (!m_frontMatterSummary.isEmpty()) {
        const QString rest = story.section(Section::Summary);
        story.setSection(Section::Summary,
                         rest.isEmpty() ? m_frontMatterSummary : m_frontMatterSummary + QStringLiteral("\n\n") + rest);
    }
    // Times from the timeline: its labelled moments, else its first event as the start.
    for (const TimelineEvent& e : std::as_const(m_result.events)) {
        if (e.kind == TimelineKind::Trigger && !story.startedAt.isValid()) {
            story.startedAt = e.occurredAt;
        }
        if (e.kind == TimelineKind::Detection && !story.detectedAt.isValid()) {
            story.detectedAt = e.occurredAt;
        }
    }
    for (auto it = m_result.events.crbegin(); it != m_result.events.crend(); ++it) {
        if (it->kind == TimelineKind::Repair && !story.resolvedAt.isValid()) {
            story.resolvedAt = it->occurredAt;
        }
    }
    if (!story.startedAt.isValid() && !m_result.events.isEmpty()) {
        QDateTime first = m_result.events.first().occurredAt;
        for (const TimelineEvent& e : std::as_const(m_result.events)) {
            first = std::min(first, e.occurredAt);
        }
        story.startedAt = first;
    }
    QStringList supporting;
    if (!m_frontMatterRest.isEmpty()) {
        supporting << m_frontMatterRest.join(u'\n');
    }
    supporting << m_supporting;
    const QString existing = story.section(Section::SupportingInfo);
    if (!existing.isEmpty()) {
        supporting.prepend(existing);
    }
    story.setSection(Section::SupportingInfo, supporting.join(QStringLiteral("\n\n")));
    // Leftovers of the sections stay trimmed.
    for (int s = 0; s < SectionCount; ++s) {
        story.sections[static_cast<size_t>(s)] = story.sections[static_cast<size_t>(s)].trimmed();
    }
}

} // namespace

std::optional<QString> PostmortemImporter::decode(const QByteArray& bytes, QStringList* warnings)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder decoder(QStringDecoder::Utf8);
        QString text = decoder.decode(bytes.mid(3));
        if (decoder.hasError() && warnings) {
            *warnings << QCoreApplication::translate(
                "PostmortemImporter", "The file is not valid UTF-8: unreadable bytes were replaced by “\uFFFD”.");
        }
        return text;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        QString text = decoder.decode(bytes.mid(2));
        if (decoder.hasError() && warnings) {
            *warnings << QCoreApplication::translate(
                "PostmortemImporter", "The file is not valid UTF-16: unreadable characters were replaced by “\uFFFD”.");
        }
        return text;
    }
    // Binary: NUL bytes, or many control characters, in the first 8 KiB.
    const QByteArray head = bytes.left(8192);
    int control = 0;
    for (char c : head) {
        const auto u = static_cast<unsigned char>(c);
        if (u == 0) {
            return std::nullopt;
        }
        if (u < 0x20 && u != '\n' && u != '\r' && u != '\t' && u != '\f' && u != 0x1b) {
            ++control;
        }
    }
    if (!head.isEmpty() && control * 20 > head.size()) {
        return std::nullopt;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError() && warnings) {
        *warnings << QCoreApplication::translate(
            "PostmortemImporter", "The file is not valid UTF-8: unreadable bytes were replaced by “\uFFFD”.");
    }
    return text;
}

QString PostmortemImporter::fingerprintOf(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(20));
}

QString PostmortemImporter::sourceLine(const QString& name, const QString& fingerprint)
{
    //: the last line of an imported story's supporting information. %1 is a file name, %2 a code
    //: that identifies the file's content (keep it as it is: it finds files imported before)
    return QCoreApplication::translate("PostmortemImporter", "Imported from “%1” (source kintsugi-import-%2).")
        .arg(QFileInfo(name).fileName(), fingerprint);
}

PostmortemImporter::Outcome PostmortemImporter::readFile(const QString& path, const Options& options)
{
    Outcome outcome;
    QFileInfo info(path);
    if (!info.exists()) {
        outcome.skipReason = QCoreApplication::translate("PostmortemImporter", "no such file");
        return outcome;
    }
    if (!info.isFile()) {
        outcome.skipReason = QCoreApplication::translate("PostmortemImporter", "not a regular file");
        return outcome;
    }
    if (info.size() > options.maxBytes) {
        //: %1 is a size in MB
        outcome.skipReason = QCoreApplication::translate("PostmortemImporter", "larger than %1 MB")
                                 .arg(options.maxBytes / (1024 * 1024));
        return outcome;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        outcome.skipReason =
            QCoreApplication::translate("PostmortemImporter", "cannot be read: %1").arg(file.errorString());
        return outcome;
    }
    return readBytes(file.readAll(), info.fileName(), options);
}

PostmortemImporter::Outcome
PostmortemImporter::readBytes(const QByteArray& bytes, const QString& name, const Options& options)
{
    Outcome outcome;
    if (bytes.size() > options.maxBytes) {
        outcome.skipReason = QCoreApplication::translate("PostmortemImporter", "larger than %1 MB")
                                 .arg(options.maxBytes / (1024 * 1024));
        return outcome;
    }
    QStringList warnings;
    const std::optional<QString> text = decode(bytes, &warnings);
    if (!text) {
        outcome.skipReason = QCoreApplication::translate("PostmortemImporter", "not a text file");
        return outcome;
    }
    if (text->trimmed().isEmpty()) {
        outcome.skipReason = QCoreApplication::translate("PostmortemImporter", "empty file");
        return outcome;
    }
    ImportedStory story = readText(*text, name, options);
    story.warnings = warnings + story.warnings;
    story.fingerprint = fingerprintOf(bytes);
    const QString supporting = story.story.section(Section::SupportingInfo);
    story.story.setSection(Section::SupportingInfo,
                           (supporting.isEmpty() ? QString() : supporting + QStringLiteral("\n\n")) +
                               sourceLine(name, story.fingerprint));
    outcome.story = std::move(story);
    return outcome;
}

bool PostmortemImporter::isKnownHeading(const QString& heading)
{
    return mapHeading(heading).target != Target::Unknown;
}

ImportedStory PostmortemImporter::readText(const QString& text, const QString& name, const Options& options)
{
    return Reader(name, options).run(text);
}
