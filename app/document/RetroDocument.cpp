#include "document/RetroDocument.h"

#include "commands/EditRetroActionCommand.h"
#include "commands/EditRetroCardCommand.h"
#include "commands/RetroActionLifecycleCommand.h"
#include "commands/RetroBoardEditCommand.h"
#include "commands/RetroCardLifecycleCommand.h"
#include "commands/RetroOutcomeCommand.h"
#include "commands/RetroReviewCommand.h"
#include "commands/SetRetroFieldCommand.h"
#include "commands/SetRetroPhaseCommand.h"
#include "commands/SetRetroVotesCommand.h"
#include "domain/RetroDiscussion.h"
#include "domain/RetroTimer.h"
#include "models/RetroActionModel.h"
#include "models/RetroBoardModel.h"
#include "models/RetroDiscussionModel.h"
#include "models/RetroReviewModel.h"
#include "storage/CauseStore.h"
#include "storage/RetroStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace {
QString trDoc(const char* text)
{
    return QCoreApplication::translate("RetroDocument", text);
}

// A group named after a card: its text on one line, not too long for a heading.
QString groupNameFor(const QString& cardText)
{
    QString name = cardText.simplified();
    if (name.size() > 80) {
        name = name.left(79) + QChar(0x2026);
    }
    return name;
}

// Pushes `command` and returns the store's message when its write failed (empty on success).
QString pushReportingFailure(RetroStore& store, QUndoStack& stack, QUndoCommand* command)
{
    QString error;
    const auto connection =
        QObject::connect(&store, &RetroStore::writeFailed, [&error](const QString& message) { error = message; });
    stack.push(command);
    QObject::disconnect(connection);
    return error;
}
} // namespace

RetroDocument::RetroDocument(RetroStore& store, qint64 id, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
    m_retro.id = id;
    connect(&m_store, &RetroStore::retroChanged, this, &RetroDocument::onRetroChanged);
    connect(&m_store, &RetroStore::phaseChanged, this, &RetroDocument::onPhaseChanged);
    connect(&m_store, &RetroStore::retroAdded, this, [this](qint64 added) {
        if (added == m_retro.id) {
            (void)reload();
        }
    });
}

void RetroDocument::setStoryStores(StoryStore* stories, ActionStore* actions, LessonStore* lessons, CauseStore* causes)
{
    m_stories = stories;
    m_actions = actions;
    m_lessons = lessons;
    m_causes = causes;
}

Status RetroDocument::reload()
{
    auto loaded = m_store.retro(m_retro.id);
    if (!loaded) {
        return Status::failure(loaded.error());
    }
    m_retro = std::move(loaded).value();
    emit reloaded();
    return {};
}

bool RetroDocument::isReadOnly() const
{
    return m_store.isReadOnly();
}

void RetroDocument::onRetroChanged(qint64 id, RetroField field)
{
    if (id != m_retro.id) {
        return;
    }
    if (auto loaded = m_store.retro(id)) {
        m_retro = loaded.value();
    }
    emit fieldChanged(field);
}

void RetroDocument::onPhaseChanged(qint64 id, RetroPhase phase)
{
    if (id != m_retro.id) {
        return;
    }
    m_retro.phase = phase;
    emit phaseChanged(phase);
}

Status RetroDocument::fail(const QString& message)
{
    emit editFailed(message);
    return Status::failure(message);
}

RetroBoardModel* RetroDocument::board()
{
    if (!m_board) {
        m_board = new RetroBoardModel(m_store, m_retro.id, this, this);
    }
    return m_board;
}

RetroDiscussionModel* RetroDocument::discussion()
{
    if (!m_discussion) {
        m_discussion = new RetroDiscussionModel(*this, this);
    }
    return m_discussion;
}

RetroActionModel* RetroDocument::actions()
{
    if (!m_actionModel) {
        m_actionModel = new RetroActionModel(m_store, m_retro.id, this);
    }
    return m_actionModel;
}

RetroReviewModel* RetroDocument::review()
{
    if (!m_reviewModel) {
        m_reviewModel = new RetroReviewModel(*this, this);
    }
    return m_reviewModel;
}

