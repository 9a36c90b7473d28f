#include "domain/RetroPhase.h"

#include <QCoreApplication>

namespace RetroPhases {

QList<RetroPhase> all()
{
    return {RetroPhase::ReviewActions,
            RetroPhase::Collect,
            RetroPhase::Group,
            RetroPhase::Vote,
            RetroPhase::Discuss,
            RetroPhase::Actions,
            RetroPhase::Summary};
}

QString name(RetroPhase phase)
{
    switch (phase) {
    case RetroPhase::ReviewActions:
        return QCoreApplication::translate("RetroPhase", "Review previous actions");
    case RetroPhase::Collect:
        return QCoreApplication::translate("RetroPhase", "Collect");
    case RetroPhase::Group:
        return QCoreApplication::translate("RetroPhase", "Group");
    case RetroPhase::Vote:
        return QCoreApplication::translate("RetroPhase", "Vote");
    case RetroPhase::Discuss:
        return QCoreApplication::translate("RetroPhase", "Discuss");
    case RetroPhase::Actions:
        return QCoreApplication::translate("RetroPhase", "Actions");
    case RetroPhase::Summary:
        return QCoreApplication::translate("RetroPhase", "Summary");
    }
    return {};
}

QString description(RetroPhase phase)
{
    switch (phase) {
    case RetroPhase::ReviewActions:
        return QCoreApplication::translate("RetroPhase",
                                           "Go through the open actions of earlier retros: done or carried over?");
    case RetroPhase::Collect:
        return QCoreApplication::translate("RetroPhase", "Write cards, one thought per card.");
    case RetroPhase::Group:
        return QCoreApplication::translate("RetroPhase", "Put cards that belong together into named groups.");
    case RetroPhase::Vote:
        return QCoreApplication::translate("RetroPhase", "Place your dots on what matters most.");
    case RetroPhase::Discuss:
        return QCoreApplication::translate("RetroPhase", "Talk about the top cards and groups, one at a time.");
    case RetroPhase::Actions:
        return QCoreApplication::translate("RetroPhase", "Agree on actions with an owner and a due date.");
    case RetroPhase::Summary:
        return QCoreApplication::translate("RetroPhase", "The outcome, ready to share.");
    }
    return {};
}

QString key(RetroPhase phase)
{
    switch (phase) {
    case RetroPhase::ReviewActions:
        return QStringLiteral("review_actions");
    case RetroPhase::Collect:
        return QStringLiteral("collect");
    case RetroPhase::Group:
        return QStringLiteral("group");
    case RetroPhase::Vote:
        return QStringLiteral("vote");
    case RetroPhase::Discuss:
        return QStringLiteral("discuss");
    case RetroPhase::Actions:
        return QStringLiteral("actions");
    case RetroPhase::Summary:
        return QStringLiteral("summary");
    }
    return {};
}

std::optional<RetroPhase> fromKey(const QString& k)
{
    for (RetroPhase phase : all()) {
        if (key(phase) == k) {
            return phase;
        }
    }
    return std::nullopt;
}

int index(RetroPhase phase)
{
    return static_cast<int>(phase);
}

std::optional<RetroPhase> next(RetroPhase phase)
{
    if (phase == RetroPhase::Summary) {
        return std::nullopt;
    }
    return static_cast<RetroPhase>(index(phase) + 1);
}

std::optional<RetroPhase> previous(RetroPhase phase)
{
    if (phase == RetroPhase::ReviewActions) {
        return std::nullopt;
    }
    return static_cast<RetroPhase>(index(phase) - 1);
}

bool revealsCards(RetroPhase from, RetroPhase to, bool collectHidden, bool revealed)
{
    return collectHidden && !revealed && index(from) <= index(RetroPhase::Collect) &&
           index(to) > index(RetroPhase::Collect);
}

bool allowsVoting(RetroPhase phase)
{
    return phase == RetroPhase::Vote;
}

} // namespace RetroPhases
