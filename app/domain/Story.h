#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <array>
#include <optional>

enum class StoryKind {
    Failure,
    Postmortem,
};

// Draft -> In review -> Published, and back one step at a time.
enum class StoryStatus {
    Draft,
    InReview,
    Published,
};

// The sections of the Google SRE postmortem template, in reading order.
enum class Section {
    Summary,
    Impact,
    Trigger,
    Detection,
    Resolution,
    RootCauses,
    WentWell,
    WentWrong,
    GotLucky,
    SupportingInfo,
};
inline constexpr int SectionCount = 10;

// Metadata fields that can be edited one at a time (sections have their own command).
enum class StoryField {
    Title,
    Kind,
    Status,
    Severity,
    StartedAt,
    DetectedAt,
    ResolvedAt,
    Authors,
    Tags,
};

struct Story
{
    qint64 id = 0;
    StoryKind kind = StoryKind::Postmortem;
    QString title;
    StoryStatus status = StoryStatus::Draft;
    int severity = 0;    // 0: none, 1..5: SEV1..SEV5
    QDateTime startedAt; // UTC; invalid when not set
    QDateTime detectedAt;
    QDateTime resolvedAt;
    QStringList authors;
    QStringList tags;
    std::array<QString, SectionCount> sections;
    QDateTime createdAt;
    QDateTime modifiedAt;

    QString section(Section s) const { return sections[static_cast<size_t>(s)]; }
    void setSection(Section s, const QString& text) { sections[static_cast<size_t>(s)] = text; }

    // Seconds from the start of the incident to its detection, when both are known.
    std::optional<qint64> timeToDetect() const;
    // Seconds from the start of the incident to its resolution, when both are known.
    std::optional<qint64> timeToResolve() const;
    // Human-readable problems with the times (e.g. resolved before detected). Saved as typed anyway.
    QStringList timeWarnings() const;
    // The title, or "Untitled story" when it is empty or blank.
    QString displayTitle() const;

    QVariant field(StoryField f) const;
    void setField(StoryField f, const QVariant& value);

    bool operator==(const Story& other) const = default;
};
