#include "coach/CoachEngine.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

QString translated(const QJsonObject& rule, const char* key)
{
    // The texts are also listed in CoachRuleTexts.cpp, so that lupdate finds them.
    const QByteArray source = rule.value(QLatin1String(key)).toString().toUtf8();
    return QCoreApplication::translate("CoachRules", source.constData());
}

QString patternOf(const QJsonValue& value)
{
    if (value.isArray()) {
        QStringList parts;
        const QJsonArray alternatives = value.toArray();
        for (const QJsonValue& part : alternatives) {
            parts << QStringLiteral("(?:") + part.toString() + QLatin1Char(')');
        }
        return parts.join(QLatin1Char('|'));
    }
    return value.toString();
}

// The names as one alternation, longest first so that "Ana María" wins over "Ana".
QString peopleAlternation(const QList<Person>& people)
{
    QStringList names;
    for (const Person& person : people) {
        const QString name = person.name.simplified();
        if (name.isEmpty()) {
            continue;
        }
        names << name;
        const QString first = name.section(QLatin1Char(' '), 0, 0);
        if (first != name && first.size() >= 2) {
            names << first;
        }
    }
    if (names.isEmpty()) {
        return QStringLiteral("(?!)"); // matches nothing
    }
    std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    names.removeDuplicates();
    for (QString& name : names) {
        name = QRegularExpression::escape(name).replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
    }
    return QStringLiteral("(?:") + names.join(QLatin1Char('|')) + QLatin1Char(')');
}

} // namespace

QString CoachRule::severityKey(Severity severity)
{
    return severity == Severity::Info ? QStringLiteral("info") : QStringLiteral("warning");
}

Status CoachEngine::loadRules(const QString& path, const QString& language)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Status::failure(QCoreApplication::translate("CoachEngine", "Cannot read the coach rules “%1”: %2")
                                   .arg(path, file.errorString()));
    }
    return loadRulesFromJson(file.readAll(), language);
}

Status CoachEngine::loadRulesFromJson(const QByteArray& json, const QString& language)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (document.isNull() || !document.isObject()) {
        return Status::failure(QCoreApplication::translate("CoachEngine", "The coach rules are not valid JSON: %1")
                                   .arg(error.errorString()));
    }
    const QJsonObject root = document.object();
    const QJsonObject macros = root.value(QLatin1String("macros")).toObject();
    auto expand = [&macros](QString pattern) {
        // Macros may use other macros; a few rounds are plenty.
        for (int round = 0; round < 4 && pattern.contains(QLatin1Char('%')); ++round) {
            for (auto it = macros.begin(); it != macros.end(); ++it) {
                pattern.replace(QLatin1Char('%') + it.key() + QLatin1Char('%'), it.value().toString());
            }
        }
        return pattern;
    };
    QList<CoachRule> rules;
    QSet<QString> ids;
    const QJsonArray list = root.value(QLatin1String("rules")).toArray();
    for (const QJsonValue& value : list) {
        const QJsonObject object = value.toObject();
        CoachRule rule;
        rule.id = object.value(QLatin1String("id")).toString();
        rule.language = object.value(QLatin1String("language")).toString(QStringLiteral("en"));
        if (rule.language != language) {
            continue;
        }
        if (rule.id.isEmpty() || ids.contains(rule.id)) {
            return Status::failure(
                QCoreApplication::translate("CoachEngine", "A coach rule has no id or a duplicate id “%1”.")
                    .arg(rule.id));
        }
        ids.insert(rule.id);
        rule.severity = object.value(QLatin1String("severity")).toString() == QLatin1String("info")
                            ? CoachRule::Severity::Info
                            : CoachRule::Severity::Warning;
        rule.pattern = expand(patternOf(object.value(QLatin1String("pattern"))));
        rule.options = QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::MultilineOption;
        const QJsonArray flags = object.value(QLatin1String("flags")).toArray();
        for (const QJsonValue& flag : flags) {
            if (flag.toString() == QLatin1String("caseInsensitive")) {
                rule.options |= QRegularExpression::CaseInsensitiveOption;
            }
        }
        rule.title = translated(object, "title");
        rule.explanation = translated(object, "explanation");
        rule.suggestion = translated(object, "suggestion");
        // Check the pattern now, with a name in place of the people, so that a broken rule is
        // reported when the rules are read rather than silently matching nothing.
        QString probe = rule.pattern;
        probe.replace(QLatin1String("%PEOPLE%"), QLatin1String("Alex"));
        const QRegularExpression check(probe, rule.options);
        if (!check.isValid()) {
            return Status::failure(
                QCoreApplication::translate("CoachEngine", "The coach rule “%1” has a bad pattern: %2")
                    .arg(rule.id, check.errorString()));
        }
        rules << rule;
    }
    m_rules = rules;
    compile();
    return {};
}