RetroTimer* RetroDocument::timer()
{
    if (!m_timer) {
        m_timer = new RetroTimer(this);
    }
    return m_timer;
}

RetroVoting RetroDocument::voting() const
{
    auto votes = m_store.votes(m_retro.id);
    return RetroVoting(m_retro.dotsPerParticipant,
                       m_retro.maxDotsPerCard,
                       static_cast<int>(m_retro.participants.size()),
                       votes ? votes.value() : QList<RetroVote> {});
}

QList<RetroDiscussionItem> RetroDocument::discussionOrder() const
{
    auto columns = m_store.columns(m_retro.id);
    auto groups = m_store.groups(m_retro.id);
    auto cards = m_store.cards(m_retro.id);
    if (!columns || !groups || !cards) {
        return {};
    }
    return RetroDiscussion::order(columns.value(), groups.value(), cards.value(), voting().totals());
}

// ---------------------------------------------------------------- metadata and phases

Status RetroDocument::editField(RetroField field, const QVariant& value)
{
    const QVariant old = m_retro.field(field);
    if (old == value) {
        return {};
    }
    if (const QString error =
            pushReportingFailure(m_store, m_undoStack, new SetRetroFieldCommand(*this, field, old, value));
        !error.isEmpty()) {
        return fail(error);
    }
    return {};
}

Status RetroDocument::applyField(RetroField field, const QVariant& value)
{
    return m_store.setField(m_retro.id, field, value);
}

Status RetroDocument::applyPhase(RetroPhase phase, std::optional<bool> revealed)
{
    return m_store.setPhase(m_retro.id, phase, revealed);
}

Status RetroDocument::setPhase(RetroPhase phase)
{
    if (phase == m_retro.phase) {
        return {};
    }
    const bool reveal = RetroPhases::revealsCards(m_retro.phase, phase, m_retro.collectHidden, m_retro.revealed);
    if (const QString error =
            pushReportingFailure(m_store, m_undoStack, new SetRetroPhaseCommand(*this, m_retro.phase, phase, reveal));
        !error.isEmpty()) {
        return fail(error);
    }
    return {};
}

Status RetroDocument::nextPhase()
{
    const auto next = RetroPhases::next(m_retro.phase);
    if (!next) {
        return fail(trDoc("This is the last phase."));
    }
    return setPhase(*next);
}

Status RetroDocument::previousPhase()
{
    const auto previous = RetroPhases::previous(m_retro.phase);
    if (!previous) {
        return fail(trDoc("This is the first phase."));
    }
    return setPhase(*previous);
}

Status RetroDocument::revealCards()
{
    if (m_retro.revealed) {
        return {};
    }
    return editField(RetroField::Revealed, true);
}

// ---------------------------------------------------------------- cards and groups

Result<qint64> RetroDocument::addCard(qint64 columnId, const QString& text, const QString& author)
{
    using R = Result<qint64>;
    if (text.trimmed().isEmpty()) {
        const Status s = fail(trDoc("A card needs some text."));
        return R::failure(s.error());
    }
    RetroCard card;
    card.retroId = m_retro.id;
    card.columnId = columnId;
    card.text = text.trimmed();
    card.author = author;
    auto* command = new RetroCardLifecycleCommand(*this, RetroCardLifecycleCommand::Action::Add, card);
    if (const QString error = pushReportingFailure(m_store, m_undoStack, command); !error.isEmpty()) {
        emit editFailed(error);
        return R::failure(error);
    }
    return command->cardId();
}

Status RetroDocument::editCard(qint64 cardId, RetroCardField field, const QVariant& value)
{
    auto card = m_store.card(cardId);
    if (!card) {
        return fail(card.error());
    }
    const QString old = field == RetroCardField::Text     ? card->text
                        : field == RetroCardField::Author ? card->author
                                                          : card->notes;
    if (old == value.toString()) {
        return {};
    }
    if (field == RetroCardField::Text && value.toString().trimmed().isEmpty()) {
        return fail(trDoc("A card needs some text."));
    }
    if (const QString error =
            pushReportingFailure(m_store, m_undoStack, new EditRetroCardCommand(*this, cardId, field, old, value));
        !error.isEmpty()) {
        return fail(error);
    }
    return {};
}

