#pragma once

#include "util/Result.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QSet>

class LibraryDatabase;

// The blameless-language coach's settings in a library: rules switched off for the whole library
// and, per story, phrases the author chose to ignore under a rule. Not story content: writing them
// leaves the story's modified time and search index alone.
class CoachSettingsStore : public QObject
{
    Q_OBJECT

public:
    explicit CoachSettingsStore(LibraryDatabase& library, QObject* parent = nullptr);

    bool isReadOnly() const;
    Result<QSet<QString>> disabledRules();
    Status setRuleEnabled(const QString& ruleId, bool enabled);

    // (rule id, phrase) pairs; phrases as given to setHitIgnored.
    Result<QList<QPair<QString, QString>>> ignoredHits(qint64 storyId);
    Status setHitIgnored(qint64 storyId, const QString& ruleId, const QString& phrase, bool ignored);

signals:
    void ruleEnabledChanged(const QString& ruleId, bool enabled);
    void ignoredHitsChanged(qint64 storyId);
    void writeFailed(const QString& message);

private:
    Status write(const QString& sql, std::initializer_list<QVariant> bindings);

    LibraryDatabase& m_library;
};
