#include "domain/SampleStoryParts.h"

#include <QCoreApplication>

namespace {
QDateTime at(int hour, int minute)
{
    return QDateTime(QDate(2024, 3, 15), QTime(hour, minute), Qt::UTC);
}

TimelineEvent event(int hour, int minute, TimelineKind kind, const QString& description, const QString& actor)
{
    TimelineEvent e;
    e.occurredAt = at(hour, minute);
    e.kind = kind;
    e.description = description;
    e.actor = actor;
    return e;
}

CauseNode cause(CauseType type, const QString& statement, const QString& evidence = {})
{
    CauseNode c;
    c.type = type;
    c.statement = statement;
    c.evidence = evidence;
    return c;
}

ActionItem action(const QString& title,
                  const QString& owner,
                  const QDate& due,
                  ActionStatus status,
                  ActionType type,
                  ActionPriority priority)
{
    ActionItem a;
    a.title = title;
    a.owner = owner;
    a.dueDate = due;
    a.status = status;
    a.type = type;
    a.priority = static_cast<int>(priority);
    return a;
}
} // namespace

SampleStoryParts SampleStoryParts::create(const QDate& today)
{
    SampleStoryParts p;
    const QString releaseEngineer =
        QCoreApplication::translate("SampleStory", "Release engineer", "a role in the sample story");
    const QString support = QCoreApplication::translate("SampleStory", "Support", "a team in the sample story");
    p.events = {
        event(14,
              5,
              TimelineKind::Trigger,
              QCoreApplication::translate(
                  "SampleStory",
                  "A test run of the release script uploads the music-player installer to the production downloads "
                  "bucket."),
              releaseEngineer),
        event(14,
              24,
              TimelineKind::KeyMoment,
              QCoreApplication::translate("SampleStory", "First customer email about a “strange music player”."),
              support),
        event(14,
              31,
              TimelineKind::Detection,
              QCoreApplication::translate(
                  "SampleStory",
                  "Support asks in the release channel; the release engineer recognises the test file and raises the "
                  "alarm."),
              releaseEngineer),
        event(14,
              33,
              TimelineKind::Diagnosis,
              QCoreApplication::translate("SampleStory",
                                          "The script's default target turns out to be the production bucket."),
              releaseEngineer),
        event(14,
              40,
              TimelineKind::Repair,
              QCoreApplication::translate("SampleStory",
                                          "Real installers uploaded again from the build server; CDN cache purged."),
              QCoreApplication::translate("SampleStory", "Site reliability", "a team in the sample story")),
        event(14,
              48,
              TimelineKind::Communication,
              QCoreApplication::translate("SampleStory", "Downloads verified by checksum; status page updated."),
              support),
    };
    p.causeChain = {
        cause(CauseType::Problem,
              QCoreApplication::translate("SampleStory", "Customers downloaded a music player instead of our product."),
              QCoreApplication::translate("SampleStory", "9 emails")),
        cause(CauseType::Cause,
              QCoreApplication::translate("SampleStory",
                                          "The test upload replaced the installers in the production bucket.")),
        cause(
            CauseType::Cause,
            QCoreApplication::translate("SampleStory", "The upload script's default target is the production bucket."),
            QCoreApplication::translate("SampleStory", "release.sh, the TARGET default")),
        cause(CauseType::ContributingFactor,
              QCoreApplication::translate("SampleStory", "Test and production uploads use the same credentials.")),
        cause(CauseType::RootCause,
              QCoreApplication::translate("SampleStory", "Our release tooling has no test environment of its own.")),
    };
    // Schema's default categories: 0 People, 1 Process, 2 Tools, 3 Environment, 4 Communication.
    p.causeCategoryPositions = {-1, 2, 2, 3, 1};

    Lesson wentWell;
    wentWell.kind = LessonKind::WentWell;
    wentWell.text = QCoreApplication::translate(
        "SampleStory", "The release engineer raised the alarm at once, and the team thanked them for it.");
    Lesson lucky;
    lucky.kind = LessonKind::GotLucky;
    lucky.text = QCoreApplication::translate(
        "SampleStory", "The stray installer was a signed, harmless program, and it was a quiet afternoon.");
    Lesson lesson;
    lesson.kind = LessonKind::Lesson;
    lesson.text = QCoreApplication::translate(
        "SampleStory",
        "Keep production and test clearly separated: separate places, separate keys, a visible "
        "confirmation.");
    p.lessons = {wentWell, lucky, lesson};
    p.lessonCause = {-1, -1, 4};

    p.actions = {
        action(QCoreApplication::translate("SampleStory", "Give release tests their own bucket and credentials."),
               QCoreApplication::translate("SampleStory", "Release team", "a team in the sample story"),
               today.addDays(-7),
               ActionStatus::Done,
               ActionType::Prevent,
               ActionPriority::High),
        action(
            QCoreApplication::translate("SampleStory", "Ask for typed confirmation before any upload to production."),
            QCoreApplication::translate("SampleStory", "Release team", "a team in the sample story"),
            today.addDays(10),
            ActionStatus::InProgress,
            ActionType::Prevent,
            ActionPriority::High),
        action(QCoreApplication::translate("SampleStory", "Alert when the checksums on the download page change."),
               QCoreApplication::translate("SampleStory", "Site reliability", "a team in the sample story"),
               today.addDays(21),
               ActionStatus::Open,
               ActionType::Detect,
               ActionPriority::Medium),
    };
    p.actionCause = {4, 2, -1};
    return p;
}