Status RetroDocument::removeCard(qint64 cardId)
{
    auto card = m_store.card(cardId);
    if (!card) {
        return fail(card.error());
    }
    if (const QString error = pushReportingFailure(
            m_store,
            m_undoStack,
            new RetroCardLifecycleCommand(*this, RetroCardLifecycleCommand::Action::Remove, card.value()));
        !error.isEmpty()) {
        return fail(error);
    }
    return {};
}

namespace {
// Groups that moving `cardIds` out of them leaves empty (except `keep`).
QList<qint64> emptiedGroups(const QList<RetroCard>& cards, const QList<qint64>& cardIds, qint64 keep)
{
    QHash<qint64, int> size;
    QHash<qint64, int> moved;
    const QSet<qint64> ids(cardIds.cbegin(), cardIds.cend());
    for (const RetroCard& c : cards) {
        if (c.groupId > 0) {
            ++size[c.groupId];
            if (ids.contains(c.id)) {
                ++moved[c.groupId];
            }
        }
    }
    QList<qint64> result;
    for (auto it = moved.cbegin(); it != moved.cend(); ++it) {
        if (it.key() != keep && it.value() == size.value(it.key())) {
            result << it.key();
        }
    }
    std::sort(result.begin(), result.end());
    return result;
}
} // namespace

Result<qint64> RetroDocument::groupCards(qint64 targetCardId, const QList<qint64>& cardIds, const QString& name)
{
    using R = Result<qint64>;
    auto target = m_store.card(targetCardId);
    if (!target || target->retroId != m_retro.id) {
        const Status s = fail(target ? trDoc("The card is not on this board.") : target.error());
        return R::failure(s.error());
    }
    QList<qint64> others;
    for (qint64 id : cardIds) {
        if (id != targetCardId && !others.contains(id)) {
            others << id;
        }
    }
    if (others.isEmpty()) {
        const Status s = fail(trDoc("Drop a card onto another card to group them."));
        return R::failure(s.error());
    }
    if (target->groupId > 0) {
        if (Status s = addToGroup(others, target->groupId); !s) {
            return R::failure(s.error());
        }
        return target->groupId;
    }
    auto cards = m_store.cards(m_retro.id);
    if (!cards) {
        const Status s = fail(cards.error());
        return R::failure(s.error());
    }
    RetroBoardEdit edit;
    edit.retroId = m_retro.id;
    RetroGroup group;
    group.retroId = m_retro.id;
    group.columnId = target->columnId;
    group.position = target->position;
    group.name = name.trimmed().isEmpty() ? groupNameFor(target->text) : name.simplified();
    edit.insertGroups << RetroGroupInsert {group, {}};
    edit.moves << RetroCardMove {targetCardId, target->columnId, -1, 0};
    for (int i = 0; i < others.size(); ++i) {
        edit.moves << RetroCardMove {others[i], target->columnId, -1, i + 1};
    }
    edit.removeGroups = emptiedGroups(cards.value(), others, 0);
    auto* command = new RetroBoardEditCommand(*this, edit, trDoc("Group cards"));
    if (const QString error = pushReportingFailure(m_store, m_undoStack, command); !error.isEmpty()) {
        emit editFailed(error);
        return R::failure(error);
    }
    return command->insertedGroupId();
}

Status RetroDocument::addToGroup(const QList<qint64>& cardIds, qint64 groupId)
{
    auto group = m_store.group(groupId);
    if (!group) {
        return fail(group.error());
    }
    auto cards = m_store.cards(m_retro.id);
    if (!cards) {
        return fail(cards.error());
    }
    RetroBoardEdit edit;
    edit.retroId = m_retro.id;
    for (qint64 id : cardIds) {
        edit.moves << RetroCardMove {id, group->columnId, groupId, -1};
    }
    edit.removeGroups = emptiedGroups(cards.value(), cardIds, groupId);
    if (const QString error =
            pushReportingFailure(m_store, m_undoStack, new RetroBoardEditCommand(*this, edit, trDoc("Add to group")));
        !error.isEmpty()) {
        return fail(error);
    }
    return {};
}

