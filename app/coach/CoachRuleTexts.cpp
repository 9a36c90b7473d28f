#include "coach/CoachRuleTexts.h"

#include <QtGlobal>

// lupdate cannot read resources/coach/rules.json: its texts are repeated here so that they land in
// the translations. Keep both in step (TestCoachEngine checks it).
namespace {
// clang-format off
const char* const Texts[] = {
    QT_TRANSLATE_NOOP("CoachRules", "“Should have” (hindsight)"),
    QT_TRANSLATE_NOOP("CoachRules", "“Should have” judges a past decision with knowledge nobody had at the time. It closes the question instead of explaining why the action made sense then."),
    QT_TRANSLATE_NOOP("CoachRules", "Describe what people knew and saw at the time, and what would have helped them."),
    QT_TRANSLATE_NOOP("CoachRules", "“Failed to” (personal failure)"),
    QT_TRANSLATE_NOOP("CoachRules", "“Failed to” frames an action as a personal shortcoming and hides the conditions that made it hard."),
    QT_TRANSLATE_NOOP("CoachRules", "Say what happened and what made it difficult, e.g. “the check was not run because …”."),
    QT_TRANSLATE_NOOP("CoachRules", "“Forgot to” (memory as safety net)"),
    QT_TRANSLATE_NOOP("CoachRules", "“Forgot” puts the gap in one person's memory. Memory is not a safety system; the interesting question is why the step depended on it."),
    QT_TRANSLATE_NOOP("CoachRules", "Describe the step that was missed and what (a checklist, automation, a reminder) did not prompt it."),
    QT_TRANSLATE_NOOP("CoachRules", "Judging character (“careless”, “sloppy”)"),
    QT_TRANSLATE_NOOP("CoachRules", "Words like “careless” or “sloppy” judge character. They make people defensive and stop the analysis before it reaches the system."),
    QT_TRANSLATE_NOOP("CoachRules", "Describe the action and the conditions around it: time pressure, tooling, the information available."),
    QT_TRANSLATE_NOOP("CoachRules", "“Human error”"),
    QT_TRANSLATE_NOOP("CoachRules", "“Human error” is where an investigation starts, not where it ends. It names a symptom of the system the person worked in."),
    QT_TRANSLATE_NOOP("CoachRules", "Ask what made the error likely or easy to make, and describe that instead."),
    QT_TRANSLATE_NOOP("CoachRules", "Assigning fault"),
    QT_TRANSLATE_NOOP("CoachRules", "Assigning fault to a person teaches everyone to hide problems next time. Blameless stories look for causes, not culprits."),
    QT_TRANSLATE_NOOP("CoachRules", "Name the decision or action and explain why it seemed reasonable at the time."),
    QT_TRANSLATE_NOOP("CoachRules", "A person as the subject of a mistake"),
    QT_TRANSLATE_NOOP("CoachRules", "Naming a person as the one who broke something makes the story about them, not about the system that let it happen."),
    //: %1 is the role of the person named, e.g. "on-call engineer"
    QT_TRANSLATE_NOOP("CoachRules", "Use the role instead of the name (%1) and describe what made the action possible or likely."),
    QT_TRANSLATE_NOOP("CoachRules", "A person as the root cause"),
    QT_TRANSLATE_NOOP("CoachRules", "A person is never a root cause: people act inside a system that allowed the outcome."),
    QT_TRANSLATE_NOOP("CoachRules", "Look one level deeper: which condition, tool or process made this action lead to the failure?"),
    QT_TRANSLATE_NOOP("CoachRules", "“Why didn't they …?”"),
    QT_TRANSLATE_NOOP("CoachRules", "“Why didn't they …?” asks people to defend themselves, with hindsight they did not have."),
    QT_TRANSLATE_NOOP("CoachRules", "Ask “What made this hard to see or do at that moment?”"),
    QT_TRANSLATE_NOOP("CoachRules", "“Obviously” (hindsight)"),
    QT_TRANSLATE_NOOP("CoachRules", "“Obviously” and “of course” are hindsight: it was not obvious at the time, or it would have been done differently."),
    QT_TRANSLATE_NOOP("CoachRules", "Drop the word, or say when and how the fact became known."),
    QT_TRANSLATE_NOOP("CoachRules", "“Just”, “simply” (minimizing)"),
    QT_TRANSLATE_NOOP("CoachRules", "“Just” and “simply” make an action sound trivial. That implies whoever did not do it was at fault, and hides why it was hard."),
    QT_TRANSLATE_NOOP("CoachRules", "Describe the action without the qualifier, and what made it harder than it looks now."),
    QT_TRANSLATE_NOOP("CoachRules", "Counterfactuals (“if only”)"),
    QT_TRANSLATE_NOOP("CoachRules", "Counterfactuals (“if only”, “could have been prevented”) describe a past that did not happen; they say little about why what did happen made sense."),
    QT_TRANSLATE_NOOP("CoachRules", "Describe what happened and which conditions made it possible."),
};
// clang-format on
} // namespace

namespace CoachRuleTexts {

QStringList sourceTexts()
{
    QStringList list;
    for (const char* text : Texts) {
        list << QString::fromUtf8(text);
    }
    return list;
}

} // namespace CoachRuleTexts
