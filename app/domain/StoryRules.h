#pragma once

#include "domain/Story.h"

#include <QList>
#include <QString>

// Names, keys and transition rules for the story enums. Names are translated; keys are stable
// identifiers used in the database and in files.
namespace StoryRules {

bool canTransition(StoryStatus from, StoryStatus to);
QList<StoryStatus> allStatuses();
QList<StoryKind> allKinds();

QString statusName(StoryStatus status);
QString statusKey(StoryStatus status);
std::optional<StoryStatus> statusFromKey(const QString& key);

QString kindName(StoryKind kind);
QString kindKey(StoryKind kind);
std::optional<StoryKind> kindFromKey(const QString& key);

// "SEV1".."SEV5", or "None" for 0.
QString severityName(int severity);
inline constexpr int MaxSeverity = 5;

QString sectionTitle(Section section);
// A one-line prompt shown in an empty section editor.
QString sectionPrompt(Section section);
QString sectionKey(Section section);
std::optional<Section> sectionFromKey(const QString& key);
QList<Section> allSections();

QString fieldName(StoryField field);

// "2 h 5 min", "3 d 4 h", "45 s"; a negative duration gets a leading minus sign.
QString formatDuration(qint64 seconds);

// Splits "a, b ,c" into ["a","b","c"], dropping empty items and duplicates (first one wins).
QStringList splitList(const QString& text);

} // namespace StoryRules
