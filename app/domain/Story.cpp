#include "domain/Story.h"

#include "domain/StoryRules.h"

#include <QCoreApplication>

namespace {
std::optional<qint64> secondsBetween(const QDateTime& from, const QDateTime& to)
{
    if (!from.isValid() || !to.isValid()) {
        return std::nullopt;
    }
    return from.secsTo(to);
}
} // namespace

std::optional<qint64> Story::timeToDetect() const
{
    return secondsBetween(startedAt, detectedAt);
}

std::optional<qint64> Story::timeToResolve() const
{
    return secondsBetween(startedAt, resolvedAt);
}

QStringList Story::timeWarnings() const
{
    QStringList warnings;
    if (startedAt.isValid() && detectedAt.isValid() && detectedAt < startedAt) {
        warnings << QCoreApplication::translate("Story", "Detected before the incident started.");
    }
    if (detectedAt.isValid() && resolvedAt.isValid() && resolvedAt < detectedAt) {
        warnings << QCoreApplication::translate("Story", "Resolved before it was detected.");
    } else if (startedAt.isValid() && resolvedAt.isValid() && resolvedAt < startedAt) {
        warnings << QCoreApplication::translate("Story", "Resolved before the incident started.");
    }
    return warnings;
}

QString Story::displayTitle() const
{
    const QString t = title.simplified();
    return t.isEmpty() ? QCoreApplication::translate("Story", "Untitled story") : title;
}

QVariant Story::field(StoryField f) const
{
    switch (f) {
    case StoryField::Title:
        return title;
    case StoryField::Kind:
        return static_cast<int>(kind);
    case StoryField::Status:
        return static_cast<int>(status);
    case StoryField::Severity:
        return severity;
    case StoryField::StartedAt:
        return startedAt;
    case StoryField::DetectedAt:
        return detectedAt;
    case StoryField::ResolvedAt:
        return resolvedAt;
    case StoryField::Authors:
        return authors;
    case StoryField::Tags:
        return tags;
    }
    return {};
}

void Story::setField(StoryField f, const QVariant& value)
{
    switch (f) {
    case StoryField::Title:
        title = value.toString();
        break;
    case StoryField::Kind:
        kind = static_cast<StoryKind>(value.toInt());
        break;
    case StoryField::Status:
        status = static_cast<StoryStatus>(value.toInt());
        break;
    case StoryField::Severity:
        severity = qBound(0, value.toInt(), StoryRules::MaxSeverity);
        break;
    case StoryField::StartedAt:
        startedAt = value.toDateTime().toUTC();
        break;
    case StoryField::DetectedAt:
        detectedAt = value.toDateTime().toUTC();
        break;
    case StoryField::ResolvedAt:
        resolvedAt = value.toDateTime().toUTC();
        break;
    case StoryField::Authors:
        authors = value.toStringList();
        break;
    case StoryField::Tags:
        tags = value.toStringList();
        break;
    }
}
