#pragma once

#include "coach/CoachHit.h"
#include "coach/CoachRule.h"
#include "domain/Person.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>

// The blameless-language coach: finds wording that assigns blame or hindsight. The rules are data
// (resources/coach/rules.json), the names of the people involved make "Bob broke prod" findable.
// Text inside fenced code blocks and inline `code` is never checked. Pure and cheap to copy.
class CoachEngine
{
public:
    // The rules compiled into the program.
    static QString defaultRulesPath() { return QStringLiteral(":/coach/rules.json"); }

    // Reads a rules file and keeps the rules written for `language`. Texts are translated through
    // the "CoachRules" context (see CoachRuleTexts.cpp). Replaces any rules loaded before.
    Status loadRules(const QString& path = defaultRulesPath(), const QString& language = QStringLiteral("en"));
    Status loadRulesFromJson(const QByteArray& json, const QString& language = QStringLiteral("en"));
    // The program's rules, read once per process (the texts in the language of that moment).
    static Result<CoachEngine> standard();

    const QList<CoachRule>& rules() const { return m_rules; }
    const CoachRule* rule(const QString& id) const;

    // The people involved: their names (and first names) become subjects of mistakes.
    void setPeople(const QList<Person>& people);
    const QList<Person>& people() const { return m_people; }
    // Rules switched off for the library.
    void setDisabledRules(const QSet<QString>& ruleIds);
    const QSet<QString>& disabledRules() const { return m_disabled; }
    bool isEnabled(const QString& ruleId) const { return !m_disabled.contains(ruleId); }
    // Hits the author chose to ignore, as ignoreKey(rule, phrase).
    void setIgnored(const QSet<QString>& keys) { m_ignored = keys; }
    const QSet<QString>& ignored() const { return m_ignored; }
    static QString ignoreKey(const QString& ruleId, const QString& phrase);

    // The hits in `text`, ordered by position.
    QList<CoachHit> check(const QString& text) const;
    // The same for text that went through maskCode() already (offsets are kept by masking).
    QList<CoachHit> checkMasked(const QString& maskedText, const QString& original) const;
    // `text` with fenced code blocks and inline code spans replaced by spaces (line breaks kept),
    // so that offsets stay valid.
    static QString maskCode(const QString& text);

private:
    struct Compiled
    {
        qsizetype ruleIndex = 0;
        QRegularExpression expression;
        bool hasHitGroup = false;
    };
    void compile();
    QString roleIn(const QString& phrase) const;

    QList<CoachRule> m_rules;
    QList<Compiled> m_compiled;
    QList<Person> m_people;
    QSet<QString> m_disabled;
    QSet<QString> m_ignored;
};
