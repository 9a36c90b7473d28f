#include "domain/ActionItem.h"

#include <QCoreApplication>
#include <QUrl>

QVariant ActionItem::field(ActionField f) const
{
    switch (f) {
    case ActionField::Title:
        return title;
    case ActionField::Owner:
        return owner;
    case ActionField::DueDate:
        return dueDate;
    case ActionField::Priority:
        return priority;
    case ActionField::Status:
        return static_cast<int>(status);
    case ActionField::Type:
        return static_cast<int>(type);
    case ActionField::TicketUrl:
        return ticketUrl;
    case ActionField::Causes:
        return QVariant::fromValue(causeIds);
    }
    return {};
}

void ActionItem::setField(ActionField f, const QVariant& value)
{
    switch (f) {
    case ActionField::Title:
        title = value.toString();
        break;
    case ActionField::Owner:
        owner = value.toString();
        break;
    case ActionField::DueDate:
        dueDate = value.toDate();
        break;
    case ActionField::Priority:
        priority = ActionRules::clampPriority(value.toInt());
        break;
    case ActionField::Status:
        status = static_cast<ActionStatus>(value.toInt());
        break;
    case ActionField::Type:
        type = static_cast<ActionType>(value.toInt());
        break;
    case ActionField::TicketUrl:
        ticketUrl = value.toString();
        break;
    case ActionField::Causes:
        causeIds = value.value<QList<qint64>>();
        break;
    }
}

namespace ActionRules {

bool isOpen(ActionStatus status)
{
    return status == ActionStatus::Open || status == ActionStatus::InProgress;
}

bool isOverdue(ActionStatus status, const QDate& dueDate, const QDate& today)
{
    return isOpen(status) && dueDate.isValid() && dueDate < today;
}

bool isOverdue(const ActionItem& item, const QDate& today)
{
    return isOverdue(item.status, item.dueDate, today);
}

qint64 daysOverdue(ActionStatus status, const QDate& dueDate, const QDate& today)
{
    return isOverdue(status, dueDate, today) ? dueDate.daysTo(today) : 0;
}

QString overdueText(ActionStatus status, const QDate& dueDate, const QDate& today)
{
    const qint64 days = daysOverdue(status, dueDate, today);
    if (days <= 0) {
        return {};
    }
    if (days == 1) {
        return QCoreApplication::translate("ActionRules", "Overdue by 1 day");
    }
    return QCoreApplication::translate("ActionRules", "Overdue by %1 days").arg(days);
}

QList<ActionStatus> allStatuses()
{
    return {ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Done, ActionStatus::WontDo};
}

QList<ActionType> allTypes()
{
    return {ActionType::Mitigate, ActionType::Prevent, ActionType::Detect, ActionType::Process};
}

QList<int> allPriorities()
{
    return {1, 2, 3};
}

QString statusName(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open:
        //: status of an action item
        return QCoreApplication::translate("ActionRules", "Open");
    case ActionStatus::InProgress:
        //: status of an action item
        return QCoreApplication::translate("ActionRules", "In progress");
    case ActionStatus::Done:
        //: status of an action item
        return QCoreApplication::translate("ActionRules", "Done");
    case ActionStatus::WontDo:
        //: status of an action item: the team decided not to do it
        return QCoreApplication::translate("ActionRules", "Won’t do");
    }
    return {};
}

QString statusKey(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open:
        return QStringLiteral("open");
    case ActionStatus::InProgress:
        return QStringLiteral("in_progress");
    case ActionStatus::Done:
        return QStringLiteral("done");
    case ActionStatus::WontDo:
        return QStringLiteral("wont_do");
    }
    return {};
}

std::optional<ActionStatus> statusFromKey(const QString& key)
{
    for (ActionStatus status : allStatuses()) {
        if (statusKey(status) == key) {
            return status;
        }
    }
    return std::nullopt;
}

QString typeName(ActionType type)
{
    switch (type) {
    case ActionType::Mitigate:
        //: type of an action item
        return QCoreApplication::translate("ActionRules", "Mitigate");
    case ActionType::Prevent:
        //: type of an action item
        return QCoreApplication::translate("ActionRules", "Prevent");
    case ActionType::Detect:
        //: type of an action item
        return QCoreApplication::translate("ActionRules", "Detect");
    case ActionType::Process:
        //: type of an action item
        return QCoreApplication::translate("ActionRules", "Process");
    }
    return {};
}

QString typeKey(ActionType type)
{
    switch (type) {
    case ActionType::Mitigate:
        return QStringLiteral("mitigate");
    case ActionType::Prevent:
        return QStringLiteral("prevent");
    case ActionType::Detect:
        return QStringLiteral("detect");
    case ActionType::Process:
        return QStringLiteral("process");
    }
    return {};
}

std::optional<ActionType> typeFromKey(const QString& key)
{
    for (ActionType type : allTypes()) {
        if (typeKey(type) == key) {
            return type;
        }
    }
    return std::nullopt;
}

QString typeDescription(ActionType type)
{
    switch (type) {
    case ActionType::Mitigate:
        return QCoreApplication::translate("ActionRules", "Makes the impact smaller when it happens again.");
    case ActionType::Prevent:
        return QCoreApplication::translate("ActionRules", "Keeps it from happening again.");
    case ActionType::Detect:
        return QCoreApplication::translate("ActionRules", "Lets us notice it sooner.");
    case ActionType::Process:
        return QCoreApplication::translate("ActionRules", "Changes how we work.");
    }
    return {};
}

QString priorityName(int priority)
{
    switch (clampPriority(priority)) {
    case 1:
        //: priority of an action item
        return QCoreApplication::translate("ActionRules", "High");
    case 3:
        //: priority of an action item
        return QCoreApplication::translate("ActionRules", "Low");
    default:
        //: priority of an action item
        return QCoreApplication::translate("ActionRules", "Medium");
    }
}

int clampPriority(int priority)
{
    return qBound(1, priority, 3);
}

QString fieldName(ActionField field)
{
    switch (field) {
    case ActionField::Title:
        //: an action item's field, used in "Change %1"
        return QCoreApplication::translate("ActionRules", "action title");
    case ActionField::Owner:
        //: an action item's field, used in "Change %1"
        return QCoreApplication::translate("ActionRules", "owner");
    case ActionField::DueDate:
        //: an action item's field, used in "Change %1"
        return QCoreApplication::translate("ActionRules", "due date");
    case ActionField::Priority:
        //: an action item's field, used in "Change %1"
        return QCoreApplication::translate("ActionRules", "priority");
    case ActionField::Status:
        //: an action item's field, used in "Change %1"
        return QCoreApplication::translate("ActionRules", "action status");
    case ActionField::Type:
        //: an action item's field, used in "Change %1"
        return QCoreApplication::translate("ActionRules", "action type");
    case ActionField::TicketUrl:
        //: an action item's field, used in "Change %1"
        return QCoreApplication::translate("ActionRules", "ticket link");
    case ActionField::Causes:
        //: an action item's field, used in "Change %1"
        return QCoreApplication::translate("ActionRules", "linked causes");
    }
    return {};
}

bool isValidTicketUrl(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        return true;
    }
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && !url.isRelative() && !url.host().isEmpty();
}

} // namespace ActionRules
