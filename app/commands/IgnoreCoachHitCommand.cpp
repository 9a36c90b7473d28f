#include "commands/IgnoreCoachHitCommand.h"

#include "coach/StoryCoach.h"

#include <QCoreApplication>

IgnoreCoachHitCommand::IgnoreCoachHitCommand(StoryCoach& coach, QString ruleId, QString phrase)
    : m_coach(coach)
    , m_ruleId(std::move(ruleId))
    , m_phrase(std::move(phrase))
{
    //: %1 is a phrase the blameless-language coach flagged
    setText(QCoreApplication::translate("IgnoreCoachHitCommand", "Ignore “%1”").arg(m_phrase));
}

void IgnoreCoachHitCommand::redo()
{
    if (!m_coach.applyIgnored(m_ruleId, m_phrase, true)) {
        setObsolete(true);
    }
}

void IgnoreCoachHitCommand::undo()
{
    if (!m_coach.applyIgnored(m_ruleId, m_phrase, false)) {
        setObsolete(true);
    }
}
