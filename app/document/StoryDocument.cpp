#include "document/StoryDocument.h"

#include "coach/StoryCoach.h"
#include "commands/SetSectionCommand.h"
#include "commands/SetStoryFieldCommand.h"
#include "models/ActionItemModel.h"
#include "models/AwardModel.h"
#include "models/CauseCategoryModel.h"
#include "models/CauseTreeModel.h"
#include "models/LessonModel.h"
#include "models/PeopleModel.h"
#include "models/TimelineModel.h"
#include "storage/StoryStore.h"

StoryDocument::StoryDocument(StoryStore& store, qint64 id, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
    m_story.id = id;
}

Status StoryDocument::reload()
{
    auto loaded = m_store.load(m_story.id);
    if (!loaded) {
        return Status::failure(loaded.error());
    }
    m_story = std::move(loaded).value();
    emit reloaded();
    return {};
}

bool StoryDocument::isReadOnly() const
{
    return m_store.isReadOnly();
}

bool StoryDocument::editField(StoryField field, const QVariant& value)
{
    const QVariant old = m_story.field(field);
    if (old == value) {
        return true;
    }
    m_undoStack.push(new SetStoryFieldCommand(*this, field, old, value));
    return m_story.field(field) == value;
}

bool StoryDocument::editSection(Section section, const QString& text)
{
    const QString old = m_story.section(section);
    if (old == text) {
        return true;
    }
    m_undoStack.push(new SetSectionCommand(*this, section, old, text));
    return m_story.section(section) == text;
}

Status StoryDocument::applyField(StoryField field, const QVariant& value)
{
    Status s = m_store.setField(m_story.id, field, value);
    if (!s) {
        return s; // the store reports it (StoryStore::writeFailed)
    }
    m_story.setField(field, value);
    m_story.modifiedAt = QDateTime::currentDateTimeUtc(); // as the store just did
    emit fieldChanged(field);
    return {};
}

Status StoryDocument::applySection(Section section, const QString& text)
{
    Status s = m_store.setSection(m_story.id, section, text);
    if (!s) {
        return s; // the store reports it (StoryStore::writeFailed)
    }
    m_story.setSection(section, text);
    m_story.modifiedAt = QDateTime::currentDateTimeUtc(); // as the store just did
    emit sectionChanged(section);
    return {};
}

void StoryDocument::setLessonAndActionStores(LessonStore* lessons, ActionStore* actions)
{
    m_lessonStore = lessons;
    m_actionStore = actions;
}

LessonModel* StoryDocument::lessons()
{
    if (!m_lessonModel && m_lessonStore) {
        m_lessonModel = new LessonModel(*m_lessonStore, m_store, id(), this);
    }
    return m_lessonModel;
}

AwardModel* StoryDocument::awards()
{
    if (!m_awardModel && m_awardStore) {
        m_awardModel = new AwardModel(*m_awardStore, id(), &m_undoStack, this);
        connect(this, &StoryDocument::reloaded, m_awardModel, &AwardModel::reload);
    }
    return m_awardModel;
}

ActionItemModel* StoryDocument::actionItems()
{
    if (!m_actionItemModel && m_actionStore) {
        m_actionItemModel = new ActionItemModel(*m_actionStore, m_store, id(), this);
    }
    return m_actionItemModel;
}

CauseTreeModel* StoryDocument::causeTree()
{
    if (!m_causeTree && m_causeStore) {
        m_causeTree = new CauseTreeModel(*m_causeStore, id(), &m_undoStack, this);
    }
    return m_causeTree;
}

CauseCategoryModel* StoryDocument::causeCategories()
{
    if (!m_causeCategories && m_causeStore) {
        m_causeCategories = new CauseCategoryModel(*m_causeStore, this);
    }
    return m_causeCategories;
}

TimelineModel* StoryDocument::timeline()
{
    if (!m_timelineModel && m_timelineStore) {
        m_timelineModel = new TimelineModel(*m_timelineStore, id(), &m_undoStack, this);
        // A story brought back by undo comes back with its timeline.
        connect(this, &StoryDocument::reloaded, m_timelineModel, [this] { (void)m_timelineModel->reload(); });
    }
    return m_timelineModel;
}

void StoryDocument::setPeopleAndCoachStores(PeopleStore* people, CoachSettingsStore* coachSettings)
{
    m_peopleStore = people;
    m_coachSettings = coachSettings;
}

PeopleModel* StoryDocument::people()
{
    if (!m_peopleModel && m_peopleStore) {
        m_peopleModel = new PeopleModel(*m_peopleStore, id(), &m_undoStack, this);
        // A story brought back by undo comes back with its people.
        connect(this, &StoryDocument::reloaded, m_peopleModel, &PeopleModel::reload);
    }
    return m_peopleModel;
}

StoryCoach* StoryDocument::coach()
{
    if (!m_coach && m_coachSettings) {
        m_coach = new StoryCoach(*m_coachSettings, people(), id(), &m_undoStack, this);
    }
    return m_coach;
}
