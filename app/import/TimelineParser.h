#pragma once

#include "domain/TimelineEvent.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

// A line of pasted text that did not become an event, for the user to see.
struct UnreadableLine
{
    int lineNumber = 0; // 1-based, in the pasted text
    QString text;
    QString reason;
};

struct TimelineParseResult
{
    QList<TimelineEvent> events; // in the order of the text, ids 0
    QList<UnreadableLine> unreadable;
};

// Turns pasted text into timeline events: free lines ("2021-12-10 15:40 We became aware of it",
// "15:40 - restarted the pods", "2021-12-10 The fix was published") and Markdown tables whose
// header has a time or date column (one column "Time", or separate "Date" and "Time" columns).
// A note such as "All times in CET." or a header "Date and Time in CET" sets the time zone of the
// times below it; a time may carry its own ("15:40 UTC", "2021-12-10T15:40:00+01:00"). Blank lines,
// headings and table rulers are skipped; every other line that yields no event is reported.
// Pure: no database, no widgets.
class TimelineParser
{
public:
    struct Options
    {
        // For times written without a zone and without a note.
        QTimeZone zone = QTimeZone::systemTimeZone();
        // The date of time-only lines before any line with a date (e.g. the story's start).
        QDate referenceDate;
    };

    static TimelineParseResult parse(const QString& text, const Options& options);

    struct Timestamp
    {
        QDateTime utc; // midnight UTC of the date when dateOnly
        bool dateOnly = false;
    };
    // One time as typed into the timeline's time cell: "2021-12-10 15:40", "2021-12-10", "15:40"
    // (on `referenceDate`), "10.12.2021 3:40 pm", "2021-12-10T14:40:00Z". The whole text must be a time.
    static std::optional<Timestamp>
    parseTimestamp(const QString& text, const QTimeZone& zone, const QDate& referenceDate);

    // "UTC", "CET", "UTC+2", "Europe/Copenhagen" …; nullopt for names it does not know.
    static std::optional<QTimeZone> zoneFromName(const QString& name);
    // The zone of a note such as "All times in CET." (the whole line); nullopt when it is no such note.
    static std::optional<QTimeZone> zoneFromNote(const QString& line);
};
