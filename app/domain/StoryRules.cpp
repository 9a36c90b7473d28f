#include "domain/StoryRules.h"

#include <QCoreApplication>
#include <QSet>

namespace StoryRules {

namespace {
constexpr std::array<const char*, SectionCount> SectionKeys = {
    "summary",
    "impact",
    "trigger",
    "detection",
    "resolution",
    "root_causes",
    "went_well",
    "went_wrong",
    "got_lucky",
    "supporting_information",
};
} // namespace

bool canTransition(StoryStatus from, StoryStatus to)
{
    const int distance = static_cast<int>(to) - static_cast<int>(from);
    return distance == 0 || distance == 1 || distance == -1;
}

QList<StoryStatus> allStatuses()
{
    return {StoryStatus::Draft, StoryStatus::InReview, StoryStatus::Published};
}

QList<StoryKind> allKinds()
{
    return {StoryKind::Postmortem, StoryKind::Failure};
}

QString statusName(StoryStatus status)
{
    switch (status) {
    case StoryStatus::Draft:
        return QCoreApplication::translate("StoryRules", "Draft", "story status");
    case StoryStatus::InReview:
        return QCoreApplication::translate("StoryRules", "In review", "story status");
    case StoryStatus::Published:
        return QCoreApplication::translate("StoryRules", "Published", "story status");
    }
    return {};
}

QString statusKey(StoryStatus status)
{
    switch (status) {
    case StoryStatus::Draft:
        return QStringLiteral("draft");
    case StoryStatus::InReview:
        return QStringLiteral("in_review");
    case StoryStatus::Published:
        return QStringLiteral("published");
    }
    return {};
}

std::optional<StoryStatus> statusFromKey(const QString& key)
{
    for (StoryStatus s : allStatuses()) {
        if (statusKey(s) == key) {
            return s;
        }
    }
    return std::nullopt;
}

QString kindName(StoryKind kind)
{
    switch (kind) {
    case StoryKind::Failure:
        return QCoreApplication::translate("StoryRules", "Failure story", "story kind");
    case StoryKind::Postmortem:
        return QCoreApplication::translate("StoryRules", "Incident postmortem", "story kind");
    }
    return {};
}

QString kindKey(StoryKind kind)
{
    return kind == StoryKind::Failure ? QStringLiteral("failure") : QStringLiteral("postmortem");
}

std::optional<StoryKind> kindFromKey(const QString& key)
{
    for (StoryKind k : allKinds()) {
        if (kindKey(k) == key) {
            return k;
        }
    }
    return std::nullopt;
}

QString severityName(int severity)
{
    if (severity <= 0 || severity > MaxSeverity) {
        return QCoreApplication::translate("StoryRules", "None", "no severity");
    }
    return QStringLiteral("SEV%1").arg(severity);
}

QString sectionTitle(Section section)
{
    switch (section) {
    case Section::Summary:
        return QCoreApplication::translate("StoryRules", "Summary");
    case Section::Impact:
        return QCoreApplication::translate("StoryRules", "Impact");
    case Section::Trigger:
        return QCoreApplication::translate("StoryRules", "Trigger");
    case Section::Detection:
        return QCoreApplication::translate("StoryRules", "Detection");
    case Section::Resolution:
        return QCoreApplication::translate("StoryRules", "Resolution");
    case Section::RootCauses:
        return QCoreApplication::translate("StoryRules", "Root causes");
    case Section::WentWell:
        return QCoreApplication::translate("StoryRules", "What went well");
    case Section::WentWrong:
        return QCoreApplication::translate("StoryRules", "What went wrong");
    case Section::GotLucky:
        return QCoreApplication::translate("StoryRules", "Where we got lucky");
    case Section::SupportingInfo:
        return QCoreApplication::translate("StoryRules", "Supporting information");
    }
    return {};
}

QString sectionPrompt(Section section)
{
    switch (section) {
    case Section::Summary:
        return QCoreApplication::translate("StoryRules", "What happened, in two or three sentences?");
    case Section::Impact:
        return QCoreApplication::translate("StoryRules", "Who and what was affected, for how long, and how badly?");
    case Section::Trigger:
        return QCoreApplication::translate("StoryRules", "What change or event set it off?");
    case Section::Detection:
        return QCoreApplication::translate("StoryRules", "How did we find out? Alert, customer, colleague?");
    case Section::Resolution:
        return QCoreApplication::translate("StoryRules", "What did we do to end the impact?");
    case Section::RootCauses:
        return QCoreApplication::translate("StoryRules",
                                           "Why did it happen? Ask \"why?\" until you reach the system, not a person.");
    case Section::WentWell:
        return QCoreApplication::translate("StoryRules", "What helped? What should we keep doing?");
    case Section::WentWrong:
        return QCoreApplication::translate("StoryRules", "What made it worse or slower?");
    case Section::GotLucky:
        return QCoreApplication::translate("StoryRules", "What saved us this time that we cannot count on next time?");
    case Section::SupportingInfo:
        return QCoreApplication::translate("StoryRules", "Links, graphs, logs and anything else a reader may need.");
    }
    return {};
}

QString sectionKey(Section section)
{
    return QString::fromLatin1(SectionKeys[static_cast<size_t>(section)]);
}

std::optional<Section> sectionFromKey(const QString& key)
{
    for (int i = 0; i < SectionCount; ++i) {
        if (key == QLatin1String(SectionKeys[static_cast<size_t>(i)])) {
            return static_cast<Section>(i);
        }
    }
    return std::nullopt;
}

QList<Section> allSections()
{
    QList<Section> result;
    for (int i = 0; i < SectionCount; ++i) {
        result << static_cast<Section>(i);
    }
    return result;
}

QString fieldName(StoryField field)
{
    switch (field) {
    case StoryField::Title:
        return QCoreApplication::translate("StoryRules", "title");
    case StoryField::Kind:
        return QCoreApplication::translate("StoryRules", "kind");
    case StoryField::Status:
        return QCoreApplication::translate("StoryRules", "status");
    case StoryField::Severity:
        return QCoreApplication::translate("StoryRules", "severity");
    case StoryField::StartedAt:
        return QCoreApplication::translate("StoryRules", "start time");
    case StoryField::DetectedAt:
        return QCoreApplication::translate("StoryRules", "detection time");
    case StoryField::ResolvedAt:
        return QCoreApplication::translate("StoryRules", "resolution time");
    case StoryField::Authors:
        return QCoreApplication::translate("StoryRules", "authors");
    case StoryField::Tags:
        return QCoreApplication::translate("StoryRules", "tags");
    }
    return {};
}

QString formatDuration(qint64 seconds)
{
    const QString sign = seconds < 0 ? QStringLiteral("−") : QString();
    qint64 s = seconds < 0 ? -seconds : seconds;
    const qint64 days = s / 86400;
    s %= 86400;
    const qint64 hours = s / 3600;
    s %= 3600;
    const qint64 minutes = s / 60;
    s %= 60;
    QString text;
    if (days > 0) {
        text =
            QCoreApplication::translate("StoryRules", "%1 d %2 h", "duration in days and hours").arg(days).arg(hours);
    } else if (hours > 0) {
        text = QCoreApplication::translate("StoryRules", "%1 h %2 min", "duration in hours and minutes")
                   .arg(hours)
                   .arg(minutes);
    } else if (minutes > 0) {
        text = QCoreApplication::translate("StoryRules", "%1 min", "duration in minutes").arg(minutes);
    } else {
        text = QCoreApplication::translate("StoryRules", "%1 s", "duration in seconds").arg(s);
    }
    return sign + text;
}

QStringList splitList(const QString& text)
{
    QStringList result;
    QSet<QString> seen;
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString& part : parts) {
        const QString item = part.trimmed();
        if (item.isEmpty() || seen.contains(item)) {
            continue;
        }
        seen.insert(item);
        result << item;
    }
    return result;
}

} // namespace StoryRules
