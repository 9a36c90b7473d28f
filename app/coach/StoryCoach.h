#pragma once

#include "coach/CoachEngine.h"
#include "util/Result.h"

#include <QObject>

class CoachSettingsStore;
class PeopleModel;
class QUndoStack;

// The coach for one open story: the shipped rules with the library's switched-off rules, the
// story's ignored phrases and the names of its people involved. Tells editors when any of these
// change so that they check their text again.
class StoryCoach : public QObject
{
    Q_OBJECT

public:
    StoryCoach(CoachSettingsStore& settings,
               PeopleModel* people,
               qint64 storyId,
               QUndoStack* undoStack,
               QObject* parent = nullptr);

    // False when the rules could not be read (lastError() says why); check() then finds nothing.
    bool isAvailable() const { return m_available; }
    QString lastError() const { return m_lastError; }
    bool isReadOnly() const;
    const CoachEngine& engine() const { return m_engine; }
    QList<CoachHit> check(const QString& text) const;

    // User choices. Ignoring a phrase is an undoable edit of the story; switching a rule off holds
    // for the whole library (turn it on again in the coach rules dialog).
    bool ignore(const CoachHit& hit);
    Status setRuleEnabled(const QString& ruleId, bool enabled);

    // For the undo command.
    Status applyIgnored(const QString& ruleId, const QString& phrase, bool ignored);

signals:
    void changed();

private:
    void loadIgnored();
    void loadDisabled();
    void loadPeople();

    CoachSettingsStore& m_settings;
    PeopleModel* m_people;
    qint64 m_storyId;
    QUndoStack* m_undoStack;
    CoachEngine m_engine;
    bool m_available = false;
    QString m_lastError;
};
