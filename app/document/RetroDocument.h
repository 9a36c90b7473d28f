#pragma once

#include "domain/Retro.h"
#include "domain/RetroAction.h"
#include "domain/RetroCard.h"
#include "domain/RetroDiscussionItem.h"
#include "domain/RetroGroup.h"
#include "domain/RetroOutcome.h"
#include "domain/RetroReviewItem.h"
#include "domain/RetroVoting.h"
#include "export/RetroSummary.h"
#include "util/Result.h"

#include <QDate>
#include <QObject>
#include <QUndoStack>

#include <optional>

class ActionStore;
class CauseStore;
class LessonStore;
class RetroActionModel;
class RetroBoardModel;
class RetroDiscussionModel;
class RetroReviewModel;
class RetroStore;
class RetroTimer;
class StoryStore;

// One retro open in this session: its cached metadata, its own undo history and its models (made
// on first use). The functions below are the UI's way to edit: each checks the rules, pushes one
// undo command (which writes through the store) and returns a user-readable error if it could not.
class RetroDocument : public QObject
{
    Q_OBJECT

public:
    RetroDocument(RetroStore& store, qint64 id, QObject* parent = nullptr);

    // Library::retroDocument hands in the stores of the linked story's parts.
    void setStoryStores(StoryStore* stories, ActionStore* actions, LessonStore* lessons, CauseStore* causes);
    StoryStore* storyStore() const { return m_stories; }
    ActionStore* actionStore() const { return m_actions; }
    LessonStore* lessonStore() const { return m_lessons; }
    CauseStore* causeStore() const { return m_causes; }

    Status reload();

    // The outcome as it stands now (cards and groups in vote order, actions, lessons), read fresh.
    Result<RetroSummary> summary();

    qint64 id() const { return m_retro.id; }
    const Retro& retro() const { return m_retro; }
    RetroStore& store() { return m_store; }
    QUndoStack* undoStack() { return &m_undoStack; }
    bool isReadOnly() const;

    // Models and the timer, made on first use, owned by the document.
    RetroBoardModel* board();
    RetroDiscussionModel* discussion();
    RetroActionModel* actions();
    RetroReviewModel* review();
    RetroTimer* timer();

    // The current votes under this retro's rules (read from the store).
    RetroVoting voting() const;
    // Groups and ungrouped cards by votes (for Discuss and Summary).
    QList<RetroDiscussionItem> discussionOrder() const;

    // --- metadata and phases
    Status editField(RetroField field, const QVariant& value);
    // Goes to `phase`; leaving Collect forwards with hidden cards reveals them (one undo step).
    Status setPhase(RetroPhase phase);
    Status nextPhase();
    Status previousPhase();
    Status revealCards();

    // --- cards and groups
    Result<qint64> addCard(qint64 columnId, const QString& text, const QString& author = {});
    Status editCard(qint64 cardId, RetroCardField field, const QVariant& value);
    Status removeCard(qint64 cardId);
    // Puts `cardIds` onto `targetCardId`: a new group named after the target card's text (or
    // `name` when given), at the target's place. A target already in a group: they join it.
    Result<qint64> groupCards(qint64 targetCardId, const QList<qint64>& cardIds, const QString& name = {});
    Status addToGroup(const QList<qint64>& cardIds, qint64 groupId);
    // Moves cards to the top level of a column (ungrouping them) at `row` (-1: end); groups left
    // empty are removed.
    Status moveToColumn(const QList<qint64>& cardIds, qint64 columnId, int row = -1);
    // Dissolves a group: its cards go to the column's top level where the group was.
    Status ungroup(qint64 groupId);
    Status editGroup(qint64 groupId, RetroGroupField field, const QVariant& value);

    // --- votes. participant "" is the room's tally. Fails with the broken rule's message.
    Status setVotes(const QString& participant, const RetroItemRef& target, int dots);
    Status addVote(const QString& participant, const RetroItemRef& target);    // +1
    Status removeVote(const QString& participant, const RetroItemRef& target); // -1

    // --- notes (Discuss)
    Status setNotes(const RetroItemRef& target, const QString& notes);

    // --- actions
    Result<qint64> addAction(const RetroAction& action);
    Status editAction(qint64 actionId, RetroActionField field, const QVariant& value);
    Status removeAction(qint64 actionId);
    // Turns a card or group into an action item / lesson / cause of the linked story (fails when
    // the retro has no linked story). `text` empty: the card's text or group's name.
    Result<qint64> addToStory(const RetroItemRef& source,
                              RetroOutcomeKind kind,
                              const QString& text = {},
                              const QString& owner = {},
                              const QDate& dueDate = {});

    // --- review of earlier actions
    QList<RetroReviewItem> reviewItems() const;
    Status decideReview(const RetroReviewItem& item, RetroReviewDecision decision);

    // Used by the commands: apply and keep the cached retro in step.
    Status applyField(RetroField field, const QVariant& value);
    Status applyPhase(RetroPhase phase, std::optional<bool> revealed);

signals:
    void fieldChanged(RetroField field);
    void phaseChanged(RetroPhase phase);
    void reloaded();
    // A rule or a write refused an edit; for the status bar.
    void editFailed(const QString& message);

private:
    Status fail(const QString& message);
    void onRetroChanged(qint64 id, RetroField field);
    void onPhaseChanged(qint64 id, RetroPhase phase);

    RetroStore& m_store;
    Retro m_retro;
    QUndoStack m_undoStack;
    StoryStore* m_stories = nullptr;
    ActionStore* m_actions = nullptr;
    LessonStore* m_lessons = nullptr;
    CauseStore* m_causes = nullptr;
    RetroBoardModel* m_board = nullptr;
    RetroDiscussionModel* m_discussion = nullptr;
    RetroActionModel* m_actionModel = nullptr;
    RetroReviewModel* m_reviewModel = nullptr;
    RetroTimer* m_timer = nullptr;
};
