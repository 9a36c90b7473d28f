#pragma once

#include <QList>
#include <QString>

#include <optional>

// The headings of a story's lessons learned, in the order the editor shows them.
enum class LessonKind {
    WentWell,
    WentWrong,
    GotLucky,
    Lesson,
};

// What a lesson can change, one at a time (each is its own undo step).
enum class LessonField {
    Kind,
    Text,
    Causes,
};

// One item of a story's lessons learned, optionally linked to nodes of its cause tree.
struct Lesson
{
    qint64 id = 0;
    qint64 storyId = 0;
    LessonKind kind = LessonKind::Lesson;
    QString text;
    QList<qint64> causeIds; // sorted
};

// Names and stable database keys of the lesson kinds.
namespace LessonRules {

QList<LessonKind> allKinds();
QString kindName(LessonKind kind);
QString kindKey(LessonKind kind);
std::optional<LessonKind> kindFromKey(const QString& key);

} // namespace LessonRules
