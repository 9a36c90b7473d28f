#include "domain/TimelineRules.h"

#include <QCoreApplication>

namespace TimelineRules {

QList<TimelineKind> allKinds()
{
    return {TimelineKind::Trigger,
            TimelineKind::Detection,
            TimelineKind::Diagnosis,
            TimelineKind::Repair,
            TimelineKind::Communication,
            TimelineKind::KeyMoment};
}

QString kindName(TimelineKind kind)
{
    switch (kind) {
    case TimelineKind::Trigger:
        return QCoreApplication::translate("TimelineRules", "Trigger", "timeline event kind");
    case TimelineKind::Detection:
        return QCoreApplication::translate("TimelineRules", "Detection", "timeline event kind");
    case TimelineKind::Diagnosis:
        return QCoreApplication::translate("TimelineRules", "Diagnosis", "timeline event kind");
    case TimelineKind::Repair:
        return QCoreApplication::translate("TimelineRules", "Repair", "timeline event kind");
    case TimelineKind::Communication:
        return QCoreApplication::translate("TimelineRules", "Communication", "timeline event kind");
    case TimelineKind::KeyMoment:
        return QCoreApplication::translate("TimelineRules", "Key moment", "timeline event kind");
    }
    return {};
}

QString kindKey(TimelineKind kind)
{
    switch (kind) {
    case TimelineKind::Trigger:
        return QStringLiteral("trigger");
    case TimelineKind::Detection:
        return QStringLiteral("detection");
    case TimelineKind::Diagnosis:
        return QStringLiteral("diagnosis");
    case TimelineKind::Repair:
        return QStringLiteral("repair");
    case TimelineKind::Communication:
        return QStringLiteral("communication");
    case TimelineKind::KeyMoment:
        return QStringLiteral("key_moment");
    }
    return {};
}

std::optional<TimelineKind> kindFromKey(const QString& key)
{
    for (TimelineKind kind : allKinds()) {
        if (kindKey(kind) == key) {
            return kind;
        }
    }
    return std::nullopt;
}

std::optional<TimelineKind> kindFromLabel(const QString& label)
{
    struct Word
    {
        const char* text;
        TimelineKind kind;
    };
    static const Word words[] = {
        {"trigger", TimelineKind::Trigger},
        {"cause", TimelineKind::Trigger},
        {"auslöser", TimelineKind::Trigger},
        {"detection", TimelineKind::Detection},
        {"detected", TimelineKind::Detection},
        {"discovery", TimelineKind::Detection},
        {"alert", TimelineKind::Detection},
        {"erkennung", TimelineKind::Detection},
        {"entdeckung", TimelineKind::Detection},
        {"diagnosis", TimelineKind::Diagnosis},
        {"investigation", TimelineKind::Diagnosis},
        {"analysis", TimelineKind::Diagnosis},
        {"diagnose", TimelineKind::Diagnosis},
        {"analyse", TimelineKind::Diagnosis},
        {"repair", TimelineKind::Repair},
        {"recovery", TimelineKind::Repair},
        {"mitigation", TimelineKind::Repair},
        {"resolution", TimelineKind::Repair},
        {"resolved", TimelineKind::Repair},
        {"fix", TimelineKind::Repair},
        {"behebung", TimelineKind::Repair},
        {"reparatur", TimelineKind::Repair},
        {"communication", TimelineKind::Communication},
        {"kommunikation", TimelineKind::Communication},
        {"key moment", TimelineKind::KeyMoment},
        {"schlüsselmoment", TimelineKind::KeyMoment},
    };
    const QString word = label.trimmed().toLower();
    for (const Word& w : words) {
        if (word == QString::fromUtf8(w.text)) {
            return w.kind;
        }
    }
    for (TimelineKind kind : allKinds()) {
        if (word == kindName(kind).toLower() || word == kindKey(kind)) {
            return kind;
        }
    }
    return std::nullopt;
}

QDateTime effectiveTime(const TimelineEvent& event, const QTimeZone& zone)
{
    if (event.dateOnly) {
        return QDateTime(event.date(), QTime(0, 0), zone).toUTC();
    }
    return event.occurredAt;
}

qint64 sortKey(const TimelineEvent& event, const QTimeZone& zone)
{
    return effectiveTime(event, zone).toMSecsSinceEpoch();
}

bool lessThan(const TimelineEvent& a, qint64 keyA, const TimelineEvent& b, qint64 keyB)
{
    if (keyA != keyB) {
        return keyA < keyB;
    }
    if (a.dateOnly != b.dateOnly) {
        return a.dateOnly;
    }
    return a.id < b.id;
}

Gaps gaps(const QList<TimelineEvent>& events)
{
    Gaps g;
    auto earliest = [](std::optional<QDateTime>& slot, const QDateTime& time) {
        if (!slot || time < *slot) {
            slot = time;
        }
    };
    for (const TimelineEvent& event : events) {
        if (event.dateOnly || !event.occurredAt.isValid()) {
            continue;
        }
        switch (event.kind) {
        case TimelineKind::Trigger:
            earliest(g.trigger, event.occurredAt);
            break;
        case TimelineKind::Detection:
            earliest(g.detection, event.occurredAt);
            break;
        case TimelineKind::Repair:
            earliest(g.repair, event.occurredAt);
            break;
        default:
            break;
        }
    }
    if (g.trigger && g.detection) {
        g.triggerToDetection = g.trigger->secsTo(*g.detection);
    }
    if (g.detection && g.repair) {
        g.detectionToRepair = g.detection->secsTo(*g.repair);
    }
    if (g.trigger && g.repair) {
        g.triggerToRepair = g.trigger->secsTo(*g.repair);
    }
    return g;
}

} // namespace TimelineRules
