#pragma once

#include "domain/Story.h"

// What the story list shows of a story, without its sections.
struct StorySummary
{
    qint64 id = 0;
    StoryKind kind = StoryKind::Postmortem;
    QString title;
    StoryStatus status = StoryStatus::Draft;
    int severity = 0;
    QDateTime startedAt;
    QStringList authors;
    QStringList tags;
    QDateTime modifiedAt;

    bool operator==(const StorySummary& other) const = default;
};
