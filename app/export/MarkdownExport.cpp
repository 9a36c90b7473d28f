#include "export/MarkdownExport.h"

#include "domain/StoryRules.h"
#include "domain/TimelineRules.h"

#include <QHash>

namespace MarkdownExport {

namespace {

const QChar Dash(0x2014);

QString isoUtc(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString timelineKindLabel(TimelineKind kind)
{
    switch (kind) {
    case TimelineKind::Trigger:
        return QStringLiteral("Trigger");
    case TimelineKind::Detection:
        return QStringLiteral("Detection");
    case TimelineKind::Diagnosis:
        return QStringLiteral("Diagnosis");
    case TimelineKind::Repair:
        return QStringLiteral("Repair");
    case TimelineKind::Communication:
        return QStringLiteral("Communication");
    case TimelineKind::KeyMoment:
        return QStringLiteral("Key moment");
    }
    return {};
}

QString causeTypeLabel(CauseType type)
{
    switch (type) {
    case CauseType::Problem:
        return QStringLiteral("Problem");
    case CauseType::Cause:
        return QStringLiteral("Cause");
    case CauseType::ContributingFactor:
        return QStringLiteral("Contributing factor");
    case CauseType::RootCause:
        return QStringLiteral("Root cause");
    }
    return {};
}

QString priorityKey(int priority)
{
    switch (ActionRules::clampPriority(priority)) {
    case 1:
        return QStringLiteral("high");
    case 3:
        return QStringLiteral("low");
    default:
        return QStringLiteral("medium");
    }
}

QString oneLine(const QString& text)
{
    QString line = text;
    line.replace(QLatin1String("\r\n"), QLatin1String(" "));
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    line.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return line.trimmed();
}

// A list item's text: further lines continue under the item, indented.
QString itemText(const QString& text, int indent)
{
    QString normalized = text.trimmed();
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalized.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QString pad(indent, QLatin1Char(' '));
    return normalized.split(QLatin1Char('\n')).join(QLatin1Char('\n') + pad);
}

QString trimmedEnd(const QString& text)
{
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1).isSpace()) {
        --end;
    }
    QString result = text.left(end);
    // Leading blank lines too; indentation of the first line stays.
    while (result.startsWith(QLatin1Char('\n')) || result.startsWith(QLatin1String("\r\n"))) {
        result.remove(0, result.startsWith(QLatin1Char('\n')) ? 1 : 2);
    }
    return result;
}

void appendBlock(QString& out, const QString& block)
{
    if (!block.isEmpty()) {
        out += block + QStringLiteral("\n\n");
    }
}

void causeList(
    QString& out, const StoryBundle& bundle, const QHash<qint64, QString>& categories, qint64 parentId, int depth)
{
    const QString pad(depth * 2, QLatin1Char(' '));
    for (const CauseNode& node : bundle.childCauses(parentId)) {
        QString label = causeTypeLabel(node.type);
        if (node.categoryId != 0 && categories.contains(node.categoryId)) {
            label += QStringLiteral(", ") + oneLine(categories.value(node.categoryId));
        }
        out += pad + QStringLiteral("- ") + oneLine(node.statement) + QStringLiteral(" _(") + label +
               QStringLiteral(")_\n");
        if (!node.evidence.trimmed().isEmpty()) {
            out += pad + QStringLiteral("  Evidence: ") + oneLine(node.evidence) + QLatin1Char('\n');
        }
        causeList(out, bundle, categories, node.id, depth + 1);
    }
}

QString lessonList(const StoryBundle& bundle, LessonKind kind)
{
    QString out;
    for (const Lesson& lesson : bundle.lessons) {
        if (lesson.kind == kind) {
            out += QStringLiteral("- ") + itemText(lesson.text, 2) + QLatin1Char('\n');
        }
    }
    out.chop(out.endsWith(QLatin1Char('\n')) ? 1 : 0);
    return out;
}

} // namespace

QString yamlQuoted(const QString& text)
{
    QString out = QStringLiteral("\"");
    for (QChar c : text) {
        switch (c.unicode()) {
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            } else {
                out += c;
            }
        }
    }
    return out + QLatin1Char('"');
}

QString tableCell(const QString& text)
{
    QString cell = text.trimmed();
    cell.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    cell.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    cell.replace(QLatin1Char('|'), QLatin1String("\\|"));
    cell.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return cell;
}

