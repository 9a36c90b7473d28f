#include "document/Library.h"

#include "commands/RetroLifecycleCommand.h"
#include "commands/StoryLifecycleCommand.h"
#include "document/RetroDocument.h"
#include "document/StoryDocument.h"
#include "domain/SampleStory.h"
#include "domain/SampleStoryParts.h"
#include "models/RetroListModel.h"
#include "models/RetroTemplateModel.h"
#include "storage/ActionStore.h"
#include "storage/AwardStore.h"
#include "storage/CauseStore.h"
#include "storage/CoachSettingsStore.h"
#include "storage/LessonStore.h"
#include "storage/PeopleStore.h"
#include "storage/RetroStore.h"
#include "storage/RetroTemplateStore.h"
#include "storage/StoryStore.h"
#include "storage/TimelineStore.h"

#include <QCoreApplication>

Library::~Library()
{
    // Documents refer to the store; let them go first.
    qDeleteAll(m_documents);
    m_documents.clear();
    qDeleteAll(m_retroDocuments);
    m_retroDocuments.clear();
    delete m_retroList;
    delete m_retroTemplateModel;
}

Result<std::unique_ptr<Library>> Library::open(const QString& path, LibraryDatabase::OpenMode mode)
{
    auto database = LibraryDatabase::open(path, mode);
    if (!database) {
        return Result<std::unique_ptr<Library>>::failure(database.error());
    }
    std::unique_ptr<Library> library(new Library);
    library->m_database = std::move(database).value();
    library->m_stories = std::make_unique<StoryStore>(*library->m_database);
    library->m_people = std::make_unique<PeopleStore>(*library->m_database, *library->m_stories);
    library->m_coachSettings = std::make_unique<CoachSettingsStore>(*library->m_database);
    library->m_timeline = std::make_unique<TimelineStore>(*library->m_database, *library->m_stories);
    library->m_causes = std::make_unique<CauseStore>(*library->m_database, *library->m_stories);
    library->m_lessons = std::make_unique<LessonStore>(*library->m_database, *library->m_stories);
    library->m_actions = std::make_unique<ActionStore>(*library->m_database, *library->m_stories);
    library->m_awards = std::make_unique<AwardStore>(*library->m_database, *library->m_stories);
    library->m_retros = std::make_unique<RetroStore>(*library->m_database);
    library->m_retroTemplates = std::make_unique<RetroTemplateStore>(*library->m_database);
    library->m_undoGroup.addStack(&library->m_undoStack);
    library->m_undoGroup.setActiveStack(&library->m_undoStack);
    connect(library->m_stories.get(), &StoryStore::storyAdded, library.get(), &Library::onStoryAdded);
    return Result<std::unique_ptr<Library>>(std::move(library));
}

StoryDocument* Library::document(qint64 id, QString* error)
{
    if (StoryDocument* existing = m_documents.value(id)) {
        return existing;
    }
    auto* document = new StoryDocument(*m_stories, id);
    document->setPeopleAndCoachStores(m_people.get(), m_coachSettings.get());
    document->setTimelineStore(m_timeline.get());
    document->setCauseStore(m_causes.get());
    document->setLessonAndActionStores(m_lessons.get(), m_actions.get());
    document->setAwardStore(m_awards.get());
    if (Status s = document->reload(); !s) {
        if (error) {
            *error = s.error();
        }
        delete document;
        return nullptr;
    }
    m_documents.insert(id, document);
    m_undoGroup.addStack(document->undoStack());
    return document;
}

void Library::onStoryAdded(qint64 id)
{
    // A story restored by undo: its open document reads it again.
    if (StoryDocument* document = m_documents.value(id)) {
        (void)document->reload();
    }
}

Result<qint64> Library::createStory(const Story& story)
{
    auto id = m_stories->create(story);
    if (!id) {
        return id;
    }
    auto snapshot = m_stories->takeRows(*id);
    if (!snapshot) {
        return Result<qint64>::failure(snapshot.error());
    }
    m_undoStack.push(new StoryLifecycleCommand(*m_stories,
                                               StoryLifecycleCommand::Action::Create,
                                               snapshot.value(),
                                               QCoreApplication::translate("Library", "New story")));
    return id;
}

Result<qint64> Library::duplicateStory(qint64 id)
{
    auto original = m_stories->load(id);
    if (!original) {
        return Result<qint64>::failure(original.error());
    }
    Story copy = original.value();
    copy.id = 0;
    copy.createdAt = {};
    copy.modifiedAt = {};
    copy.status = StoryStatus::Draft;
    //: %1 is the title of the story that was duplicated
    copy.title = QCoreApplication::translate("Library", "%1 (copy)").arg(original->displayTitle());
    auto newId = m_stories->create(copy);
    if (!newId) {
        return newId;
    }
    auto snapshot = m_stories->takeRows(*newId);
    if (!snapshot) {
        return Result<qint64>::failure(snapshot.error());
    }
    m_undoStack.push(new StoryLifecycleCommand(*m_stories,
                                               StoryLifecycleCommand::Action::Create,
                                               snapshot.value(),
                                               QCoreApplication::translate("Library", "Duplicate story")));
    return newId;
}

