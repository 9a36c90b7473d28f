#pragma once

#include "domain/RetroPhase.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>

// What a retro's metadata can change, one at a time (each is its own undo step).
enum class RetroField {
    Title,
    HeldOn, // QDate
    Team,
    Facilitator,
    Participants,       // QStringList
    StoryId,            // qint64, 0: none
    DotsPerParticipant, // int >= 1
    MaxDotsPerCard,     // int >= 1
    CollectHidden,      // bool
    Revealed,           // bool
};

// A retrospective: metadata, settings and where it stands. Its columns, cards, groups, votes and
// actions are rows of their own (see RetroStore).
struct Retro
{
    qint64 id = 0;
    QString title;
    QDate heldOn;
    QString team;
    QString facilitator;
    QStringList participants;
    qint64 storyId = 0; // 0: no linked story
    QString templateName;
    RetroPhase phase = RetroPhase::ReviewActions;
    int dotsPerParticipant = 5;
    int maxDotsPerCard = 3;
    bool collectHidden = false;
    bool revealed = false;
    QDateTime createdAt; // UTC
    QDateTime modifiedAt;

    // Cards are shown masked (for the presenter): collected hidden and not yet revealed.
    bool cardsHidden() const { return collectHidden && !revealed; }
    // The title, or "Untitled retrospective".
    QString displayTitle() const;

    QVariant field(RetroField f) const;
    void setField(RetroField f, const QVariant& value);
    // Translated, e.g. "title", "team" (for undo texts).
    static QString fieldName(RetroField f);
};