Status RetroDocument::moveToColumn(const QList<qint64>& cardIds, qint64 columnId, int row)
{
    auto cards = m_store.cards(m_retro.id);
    if (!cards) {
        return fail(cards.error());
    }
    RetroBoardEdit edit;
    edit.retroId = m_retro.id;
    bool ungroups = false;
    for (int i = 0; i < cardIds.size(); ++i) {
        edit.moves << RetroCardMove {cardIds[i], columnId, 0, row < 0 ? -1 : row + i};
        for (const RetroCard& c : cards.value()) {
            if (c.id == cardIds[i] && c.groupId > 0) {
                ungroups = true;
            }
        }
    }
    edit.removeGroups = emptiedGroups(cards.value(), cardIds, 0);
    if (const QString error = pushReportingFailure(
            m_store,
            m_undoStack,
            new RetroBoardEditCommand(*this, edit, ungroups ? trDoc("Ungroup card") : trDoc("Move card")));
        !error.isEmpty()) {
        return fail(error);
    }
    return {};
}

Status RetroDocument::ungroup(qint64 groupId)
{
    auto group = m_store.group(groupId);
    if (!group) {
        return fail(group.error());
    }
    auto cards = m_store.cards(m_retro.id);
    if (!cards) {
        return fail(cards.error());
    }
    RetroBoardEdit edit;
    edit.retroId = m_retro.id;
    int i = 0;
    for (const RetroCard& c : cards.value()) {
        if (c.groupId == groupId) {
            // Right after the group, which then goes: the cards take its place.
            edit.moves << RetroCardMove {c.id, group->columnId, 0, group->position + 1 + i++};
        }
    }
    edit.removeGroups << groupId;
    if (const QString error =
            pushReportingFailure(m_store, m_undoStack, new RetroBoardEditCommand(*this, edit, trDoc("Ungroup")));
        !error.isEmpty()) {
        return fail(error);
    }
    return {};
}

Status RetroDocument::editGroup(qint64 groupId, RetroGroupField field, const QVariant& value)
{
    auto group = m_store.group(groupId);
    if (!group) {
        return fail(group.error());
    }
    const QString old = field == RetroGroupField::Name ? group->name : group->notes;
    if (old == value.toString()) {
        return {};
    }
    if (const QString error =
            pushReportingFailure(m_store, m_undoStack, new EditRetroCardCommand(*this, groupId, field, old, value));
        !error.isEmpty()) {
        return fail(error);
    }
    return {};
}

// ---------------------------------------------------------------- votes and notes

Status RetroDocument::setVotes(const QString& participant, const RetroItemRef& target, int dots)
{
    const RetroVoting rules = voting();
    if (Status s = rules.check(participant, target, dots); !s) {
        return fail(s.error());
    }
    const int old = rules.dotsOf(participant, target);
    if (old == dots) {
        return {};
    }
    if (const QString error =
            pushReportingFailure(m_store, m_undoStack, new SetRetroVotesCommand(*this, participant, target, old, dots));
        !error.isEmpty()) {
        return fail(error);
    }
    return {};
}

Status RetroDocument::addVote(const QString& participant, const RetroItemRef& target)
{
    return setVotes(participant, target, voting().dotsOf(participant, target) + 1);
}

Status RetroDocument::removeVote(const QString& participant, const RetroItemRef& target)
{
    const int dots = voting().dotsOf(participant, target);
    if (dots == 0) {
        return fail(trDoc("There is no dot to take back."));
    }
    return setVotes(participant, target, dots - 1);
}

Status RetroDocument::setNotes(const RetroItemRef& target, const QString& notes)
{
    return target.isCard() ? editCard(target.id, RetroCardField::Notes, notes)
                           : editGroup(target.id, RetroGroupField::Notes, notes);
}

// ---------------------------------------------------------------- actions

Result<qint64> RetroDocument::addAction(const RetroAction& action)
{
    using R = Result<qint64>;
    if (action.title.trimmed().isEmpty()) {
        const Status s = fail(trDoc("An action item needs a title."));
        return R::failure(s.error());
    }
    RetroAction item = action;
    item.id = 0;
    item.retroId = m_retro.id;
    auto* command = new RetroActionLifecycleCommand(*this, RetroActionLifecycleCommand::Action::Add, item);
    if (const QString error = pushReportingFailure(m_store, m_undoStack, command); !error.isEmpty()) {
        emit editFailed(error);
        return R::failure(error);
    }
    return command->actionId();
}

