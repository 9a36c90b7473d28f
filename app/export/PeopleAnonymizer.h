#pragma once

#include "export/StoryBundle.h"

#include <QString>

// "People → roles": every name listed among a story's people is replaced by that person's role
// throughout the story (title, sections, timeline descriptions and actors, causes and their
// evidence, lessons, action titles and owners), whole words only and ignoring case, so a handbook
// can be blameless and anonymous. Authors who are listed people become their roles as well (they
// would name who was involved); authors who are not listed keep their names: they wrote the story.
// A person without a role becomes "someone involved". The people list itself keeps only the roles.
class PeopleAnonymizer
{
public:
    explicit PeopleAnonymizer(const QList<Person>& people);

    QString apply(const QString& text) const;
    StoryBundle apply(const StoryBundle& bundle) const;

    static StoryBundle anonymize(const StoryBundle& bundle) { return PeopleAnonymizer(bundle.people).apply(bundle); }

private:
    struct Rule
    {
        QString name;
        QString role;
    };
    QList<Rule> m_rules; // longest name first, so "Ann Lee" wins over "Ann"
};
