#pragma once

#include <QRegularExpression>
#include <QString>

// One rule of the blameless-language coach, as loaded from resources/coach/rules.json.
struct CoachRule
{
    enum class Severity {
        Info,
        Warning,
    };

    QString id;
    QString language; // the language of the text the pattern is written for, e.g. "en"
    Severity severity = Severity::Warning;
    // The pattern as written in the rules file, macros expanded; %PEOPLE% is still in it.
    QString pattern;
    QRegularExpression::PatternOptions options = QRegularExpression::NoPatternOption;
    // Translated texts.
    QString title;
    QString explanation;
    QString suggestion; // may hold %1: the role of the person named in the hit

    bool usesPeople() const { return pattern.contains(QLatin1String("%PEOPLE%")); }

    static QString severityKey(Severity severity);
};
