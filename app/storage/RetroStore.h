#pragma once

#include "domain/Retro.h"
#include "domain/RetroAction.h"
#include "domain/RetroBoardEdit.h"
#include "domain/RetroCard.h"
#include "domain/RetroColumn.h"
#include "domain/RetroGroup.h"
#include "domain/RetroOutcome.h"
#include "domain/RetroReviewItem.h"
#include "domain/RetroTemplate.h"
#include "domain/RetroVote.h"
#include "storage/RetroRows.h"
#include "util/Result.h"

#include <QList>
#include <QObject>
#include <QVariant>

#include <optional>

class LibraryDatabase;

// A card taken off the board with its votes (undo of a removal puts both back).
struct RetroCardSnapshot
{
    RetroCard card;
    QList<RetroVote> votes;
};

// Reads and writes retrospectives and everything on their boards. Each write is one transaction;
// after the commit the signals tell the models exactly what changed, in the order it happened.
// Positions stay dense: a column's top level (groups and ungrouped cards share one sequence), each
// group's cards, each retro's actions.
class RetroStore : public QObject
{
    Q_OBJECT

public:
    explicit RetroStore(LibraryDatabase& library, QObject* parent = nullptr);

    LibraryDatabase& library() { return m_library; }
    bool isReadOnly() const;

    // --- retros
    // All retros, newest first (held_on desc, id desc); participants included.
    Result<QList<Retro>> retros();
    Result<Retro> retro(qint64 id);
    // Creates a retro with its own copy of `columns` (e.g. a template's); returns its id.
    Result<qint64> create(const Retro& retro, const QList<RetroTemplateColumn>& columns);
    Status setField(qint64 id, RetroField field, const QVariant& value);
    // Sets the phase and, when given, whether the cards are revealed, in one transaction.
    Status setPhase(qint64 id, RetroPhase phase, std::optional<bool> revealed = std::nullopt);
    Status remove(qint64 id);
    Result<RetroRows> takeRows(qint64 id);
    // Inserts rows taken by takeRows() again (same ids) and announces the retro (retroAdded).
    Status restoreRows(const RetroRows& rows);

    // --- board
    Result<QList<RetroColumn>> columns(qint64 retroId);
    // Cards ordered by column position, group, position.
    Result<QList<RetroCard>> cards(qint64 retroId);
    Result<RetroCard> card(qint64 id);
    Result<QList<RetroGroup>> groups(qint64 retroId);
    Result<RetroGroup> group(qint64 id);
    // Inserts `card` into card.columnId / card.groupId at `position` (-1: end); a non-zero id is
    // kept (undo of a removal), with its votes.
    Result<qint64> insertCard(const RetroCard& card, int position, const QList<RetroVote>& votes = {});
    Status setCardField(qint64 id, RetroCardField field, const QVariant& value);
    // Removes the card (and its votes); returns what undo needs to put it back.
    Result<RetroCardSnapshot> removeCard(qint64 id);
    Status setGroupField(qint64 id, RetroGroupField field, const QVariant& value);
    // Applies a structural edit (groups in, cards moved, groups out) and returns its inverse.
    Result<RetroBoardEdit> applyBoardEdit(const RetroBoardEdit& edit);

    // --- votes
    Result<QList<RetroVote>> votes(qint64 retroId);
    // Sets `participant`'s dots on `target` (0 removes). No rule checks here (see RetroVoting).
    Status setVotes(qint64 retroId, const QString& participant, const RetroItemRef& target, int dots);

    // --- actions of the retro
    Result<QList<RetroAction>> actions(qint64 retroId);
    Result<RetroAction> action(qint64 id);
    // Inserts at `position` (-1: end); a non-zero id is kept.
    Result<qint64> insertAction(const RetroAction& action, int position = -1);
    Status removeAction(qint64 id);
    Status setActionField(qint64 id, RetroActionField field, const QVariant& value);

    // --- review of earlier actions
    // The open actions of the same team's earlier retros (retro_action not done/won't do) and the
    // open action_items of stories linked to those retros, plus those already decided in this
    // retro; oldest first.
    Result<QList<RetroReviewItem>> reviewItems(qint64 retroId);
    // Records (or with Undecided clears) a decision; carriedActionId for CarriedOver.
    Status setReviewDecision(qint64 retroId,
                             RetroReviewSource source,
                             qint64 actionId,
                             RetroReviewDecision decision,
                             qint64 carriedActionId = 0);

    // --- outcomes (cards turned into parts of the linked story)
    Result<QList<RetroOutcome>> outcomes(qint64 retroId);
    Status addOutcome(const RetroOutcome& outcome);
    Status removeOutcome(qint64 retroId, RetroOutcomeKind kind, qint64 targetId);

signals:
    void retroAdded(qint64 id);
    void retroRemoved(qint64 id);
    void retroChanged(qint64 id, RetroField field);
    void phaseChanged(qint64 id, RetroPhase phase);

    // Board signals, emitted in the order the changes happened (apply them one after the other).
    // Positions: the card's place among the items of (columnId, groupId) (groupId 0: top level).
    void cardAdded(qint64 retroId, qint64 cardId, qint64 columnId, qint64 groupId, int position);
    void cardRemoved(qint64 retroId, qint64 cardId, qint64 columnId, qint64 groupId, int position);
    void cardChanged(qint64 retroId, qint64 cardId, RetroCardField field);
    // `toPosition` counts without the card (as after taking it out).
    void cardMoved(qint64 retroId,
                   qint64 cardId,
                   qint64 fromColumnId,
                   qint64 fromGroupId,
                   int fromPosition,
                   qint64 toColumnId,
                   qint64 toGroupId,
                   int toPosition);
    void groupAdded(qint64 retroId, qint64 groupId, qint64 columnId, int position);
    void groupRemoved(qint64 retroId, qint64 groupId, qint64 columnId, int position);
    void groupChanged(qint64 retroId, qint64 groupId, RetroGroupField field);
    void votesChanged(qint64 retroId, const RetroItemRef& target);

    void actionAdded(qint64 retroId, qint64 id, int position);
    void actionRemoved(qint64 retroId, qint64 id, int position);
    void actionChanged(qint64 retroId, qint64 id, RetroActionField field);
    void reviewChanged(qint64 retroId);
    void outcomesChanged(qint64 retroId);
    void writeFailed(const QString& message);

private:
    Status checkWritable() const;
    Status touch(qint64 retroId);
    template <typename R>
    R reportFailure(R result);

    LibraryDatabase& m_library;
};
