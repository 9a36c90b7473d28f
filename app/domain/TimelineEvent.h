#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// What an event of a timeline stands for. Trigger, Detection and Repair mark the key moments whose
// gaps the timeline shows.
enum class TimelineKind {
    Trigger,
    Detection,
    Diagnosis,
    Repair,
    Communication,
    KeyMoment,
};

// One event of a story's timeline. A date-only event has no time of day and no time zone: its
// occurredAt is midnight UTC of that date, which is never shown as a time.
struct TimelineEvent
{
    qint64 id = 0;
    qint64 storyId = 0;
    QDateTime occurredAt; // UTC
    bool dateOnly = false;
    TimelineKind kind = TimelineKind::KeyMoment;
    QString description;
    QString actor; // a person or a role; may be empty

    QDate date() const { return occurredAt.date(); }
    bool operator==(const TimelineEvent& other) const = default;
};
