#pragma once

#include "domain/Story.h"
#include "storage/LibraryDatabase.h"
#include "util/Result.h"

#include <QHash>
#include <QObject>
#include <QUndoGroup>
#include <QUndoStack>

#include <memory>

class StoryStore;
class PeopleStore;
class CoachSettingsStore;
class TimelineStore;
class CauseStore;
class LessonStore;
class ActionStore;
class AwardStore;
class StoryDocument;
class RetroStore;
class RetroTemplateStore;
class RetroDocument;
class RetroListModel;
class RetroTemplateModel;
struct Retro;

// An open library: the database, its stores, the library-wide undo history (creating and deleting
// stories) and one StoryDocument with its own undo history per story opened in this session.
class Library : public QObject
{
    Q_OBJECT

public:
    ~Library() override;

    static Result<std::unique_ptr<Library>> open(const QString& path,
                                                 LibraryDatabase::OpenMode mode = LibraryDatabase::OpenMode::Normal);

    LibraryDatabase& database() { return *m_database; }
    StoryStore& stories() { return *m_stories; }
    PeopleStore& people() { return *m_people; }
    CoachSettingsStore& coachSettings() { return *m_coachSettings; }
    TimelineStore& timeline() { return *m_timeline; }
    CauseStore& causes() { return *m_causes; }
    LessonStore& lessons() { return *m_lessons; }
    ActionStore& actions() { return *m_actions; }
    AwardStore& awards() { return *m_awards; }
    RetroStore& retros() { return *m_retros; }
    RetroTemplateStore& retroTemplates() { return *m_retroTemplates; }
    QString path() const { return m_database->path(); }
    bool isReadOnly() const { return m_database->isReadOnly(); }

    // Creating, duplicating and deleting stories.
    QUndoStack* undoStack() { return &m_undoStack; }
    // The library stack and every story document's stack.
    QUndoGroup* undoGroup() { return &m_undoGroup; }

    // The document of a story, loaded on first use and kept (with its undo history) until the
    // library closes. Null when the story cannot be read.
    StoryDocument* document(qint64 id, QString* error = nullptr);

    Result<qint64> createStory(const Story& story);
    Result<qint64> duplicateStory(qint64 id);
    Status deleteStory(qint64 id);

    // Retrospectives: the document of a retro (loaded on first use, kept with its undo history
    // until the library closes; null when it cannot be read), creating one with its own copy of the
    // columns of template `templateId` and deleting one, with undo on the library stack.
    RetroDocument* retroDocument(qint64 id, QString* error = nullptr);
    Result<qint64> createRetro(const Retro& retro, qint64 templateId);
    Status deleteRetro(qint64 id);
    // The library's retros and the retro templates as models, made on first use.
    RetroListModel* retroList();
    RetroTemplateModel* retroTemplateModel();

    // Adds the sample story, without undo history (used when a library is first created).
    Result<qint64> addSampleStory();

private:
    Library() = default;
    void onStoryAdded(qint64 id);

    std::unique_ptr<LibraryDatabase> m_database;
    std::unique_ptr<StoryStore> m_stories;
    std::unique_ptr<PeopleStore> m_people;
    std::unique_ptr<CoachSettingsStore> m_coachSettings;
    std::unique_ptr<TimelineStore> m_timeline;
    std::unique_ptr<CauseStore> m_causes;
    std::unique_ptr<LessonStore> m_lessons;
    std::unique_ptr<ActionStore> m_actions;
    std::unique_ptr<AwardStore> m_awards;
    std::unique_ptr<RetroStore> m_retros;
    std::unique_ptr<RetroTemplateStore> m_retroTemplates;
    QHash<qint64, RetroDocument*> m_retroDocuments;
    RetroListModel* m_retroList = nullptr;
    RetroTemplateModel* m_retroTemplateModel = nullptr;
    QUndoGroup m_undoGroup;
    QUndoStack m_undoStack;
    QHash<qint64, StoryDocument*> m_documents;
};
