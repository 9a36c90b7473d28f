#pragma once

#include "domain/RetroItemRef.h"
#include "domain/RetroVote.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The dot-voting rules of one retro over its current votes: each participant has a budget of dots
// and may put at most a maximum on one card or group. The room's tally (participant "") stands for
// everyone at once: its budget and maximum are the per-person ones times the number of
// participants (at least 1). Pure value logic; RetroDocument checks with it before pushing a vote.
class RetroVoting
{
public:
    RetroVoting() = default;
    RetroVoting(int dotsPerParticipant, int maxDotsPerCard, int participantCount, QList<RetroVote> votes);

    int dotsPerParticipant() const { return m_dotsPerParticipant; }
    int maxDotsPerCard() const { return m_maxDotsPerCard; }

    // The budget and per-item maximum for `participant` ("" = the room).
    int budget(const QString& participant) const;
    int maxPerItem(const QString& participant) const;
    // Dots `participant` has placed in total, and how many are left.
    int used(const QString& participant) const;
    int remaining(const QString& participant) const;
    // Dots of `participant` on `target`.
    int dotsOf(const QString& participant, const RetroItemRef& target) const;
    // All dots on `target` (every participant and the room).
    int total(const RetroItemRef& target) const;
    QHash<RetroItemRef, int> totals() const;
    // Participants with any dots, sorted ("" first when the room voted).
    QStringList voters() const;

    // Whether `participant` may have `dots` on `target` (replacing what they have there). The
    // failure says which rule is broken, e.g. "Anna has only 2 dots left." (translated).
    Status check(const QString& participant, const RetroItemRef& target, int dots) const;
    // Records the new count (no check).
    void set(const QString& participant, const RetroItemRef& target, int dots);

    const QList<RetroVote>& votes() const { return m_votes; }

private:
    int m_dotsPerParticipant = 5;
    int m_maxDotsPerCard = 3;
    int m_participantCount = 1;
    QList<RetroVote> m_votes;
};
