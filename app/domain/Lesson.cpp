#include "domain/Lesson.h"

#include <QCoreApplication>

namespace LessonRules {

QList<LessonKind> allKinds()
{
    return {LessonKind::WentWell, LessonKind::WentWrong, LessonKind::GotLucky, LessonKind::Lesson};
}

QString kindName(LessonKind kind)
{
    switch (kind) {
    case LessonKind::WentWell:
        return QCoreApplication::translate("LessonRules", "What went well");
    case LessonKind::WentWrong:
        return QCoreApplication::translate("LessonRules", "What went wrong");
    case LessonKind::GotLucky:
        return QCoreApplication::translate("LessonRules", "Where we got lucky");
    case LessonKind::Lesson:
        //: a kind of lessons-learned item: something the team learned
        return QCoreApplication::translate("LessonRules", "Lesson");
    }
    return {};
}

QString kindKey(LessonKind kind)
{
    switch (kind) {
    case LessonKind::WentWell:
        return QStringLiteral("went_well");
    case LessonKind::WentWrong:
        return QStringLiteral("went_wrong");
    case LessonKind::GotLucky:
        return QStringLiteral("got_lucky");
    case LessonKind::Lesson:
        return QStringLiteral("lesson");
    }
    return {};
}

std::optional<LessonKind> kindFromKey(const QString& key)
{
    for (LessonKind kind : allKinds()) {
        if (kindKey(kind) == key) {
            return kind;
        }
    }
    return std::nullopt;
}

} // namespace LessonRules