Status Library::deleteStory(qint64 id)
{
    auto snapshot = m_stories->takeRows(id);
    if (!snapshot) {
        return Status::failure(snapshot.error());
    }
    if (Status s = m_stories->remove(id); !s) {
        return s;
    }
    m_undoStack.push(new StoryLifecycleCommand(*m_stories,
                                               StoryLifecycleCommand::Action::Delete,
                                               snapshot.value(),
                                               QCoreApplication::translate("Library", "Delete story")));
    return {};
}

RetroDocument* Library::retroDocument(qint64 id, QString* error)
{
    if (RetroDocument* existing = m_retroDocuments.value(id)) {
        return existing;
    }
    auto* document = new RetroDocument(*m_retros, id);
    document->setStoryStores(m_stories.get(), m_actions.get(), m_lessons.get(), m_causes.get());
    if (Status s = document->reload(); !s) {
        if (error) {
            *error = s.error();
        }
        delete document;
        return nullptr;
    }
    m_retroDocuments.insert(id, document);
    m_undoGroup.addStack(document->undoStack());
    return document;
}

Result<qint64> Library::createRetro(const Retro& retro, qint64 templateId)
{
    auto chosen = m_retroTemplates->templ(templateId);
    if (!chosen) {
        return Result<qint64>::failure(chosen.error());
    }
    Retro copy = retro;
    copy.id = 0;
    if (copy.templateName.isEmpty()) {
        copy.templateName = chosen->name;
    }
    auto id = m_retros->create(copy, chosen->columns);
    if (!id) {
        return id;
    }
    auto snapshot = m_retros->takeRows(*id);
    if (!snapshot) {
        return Result<qint64>::failure(snapshot.error());
    }
    m_undoStack.push(new RetroLifecycleCommand(*m_retros,
                                               RetroLifecycleCommand::Action::Create,
                                               snapshot.value(),
                                               QCoreApplication::translate("Library", "New retrospective")));
    return id;
}

Status Library::deleteRetro(qint64 id)
{
    auto snapshot = m_retros->takeRows(id);
    if (!snapshot) {
        return Status::failure(snapshot.error());
    }
    if (Status s = m_retros->remove(id); !s) {
        return s;
    }
    m_undoStack.push(new RetroLifecycleCommand(*m_retros,
                                               RetroLifecycleCommand::Action::Delete,
                                               snapshot.value(),
                                               QCoreApplication::translate("Library", "Delete retrospective")));
    return {};
}

RetroListModel* Library::retroList()
{
    if (!m_retroList) {
        m_retroList = new RetroListModel(*m_retros);
    }
    return m_retroList;
}

RetroTemplateModel* Library::retroTemplateModel()
{
    if (!m_retroTemplateModel) {
        m_retroTemplateModel = new RetroTemplateModel(*m_retroTemplates);
    }
    return m_retroTemplateModel;
}

Result<qint64> Library::addSampleStory()
{
    auto id = m_stories->create(SampleStory::create());
    if (!id) {
        return id;
    }
    // Its analysis too, so that a first look shows every page at work.
    SampleStoryParts parts = SampleStoryParts::create(QDate::currentDate());
    for (TimelineEvent& event : parts.events) {
        event.storyId = *id;
    }
    if (auto events = m_timeline->insert(*id, parts.events); !events) {
        return Result<qint64>::failure(events.error());
    }
    const auto categories = m_causes->categories();
    QList<qint64> causeIds;
    for (qsizetype i = 0; i < parts.causeChain.size(); ++i) {
        CauseNode node = parts.causeChain[i];
        node.storyId = *id;
        node.parentId = causeIds.isEmpty() ? 0 : causeIds.last();
        const int category = parts.causeCategoryPositions.value(i, -1);
        if (categories && category >= 0 && category < categories->size()) {
            node.categoryId = categories->at(category).id;
        }
        auto causeId = m_causes->insert(node);
        if (!causeId) {
            return Result<qint64>::failure(causeId.error());
        }
        causeIds << *causeId;
    }
    auto causeFor = [&causeIds](int index) {
        return index >= 0 && index < causeIds.size() ? QList<qint64> {causeIds[index]} : QList<qint64> {};
    };
    for (qsizetype i = 0; i < parts.lessons.size(); ++i) {
        Lesson lesson = parts.lessons[i];
        lesson.storyId = *id;
        lesson.causeIds = causeFor(parts.lessonCause.value(i, -1));
        if (auto added = m_lessons->insert(lesson, static_cast<int>(i)); !added) {
            return Result<qint64>::failure(added.error());
        }
    }
    for (qsizetype i = 0; i < parts.actions.size(); ++i) {
        ActionItem item = parts.actions[i];
        item.storyId = *id;
        item.causeIds = causeFor(parts.actionCause.value(i, -1));
        if (auto added = m_actions->insert(item, static_cast<int>(i)); !added) {
            return Result<qint64>::failure(added.error());
        }
    }
    return id;
}
