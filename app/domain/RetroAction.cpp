#include "domain/RetroAction.h"

#include <QCoreApplication>

QVariant RetroAction::field(RetroActionField f) const
{
    switch (f) {
    case RetroActionField::Title:
        return title;
    case RetroActionField::Owner:
        return owner;
    case RetroActionField::DueDate:
        return dueDate;
    case RetroActionField::Status:
        return static_cast<int>(status);
    }
    return {};
}

void RetroAction::setField(RetroActionField f, const QVariant& value)
{
    switch (f) {
    case RetroActionField::Title:
        title = value.toString().simplified();
        break;
    case RetroActionField::Owner:
        owner = value.toString().simplified();
        break;
    case RetroActionField::DueDate:
        dueDate = value.toDate();
        break;
    case RetroActionField::Status:
        status = static_cast<ActionStatus>(value.toInt());
        break;
    }
}

QString RetroAction::fieldName(RetroActionField f)
{
    switch (f) {
    case RetroActionField::Title:
        return QCoreApplication::translate("RetroAction", "title");
    case RetroActionField::Owner:
        return QCoreApplication::translate("RetroAction", "owner");
    case RetroActionField::DueDate:
        return QCoreApplication::translate("RetroAction", "due date");
    case RetroActionField::Status:
        return QCoreApplication::translate("RetroAction", "status");
    }
    return {};
}
