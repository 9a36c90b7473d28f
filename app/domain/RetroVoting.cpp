#include "domain/RetroVoting.h"

#include <QCoreApplication>

#include <algorithm>

RetroVoting::RetroVoting(int dotsPerParticipant, int maxDotsPerCard, int participantCount, QList<RetroVote> votes)
    : m_dotsPerParticipant(qMax(1, dotsPerParticipant))
    , m_maxDotsPerCard(qMax(1, maxDotsPerCard))
    , m_participantCount(qMax(1, participantCount))
    , m_votes(std::move(votes))
{
}

int RetroVoting::budget(const QString& participant) const
{
    return participant.isEmpty() ? m_dotsPerParticipant * m_participantCount : m_dotsPerParticipant;
}

int RetroVoting::maxPerItem(const QString& participant) const
{
    return participant.isEmpty() ? m_maxDotsPerCard * m_participantCount : m_maxDotsPerCard;
}

int RetroVoting::used(const QString& participant) const
{
    int n = 0;
    for (const RetroVote& v : m_votes) {
        if (v.participant == participant) {
            n += v.dots;
        }
    }
    return n;
}

int RetroVoting::remaining(const QString& participant) const
{
    return qMax(0, budget(participant) - used(participant));
}

int RetroVoting::dotsOf(const QString& participant, const RetroItemRef& target) const
{
    for (const RetroVote& v : m_votes) {
        if (v.participant == participant && v.target == target) {
            return v.dots;
        }
    }
    return 0;
}

int RetroVoting::total(const RetroItemRef& target) const
{
    int n = 0;
    for (const RetroVote& v : m_votes) {
        if (v.target == target) {
            n += v.dots;
        }
    }
    return n;
}

QHash<RetroItemRef, int> RetroVoting::totals() const
{
    QHash<RetroItemRef, int> result;
    for (const RetroVote& v : m_votes) {
        result[v.target] += v.dots;
    }
    return result;
}

QStringList RetroVoting::voters() const
{
    QStringList names;
    for (const RetroVote& v : m_votes) {
        if (v.dots > 0 && !names.contains(v.participant)) {
            names << v.participant;
        }
    }
    std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    return names;
}

Status RetroVoting::check(const QString& participant, const RetroItemRef& target, int dots) const
{
    const bool room = participant.isEmpty();
    if (!target.isValid()) {
        return Status::failure(QCoreApplication::translate("RetroVoting", "Choose a card or group to vote on."));
    }
    if (dots < 0) {
        return Status::failure(QCoreApplication::translate("RetroVoting", "A card cannot have fewer than 0 dots."));
    }
    if (dots > maxPerItem(participant)) {
        if (room) {
            //: %1 is a number of dots
            return Status::failure(
                QCoreApplication::translate("RetroVoting", "The room can put at most %1 dots on one card or group.")
                    .arg(maxPerItem(participant)));
        }
        //: %1 is a participant's name, %2 a number of dots
        return Status::failure(
            QCoreApplication::translate("RetroVoting", "%1 can put at most %2 dots on one card or group.")
                .arg(participant)
                .arg(maxPerItem(participant)));
    }
    const int afterwards = used(participant) - dotsOf(participant, target) + dots;
    if (afterwards > budget(participant)) {
        const int left = remaining(participant);
        if (room) {
            //: %1 is the number of dots the room has left
            return Status::failure(
                QCoreApplication::translate("RetroVoting", "The room has only %n dot(s) left.", nullptr, left));
        }
        if (left == 0) {
            //: %1 is a participant's name
            return Status::failure(QCoreApplication::translate("RetroVoting", "%1 has no dots left.").arg(participant));
        }
        //: %1 is a participant's name; %n the dots left
        return Status::failure(
            QCoreApplication::translate("RetroVoting", "%1 has only %n dot(s) left.", nullptr, left).arg(participant));
    }
    return {};
}

void RetroVoting::set(const QString& participant, const RetroItemRef& target, int dots)
{
    for (qsizetype i = 0; i < m_votes.size(); ++i) {
        if (m_votes[i].participant == participant && m_votes[i].target == target) {
            if (dots <= 0) {
                m_votes.removeAt(i);
            } else {
                m_votes[i].dots = dots;
            }
            return;
        }
    }
    if (dots > 0) {
        m_votes << RetroVote {participant, target, dots};
    }
}
