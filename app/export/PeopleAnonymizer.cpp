#include "export/PeopleAnonymizer.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

} // namespace

PeopleAnonymizer::PeopleAnonymizer(const QList<Person>& people)
{
    for (const Person& person : people) {
        const QString name = person.name.simplified();
        if (name.isEmpty()) {
            continue;
        }
        QString role = person.role.simplified();
        if (role.isEmpty()) {
            //: Replaces the name of a person without a role in an anonymized export
            role = QCoreApplication::translate("PeopleAnonymizer", "someone involved");
        }
        m_rules << Rule {name, role};
    }
    std::stable_sort(
        m_rules.begin(), m_rules.end(), [](const Rule& a, const Rule& b) { return a.name.size() > b.name.size(); });
}

QString PeopleAnonymizer::apply(const QString& text) const
{
    if (m_rules.isEmpty() || text.isEmpty()) {
        return text;
    }
    QString result;
    result.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        bool replaced = false;
        if (i == 0 || !isWordChar(text.at(i - 1))) {
            for (const Rule& rule : m_rules) {
                const qsizetype end = i + rule.name.size();
                if (end > text.size() || (end < text.size() && isWordChar(text.at(end)))) {
                    continue;
                }
                // Names are compared with their spaces simplified: "Ann  Lee" in text is rare.
                if (QStringView(text).mid(i, rule.name.size()).compare(rule.name, Qt::CaseInsensitive) == 0) {
                    result += rule.role;
                    i = end;
                    replaced = true;
                    break;
                }
            }
        }
        if (!replaced) {
            result += text.at(i);
            ++i;
        }
    }
    return result;
}

StoryBundle PeopleAnonymizer::apply(const StoryBundle& bundle) const
{
    StoryBundle out = bundle;
    out.story.title = apply(out.story.title);
    for (QString& section : out.story.sections) {
        section = apply(section);
    }
    for (QString& author : out.story.authors) {
        author = apply(author);
    }
    for (TimelineEvent& event : out.timeline) {
        event.description = apply(event.description);
        event.actor = apply(event.actor);
    }
    for (CauseNode& node : out.causes) {
        node.statement = apply(node.statement);
        node.evidence = apply(node.evidence);
    }
    for (Lesson& lesson : out.lessons) {
        lesson.text = apply(lesson.text);
    }
    for (ActionItem& action : out.actions) {
        action.title = apply(action.title);
        action.owner = apply(action.owner);
    }
    for (Award& award : out.awards) {
        award.citation = apply(award.citation);
    }
    for (Person& person : out.people) {
        person.name = apply(person.name);
    }
    return out;
}
