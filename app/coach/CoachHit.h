#pragma once

#include "coach/CoachRule.h"

#include <QString>

// A phrase the coach asks the author to reconsider: where it is, which rule found it and why.
struct CoachHit
{
    QString ruleId;
    CoachRule::Severity severity = CoachRule::Severity::Warning;
    qsizetype start = 0; // offset in the checked text (UTF-16 code units)
    qsizetype length = 0;
    QString phrase;      // the text of the hit as written
    QString explanation; // translated
    QString suggestion;  // translated, with the person's role filled in

    qsizetype end() const { return start + length; }
    // The phrase as stored for "ignore this phrase": case and spacing do not matter.
    static QString normalizedPhrase(const QString& phrase) { return phrase.simplified().toCaseFolded(); }
    QString normalizedPhrase() const { return normalizedPhrase(phrase); }
};
