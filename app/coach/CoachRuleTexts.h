#pragma once

#include <QStringList>

namespace CoachRuleTexts {

// The English texts of the shipped coach rules (titles, explanations, suggestions) as listed for
// translation in the "CoachRules" context. A test checks that rules.json uses no other text.
QStringList sourceTexts();

} // namespace CoachRuleTexts