QString story(const StoryBundle& bundle, const QList<CauseCategory>& categoryList)
{
    const Story& story = bundle.story;
    QHash<qint64, QString> categories;
    for (const CauseCategory& category : categoryList) {
        categories.insert(category.id, category.name);
    }

    QString out = QStringLiteral("---\n");
    out += QStringLiteral("title: ") + yamlQuoted(story.title) + QLatin1Char('\n');
    out += QStringLiteral("kind: ") + StoryRules::kindKey(story.kind) + QLatin1Char('\n');
    out += QStringLiteral("status: ") + StoryRules::statusKey(story.status) + QLatin1Char('\n');
    out += QStringLiteral("severity: %1\n").arg(story.severity);
    const std::pair<const char*, QDateTime> times[] = {
        {"started", story.startedAt}, {"detected", story.detectedAt}, {"resolved", story.resolvedAt}};
    for (const auto& [key, time] : times) {
        if (time.isValid()) {
            out += QLatin1String(key) + QStringLiteral(": ") + isoUtc(time) + QLatin1Char('\n');
        }
    }
    const std::pair<const char*, QStringList> lists[] = {{"authors", story.authors}, {"tags", story.tags}};
    for (const auto& [key, items] : lists) {
        if (!items.isEmpty()) {
            out += QLatin1String(key) + QStringLiteral(":\n");
            for (const QString& item : items) {
                out += QStringLiteral("  - ") + yamlQuoted(item) + QLatin1Char('\n');
            }
        }
    }
    if (!bundle.people.isEmpty()) {
        out += QStringLiteral("people:\n");
        for (const Person& person : bundle.people) {
            out += QStringLiteral("  - name: ") + yamlQuoted(person.name) + QLatin1Char('\n');
            out += QStringLiteral("    role: ") + yamlQuoted(person.role) + QLatin1Char('\n');
        }
    }
    if (!bundle.awards.isEmpty()) {
        out += QStringLiteral("awards:\n");
        for (const Award& award : bundle.awards) {
            out += QStringLiteral("  - year: %1\n").arg(award.year);
            out += QStringLiteral("    title: ") + yamlQuoted(award.title) + QLatin1Char('\n');
            out += QStringLiteral("    citation: ") + yamlQuoted(award.citation) + QLatin1Char('\n');
        }
    }
    out += QStringLiteral("---\n\n");

    QString title = oneLine(story.title);
    if (title.isEmpty()) {
        title = QStringLiteral("Untitled story");
    }
    out += QStringLiteral("# ") + title + QStringLiteral("\n\n");

    auto heading = [&out](const char* text, int level = 2) {
        out += QString(level, QLatin1Char('#')) + QLatin1Char(' ') + QLatin1String(text) + QStringLiteral("\n\n");
    };
    auto section = [&out, &story](Section s) { appendBlock(out, trimmedEnd(story.section(s))); };

    heading("Summary");
    section(Section::Summary);
    heading("Impact");
    section(Section::Impact);
    heading("Root causes");
    section(Section::RootCauses);
    QString causes;
    causeList(causes, bundle, categories, 0, 0);
    causes.chop(causes.endsWith(QLatin1Char('\n')) ? 1 : 0);
    appendBlock(out, causes);
    heading("Trigger");
    section(Section::Trigger);
    heading("Resolution");
    section(Section::Resolution);
    heading("Detection");
    section(Section::Detection);

    heading("Action items");
    QString actions;
    for (const ActionItem& item : bundle.actions) {
        QStringList fields;
        if (!item.owner.trimmed().isEmpty()) {
            fields << QStringLiteral("owner: ") + oneLine(item.owner);
        }
        if (item.dueDate.isValid()) {
            fields << QStringLiteral("due: ") + item.dueDate.toString(Qt::ISODate);
        }
        fields << QStringLiteral("status: ") + ActionRules::statusKey(item.status);
        fields << QStringLiteral("priority: ") + priorityKey(item.priority);
        fields << QStringLiteral("type: ") + ActionRules::typeKey(item.type);
        if (!item.ticketUrl.trimmed().isEmpty()) {
            fields << QStringLiteral("ticket: ") + oneLine(item.ticketUrl);
        }
        actions += (item.status == ActionStatus::Done ? QStringLiteral("- [x] ") : QStringLiteral("- [ ] ")) +
                   oneLine(item.title) + QLatin1Char(' ') + Dash + QLatin1Char(' ') +
                   fields.join(QStringLiteral("; ")) + QLatin1Char('\n');
    }
    actions.chop(actions.endsWith(QLatin1Char('\n')) ? 1 : 0);
    appendBlock(out, actions);

    heading("Lessons learned");
    appendBlock(out, lessonList(bundle, LessonKind::Lesson));
    heading("What went well", 3);
    section(Section::WentWell);
    appendBlock(out, lessonList(bundle, LessonKind::WentWell));
    heading("What went wrong", 3);
    section(Section::WentWrong);
    appendBlock(out, lessonList(bundle, LessonKind::WentWrong));
    heading("Where we got lucky", 3);
    section(Section::GotLucky);
    appendBlock(out, lessonList(bundle, LessonKind::GotLucky));

    heading("Timeline");
    if (!bundle.timeline.isEmpty()) {
        QString table = QStringLiteral("| Time (UTC) | Kind | Event | Actor |\n| --- | --- | --- | --- |\n");
        for (const TimelineEvent& event : bundle.timeline) {
            const QDateTime utc = event.occurredAt.toUTC();
            const QString time =
                event.dateOnly ? utc.date().toString(Qt::ISODate) : utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            table +=
                QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                    .arg(time, timelineKindLabel(event.kind), tableCell(event.description), tableCell(event.actor));
        }
        table.chop(1);
        appendBlock(out, table);
    }

    heading("Supporting information");
    section(Section::SupportingInfo);
    // One newline at the end of the file.
    while (out.endsWith(QStringLiteral("\n\n"))) {
        out.chop(1);
    }
    return out;
}

} // namespace MarkdownExport
