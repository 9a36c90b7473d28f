#pragma once

#include "domain/TimelineEvent.h"

#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

// Names, keys and time rules for timeline events. Names are translated; keys are stable identifiers
// used in the database and in files.
namespace TimelineRules {

QList<TimelineKind> allKinds();
QString kindName(TimelineKind kind);
QString kindKey(TimelineKind kind);
std::optional<TimelineKind> kindFromKey(const QString& key);
// A kind from a label people write before an event ("Detection", "Recovery:", "Fix" …), in
// English or German; nullopt when the word is no known label.
std::optional<TimelineKind> kindFromLabel(const QString& label);

// The moment an event stands for when it is shown in `zone`: a date-only event counts as the start
// of its day there, so it sorts before the timed events of that day.
QDateTime effectiveTime(const TimelineEvent& event, const QTimeZone& zone);
// Milliseconds since the epoch of effectiveTime(), for sorting.
qint64 sortKey(const TimelineEvent& event, const QTimeZone& zone);
// Timeline order: by sortKey, date-only events first within the same instant, then by id.
bool lessThan(const TimelineEvent& a, qint64 keyA, const TimelineEvent& b, qint64 keyB);

// The first trigger, detection and repair of a timeline (date-only events do not count: they have
// no time of day) and the gaps between them in seconds.
struct Gaps
{
    std::optional<QDateTime> trigger;
    std::optional<QDateTime> detection;
    std::optional<QDateTime> repair;
    std::optional<qint64> triggerToDetection;
    std::optional<qint64> detectionToRepair;
    std::optional<qint64> triggerToRepair;
};
Gaps gaps(const QList<TimelineEvent>& events);

} // namespace TimelineRules