Result<CoachEngine> CoachEngine::standard()
{
    static const Result<CoachEngine> loaded = [] {
        CoachEngine engine;
        if (Status s = engine.loadRules(); !s) {
            return Result<CoachEngine>::failure(s.error());
        }
        return Result<CoachEngine>(engine);
    }();
    return loaded;
}

const CoachRule* CoachEngine::rule(const QString& id) const
{
    for (const CoachRule& rule : m_rules) {
        if (rule.id == id) {
            return &rule;
        }
    }
    return nullptr;
}

void CoachEngine::setPeople(const QList<Person>& people)
{
    if (people == m_people) {
        return;
    }
    m_people = people;
    compile();
}

void CoachEngine::setDisabledRules(const QSet<QString>& ruleIds)
{
    m_disabled = ruleIds;
}

QString CoachEngine::ignoreKey(const QString& ruleId, const QString& phrase)
{
    return ruleId + QChar(0x1f) + CoachHit::normalizedPhrase(phrase);
}

void CoachEngine::compile()
{
    m_compiled.clear();
    const QString people = peopleAlternation(m_people);
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        const CoachRule& rule = m_rules.at(i);
        QString pattern = rule.pattern;
        pattern.replace(QLatin1String("%PEOPLE%"), people);
        Compiled compiled;
        compiled.ruleIndex = i;
        compiled.expression = QRegularExpression(pattern, rule.options);
        compiled.expression.optimize();
        compiled.hasHitGroup = compiled.expression.namedCaptureGroups().contains(QLatin1String("hit"));
        m_compiled << compiled;
    }
}

QString CoachEngine::roleIn(const QString& phrase) const
{
    const Person* best = nullptr;
    for (const Person& person : m_people) {
        const QString name = person.name.simplified();
        const QString first = name.section(QLatin1Char(' '), 0, 0);
        if (!name.isEmpty() && (phrase.contains(name, Qt::CaseInsensitive) ||
                                (first.size() >= 2 && phrase.contains(first, Qt::CaseInsensitive)))) {
            if (!best || name.size() > best->name.size()) {
                best = &person;
            }
        }
    }
    return best ? best->role.simplified() : QString();
}

QList<CoachHit> CoachEngine::check(const QString& text) const
{
    return checkMasked(maskCode(text), text);
}

