#include "domain/Retro.h"

#include <QCoreApplication>

QString Retro::displayTitle() const
{
    return title.trimmed().isEmpty() ? QCoreApplication::translate("Retro", "Untitled retrospective") : title;
}

QVariant Retro::field(RetroField f) const
{
    switch (f) {
    case RetroField::Title:
        return title;
    case RetroField::HeldOn:
        return heldOn;
    case RetroField::Team:
        return team;
    case RetroField::Facilitator:
        return facilitator;
    case RetroField::Participants:
        return participants;
    case RetroField::StoryId:
        return storyId;
    case RetroField::DotsPerParticipant:
        return dotsPerParticipant;
    case RetroField::MaxDotsPerCard:
        return maxDotsPerCard;
    case RetroField::CollectHidden:
        return collectHidden;
    case RetroField::Revealed:
        return revealed;
    }
    return {};
}

void Retro::setField(RetroField f, const QVariant& value)
{
    switch (f) {
    case RetroField::Title:
        title = value.toString().simplified();
        break;
    case RetroField::HeldOn:
        heldOn = value.toDate();
        break;
    case RetroField::Team:
        team = value.toString().simplified();
        break;
    case RetroField::Facilitator:
        facilitator = value.toString().simplified();
        break;
    case RetroField::Participants:
        participants = value.toStringList();
        break;
    case RetroField::StoryId:
        storyId = value.toLongLong();
        break;
    case RetroField::DotsPerParticipant:
        dotsPerParticipant = qBound(1, value.toInt(), 99);
        break;
    case RetroField::MaxDotsPerCard:
        maxDotsPerCard = qBound(1, value.toInt(), 99);
        break;
    case RetroField::CollectHidden:
        collectHidden = value.toBool();
        break;
    case RetroField::Revealed:
        revealed = value.toBool();
        break;
    }
}

QString Retro::fieldName(RetroField f)
{
    switch (f) {
    case RetroField::Title:
        return QCoreApplication::translate("Retro", "title");
    case RetroField::HeldOn:
        return QCoreApplication::translate("Retro", "date");
    case RetroField::Team:
        return QCoreApplication::translate("Retro", "team");
    case RetroField::Facilitator:
        return QCoreApplication::translate("Retro", "facilitator");
    case RetroField::Participants:
        return QCoreApplication::translate("Retro", "participants");
    case RetroField::StoryId:
        return QCoreApplication::translate("Retro", "linked story");
    case RetroField::DotsPerParticipant:
        return QCoreApplication::translate("Retro", "dots per participant");
    case RetroField::MaxDotsPerCard:
        return QCoreApplication::translate("Retro", "maximum dots per card");
    case RetroField::CollectHidden:
        return QCoreApplication::translate("Retro", "hidden collection");
    case RetroField::Revealed:
        return QCoreApplication::translate("Retro", "revealed cards");
    }
    return {};
}
