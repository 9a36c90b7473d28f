#pragma once

#include <QList>
#include <QString>

#include <optional>

// The steps of a retrospective, in the order the stepper shows them.
enum class RetroPhase {
    ReviewActions,
    Collect,
    Group,
    Vote,
    Discuss,
    Actions,
    Summary,
};

// Names, stable keys and transition rules of the phases. Any phase can be reached from any other
// (a facilitator may go back), but next() and previous() walk the stepper one step at a time.
namespace RetroPhases {

QList<RetroPhase> all();
// Translated, e.g. "Review previous actions", "Collect".
QString name(RetroPhase phase);
// One line for the stepper's tooltip / the presenter: what happens in this phase.
QString description(RetroPhase phase);
// Stored key, e.g. "review_actions".
QString key(RetroPhase phase);
std::optional<RetroPhase> fromKey(const QString& key);

std::optional<RetroPhase> next(RetroPhase phase);
std::optional<RetroPhase> previous(RetroPhase phase);
// Index 0..6 in the stepper.
int index(RetroPhase phase);

// Leaving Collect forwards (to any later phase) with hidden cards reveals them.
bool revealsCards(RetroPhase from, RetroPhase to, bool collectHidden, bool revealed);
// Cards may be added and edited in every phase up to Discuss; votes only in Vote.
bool allowsVoting(RetroPhase phase);

} // namespace RetroPhases