Status RetroDocument::editAction(qint64 actionId, RetroActionField field, const QVariant& value)
{
    auto action = m_store.action(actionId);
    if (!action) {
        return fail(action.error());
    }
    const QVariant old = action->field(field);
    if (old == value) {
        return {};
    }
    if (const QString error =
            pushReportingFailure(m_store, m_undoStack, new EditRetroActionCommand(*this, actionId, field, old, value));
        !error.isEmpty()) {
        return fail(error);
    }
    return {};
}

Status RetroDocument::removeAction(qint64 actionId)
{
    auto action = m_store.action(actionId);
    if (!action) {
        return fail(action.error());
    }
    if (const QString error = pushReportingFailure(
            m_store,
            m_undoStack,
            new RetroActionLifecycleCommand(*this, RetroActionLifecycleCommand::Action::Remove, action.value()));
        !error.isEmpty()) {
        return fail(error);
    }
    return {};
}

Result<qint64> RetroDocument::addToStory(
    const RetroItemRef& source, RetroOutcomeKind kind, const QString& text, const QString& owner, const QDate& dueDate)
{
    using R = Result<qint64>;
    auto failed = [this](const QString& message) {
        const Status s = fail(message);
        return R::failure(s.error());
    };
    if (m_retro.storyId <= 0) {
        return failed(trDoc("Link a story to this retrospective first."));
    }
    if (!m_actions || !m_lessons || !m_causes) {
        return failed(trDoc("The linked story cannot be changed."));
    }
    QString content = text.trimmed();
    if (content.isEmpty()) {
        if (source.isCard()) {
            auto card = m_store.card(source.id);
            if (!card) {
                return failed(card.error());
            }
            content = card->text;
        } else if (source.isGroup()) {
            auto group = m_store.group(source.id);
            if (!group) {
                return failed(group.error());
            }
            content = group->name;
        }
    }
    if (content.isEmpty()) {
        return failed(trDoc("There is no text to add."));
    }
    RetroOutcome outcome;
    outcome.retroId = m_retro.id;
    outcome.source = source;
    outcome.kind = kind;
    outcome.text = content;
    ActionItem action;
    Lesson lesson;
    CauseNode cause;
    action.storyId = lesson.storyId = cause.storyId = m_retro.storyId;
    action.title = content;
    action.owner = owner;
    action.dueDate = dueDate;
    lesson.text = content;
    lesson.kind = LessonKind::Lesson;
    cause.statement = content;
    cause.position = -1;
    if (kind == RetroOutcomeKind::Cause) {
        // Under the story's first problem, if it has one: "why?" answers hang below it.
        if (auto nodes = m_causes->nodes(m_retro.storyId)) {
            for (const CauseNode& node : nodes.value()) {
                if (node.parentId == 0) {
                    cause.parentId = node.id;
                    break;
                }
            }
        }
    }
    // The story's stores do not all report failures by signal: compare the recorded outcomes.
    auto before = m_store.outcomes(m_retro.id);
    const qsizetype count = before ? before->size() : 0;
    m_undoStack.push(new RetroOutcomeCommand(*this, outcome, action, lesson, cause));
    auto after = m_store.outcomes(m_retro.id);
    if (!after || after->size() <= count) {
        return failed(trDoc("The card could not be added to the linked story."));
    }
    return after->last().targetId;
}

// ---------------------------------------------------------------- review

QList<RetroReviewItem> RetroDocument::reviewItems() const
{
    auto items = m_store.reviewItems(m_retro.id);
    return items ? items.value() : QList<RetroReviewItem> {};
}

Status RetroDocument::decideReview(const RetroReviewItem& item, RetroReviewDecision decision)
{
    if (item.decision == decision) {
        return {};
    }
    if (const QString error = pushReportingFailure(m_store, m_undoStack, new RetroReviewCommand(*this, item, decision));
        !error.isEmpty()) {
        return fail(error);
    }
    return {};
}

Result<RetroSummary> RetroDocument::summary()
{
    return RetroSummary::build(m_store, id(), m_stories);
}
