#include "coach/StoryCoach.h"

#include "commands/IgnoreCoachHitCommand.h"
#include "models/PeopleModel.h"
#include "storage/CoachSettingsStore.h"

#include <QUndoStack>

StoryCoach::StoryCoach(
    CoachSettingsStore& settings, PeopleModel* people, qint64 storyId, QUndoStack* undoStack, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_people(people)
    , m_storyId(storyId)
    , m_undoStack(undoStack)
{
    auto standard = CoachEngine::standard();
    m_available = standard.ok();
    if (m_available) {
        m_engine = standard.value();
    } else {
        m_lastError = standard.error();
    }
    loadDisabled();
    loadIgnored();
    loadPeople();
    connect(&m_settings, &CoachSettingsStore::ruleEnabledChanged, this, [this] {
        loadDisabled();
        emit changed();
    });
    connect(&m_settings, &CoachSettingsStore::ignoredHitsChanged, this, [this](qint64 changedStory) {
        if (changedStory == m_storyId) {
            loadIgnored();
            emit changed();
        }
    });
    if (m_people) {
        connect(m_people, &PeopleModel::peopleChanged, this, [this] {
            loadPeople();
            emit changed();
        });
    }
}

bool StoryCoach::isReadOnly() const
{
    return m_settings.isReadOnly();
}

QList<CoachHit> StoryCoach::check(const QString& text) const
{
    return m_available ? m_engine.check(text) : QList<CoachHit>();
}

void StoryCoach::loadDisabled()
{
    auto disabled = m_settings.disabledRules();
    m_engine.setDisabledRules(disabled ? disabled.value() : QSet<QString>());
}

void StoryCoach::loadIgnored()
{
    QSet<QString> keys;
    if (auto hits = m_settings.ignoredHits(m_storyId)) {
        for (const auto& [ruleId, phrase] : hits.value()) {
            keys.insert(CoachEngine::ignoreKey(ruleId, phrase));
        }
    }
    m_engine.setIgnored(keys);
}

void StoryCoach::loadPeople()
{
    m_engine.setPeople(m_people ? m_people->people() : QList<Person>());
}

bool StoryCoach::ignore(const CoachHit& hit)
{
    const int before = m_undoStack->count();
    m_undoStack->push(new IgnoreCoachHitCommand(*this, hit.ruleId, hit.normalizedPhrase()));
    return m_undoStack->count() != before;
}

Status StoryCoach::setRuleEnabled(const QString& ruleId, bool enabled)
{
    return m_settings.setRuleEnabled(ruleId, enabled);
}

Status StoryCoach::applyIgnored(const QString& ruleId, const QString& phrase, bool ignored)
{
    return m_settings.setHitIgnored(m_storyId, ruleId, phrase, ignored);
}