QList<CoachHit> CoachEngine::checkMasked(const QString& maskedText, const QString& original) const
{
    QList<CoachHit> hits;
    for (const Compiled& compiled : m_compiled) {
        const CoachRule& rule = m_rules.at(compiled.ruleIndex);
        if (m_disabled.contains(rule.id)) {
            continue;
        }
        QRegularExpressionMatchIterator it = compiled.expression.globalMatch(maskedText);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const bool narrowed = compiled.hasHitGroup && match.capturedStart(QStringLiteral("hit")) >= 0;
            const qsizetype start = narrowed ? match.capturedStart(QStringLiteral("hit")) : match.capturedStart(0);
            const qsizetype length = narrowed ? match.capturedLength(QStringLiteral("hit")) : match.capturedLength(0);
            if (length <= 0) {
                continue;
            }
            CoachHit hit;
            hit.ruleId = rule.id;
            hit.severity = rule.severity;
            hit.start = start;
            hit.length = length;
            hit.phrase = original.mid(start, length);
            if (!m_ignored.isEmpty() && m_ignored.contains(ignoreKey(rule.id, hit.phrase))) {
                continue;
            }
            hit.explanation = rule.explanation;
            hit.suggestion = rule.suggestion;
            if (hit.suggestion.contains(QLatin1String("%1"))) {
                QString role = rule.usesPeople() ? roleIn(hit.phrase) : QString();
                if (role.isEmpty()) {
                    //: Stands in for a person's role in a coach suggestion when the role is not known
                    role = QCoreApplication::translate("CoachRules", "their role");
                }
                hit.suggestion = hit.suggestion.arg(role);
            }
            hits << hit;
        }
    }
    std::stable_sort(hits.begin(), hits.end(), [](const CoachHit& a, const CoachHit& b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    return hits;
}

QString CoachEngine::maskCode(const QString& text)
{
    if (!text.contains(QLatin1Char('`')) && !text.contains(QLatin1String("~~~"))) {
        return text;
    }
    QString out = text;
    const qsizetype n = text.size();
    auto mask = [&out](qsizetype from, qsizetype to) {
        for (qsizetype k = from; k < to; ++k) {
            if (out.at(k) != QLatin1Char('\n')) {
                out[k] = QLatin1Char(' ');
            }
        }
    };
    auto lineEnd = [&text, n](qsizetype from) {
        const qsizetype e = text.indexOf(QLatin1Char('\n'), from);
        return e < 0 ? n : e;
    };
    // A fence line: up to three spaces, then three or more backticks or tildes. Returns its length.
    auto fenceAt = [&text, n](qsizetype lineStart, QChar* fenceChar) -> qsizetype {
        qsizetype j = lineStart;
        while (j < n && j - lineStart < 3 && text.at(j) == QLatin1Char(' ')) {
            ++j;
        }
        if (j >= n || (text.at(j) != QLatin1Char('`') && text.at(j) != QLatin1Char('~'))) {
            return 0;
        }
        const QChar c = text.at(j);
        qsizetype k = j;
        while (k < n && text.at(k) == c) {
            ++k;
        }
        if (k - j < 3) {
            return 0;
        }
        *fenceChar = c;
        return k - j;
    };

    qsizetype i = 0;
    bool atLineStart = true;
    while (i < n) {
        if (atLineStart) {
            QChar c;
            const qsizetype fence = fenceAt(i, &c);
            if (fence > 0) {
                // Mask up to and including the closing fence (or the end of the text).
                qsizetype line = lineEnd(i) + 1;
                qsizetype end = n;
                while (line < n) {
                    QChar closing;
                    const qsizetype len = fenceAt(line, &closing);
                    const qsizetype e = lineEnd(line);
                    if (len >= fence && closing == c && text.mid(line, e - line).trimmed().size() == len) {
                        end = e;
                        break;
                    }
                    line = e + 1;
                }
                mask(i, end);
                i = end;
                continue;
            }
        }
        const QChar ch = text.at(i);
        if (ch == QLatin1Char('`')) {
            qsizetype run = i;
            while (run < n && text.at(run) == QLatin1Char('`')) {
                ++run;
            }
            const qsizetype ticks = run - i;
            // The closing run of exactly as many backticks, before the paragraph ends.
            qsizetype k = run;
            qsizetype close = -1;
            while (k < n) {
                if (text.at(k) == QLatin1Char('\n')) {
                    qsizetype b = k + 1;
                    while (b < n && (text.at(b) == QLatin1Char(' ') || text.at(b) == QLatin1Char('\t'))) {
                        ++b;
                    }
                    if (b >= n || text.at(b) == QLatin1Char('\n')) {
                        break; // blank line: the span is not closed
                    }
                }
                if (text.at(k) == QLatin1Char('`')) {
                    qsizetype r = k;
                    while (r < n && text.at(r) == QLatin1Char('`')) {
                        ++r;
                    }
                    if (r - k == ticks) {
                        close = r;
                        break;
                    }
                    k = r;
                    continue;
                }
                ++k;
            }
            if (close > 0) {
                mask(i, close);
                atLineStart = false;
                i = close;
            } else {
                atLineStart = false;
                i = run;
            }
            continue;
        }
        atLineStart = ch == QLatin1Char('\n');
        ++i;
    }
    return out;
}
