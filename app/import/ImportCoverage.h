#pragma once

#include "domain/ImportedStory.h"

#include <QList>
#include <QString>

// Checks the import rule "nothing is lost": every non-empty line of a source file appears somewhere
// in the imported story. What "appears" means:
// - Both sides are reduced to their words: runs of letters and digits, case-folded, after HTML
//   entities (&amp; …) are decoded. Markup (#, -, *, |, >, [ ], links' brackets …) is not a word.
// - A line appears when its words occur in the same order, next to each other, in the story's text:
//   the title, authors, tags, sections, each timeline event (time, description, actor, kind), each
//   lesson, each action item (title, owner, due date, status, priority, type, ticket link).
// - A line without words (a ruler, a code fence, "-") has nothing to lose.
// - A table row appears cell by cell; a table's header row is its structure (the columns became
//   fields) and is not checked.
// - A time (a table cell, the start of a timeline line, a front-matter value) appears when an event,
//   a story time or a due date lies at that time, give or take the 14 hours of any time zone; the
//   rest of such a line must appear in that event's text.
// - A heading that names a part of a story (Summary, Timeline, Action items …) is that part.
// - A front-matter line "key: value" appears when its value (each item of a list) does.
class ImportCoverage
{
public:
    struct Miss
    {
        int lineNumber = 0; // 1-based
        QString line;
    };

    static QList<Miss> lostLines(const QString& source, const ImportedStory& story);
    // The words of `text` joined by single spaces (see above).
    static QString words(const QString& text);
};
