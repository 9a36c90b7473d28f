#pragma once

#include "domain/Story.h"
#include "util/Result.h"

#include <QObject>
#include <QUndoStack>

class StoryStore;
class CoachSettingsStore;
class PeopleModel;
class PeopleStore;
class StoryCoach;
class TimelineModel;
class TimelineStore;
class CauseCategoryModel;
class CauseStore;
class CauseTreeModel;
class ActionItemModel;
class ActionStore;
class LessonModel;
class LessonStore;
class AwardModel;
class AwardStore;

// One story open for editing: its cached state and its own undo history. Every user edit becomes an
// undo command; the command writes through the store, so an edit is on disk when it returns.
class StoryDocument : public QObject
{
    Q_OBJECT

public:
    StoryDocument(StoryStore& store, qint64 id, QObject* parent = nullptr);

    // Reads the story from the store (again).
    Status reload();

    qint64 id() const { return m_story.id; }
    const Story& story() const { return m_story; }
    QUndoStack* undoStack() { return &m_undoStack; }
    bool isReadOnly() const;

    // Lessons learned and action items: Library::document hands in the stores; the models are
    // made on first use and live as long as the document.
    void setLessonAndActionStores(LessonStore* lessons, ActionStore* actions);
    LessonStore* lessonStore() const { return m_lessonStore; }
    ActionStore* actionStore() const { return m_actionStore; }
    LessonModel* lessons();
    ActionItemModel* actionItems();

    // The awards of the story (hall of fame): Library::document hands in the store; the model is
    // made on first use and lives as long as the document.
    void setAwardStore(AwardStore* awards) { m_awardStore = awards; }
    AwardStore* awardStore() const { return m_awardStore; }
    AwardModel* awards();

    // The cause tree and the library's cause categories: Library::document hands in the store; the
    // models are made on first use and live as long as the document.
    void setCauseStore(CauseStore* causes) { m_causeStore = causes; }
    CauseTreeModel* causeTree();
    CauseCategoryModel* causeCategories();

    // The timeline: Library::document hands in the store; the model is made on first use and lives
    // as long as the document.
    void setTimelineStore(TimelineStore* timeline) { m_timelineStore = timeline; }
    TimelineModel* timeline();

    // The people involved and the blameless-language coach: Library::document hands in the stores;
    // the model and the coach are made on first use and live as long as the document.
    void setPeopleAndCoachStores(PeopleStore* people, CoachSettingsStore* coachSettings);
    PeopleModel* people();
    StoryCoach* coach();

    // User edits: push an undo command unless the value is unchanged. Returns false when the edit
    // could not be saved (StoryStore::writeFailed tells why).
    bool editField(StoryField field, const QVariant& value);
    bool editSection(Section section, const QString& text);

    // Used by the undo commands: write through the store, then update the cached story.
    Status applyField(StoryField field, const QVariant& value);
    Status applySection(Section section, const QString& text);

signals:
    void fieldChanged(StoryField field);
    void sectionChanged(Section section);
    void reloaded();

private:
    StoryStore& m_store;
    Story m_story;
    QUndoStack m_undoStack;
    PeopleStore* m_peopleStore = nullptr;
    CoachSettingsStore* m_coachSettings = nullptr;
    PeopleModel* m_peopleModel = nullptr;
    StoryCoach* m_coach = nullptr;
    CauseStore* m_causeStore = nullptr;
    CauseTreeModel* m_causeTree = nullptr;
    CauseCategoryModel* m_causeCategories = nullptr;
    LessonStore* m_lessonStore = nullptr;
    ActionStore* m_actionStore = nullptr;
    LessonModel* m_lessonModel = nullptr;
    ActionItemModel* m_actionItemModel = nullptr;
    TimelineStore* m_timelineStore = nullptr;
    TimelineModel* m_timelineModel = nullptr;
    AwardStore* m_awardStore = nullptr;
    AwardModel* m_awardModel = nullptr;
};
