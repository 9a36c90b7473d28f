#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

enum class ActionStatus {
    Open,
    InProgress,
    Done,
    WontDo,
};

enum class ActionType {
    Mitigate,
    Prevent,
    Detect,
    Process,
};

// 1 high, 2 medium, 3 low (as stored).
enum class ActionPriority {
    High = 1,
    Medium = 2,
    Low = 3,
};

// What an action item can change, one at a time (each is its own undo step).
enum class ActionField {
    Title,
    Owner,
    DueDate,  // QDate; invalid: none
    Priority, // int 1..3
    Status,   // ActionStatus as int
    Type,     // ActionType as int
    TicketUrl,
    Causes, // QList<qint64>
};

// Something the team will do because of a story, and how far it has got.
struct ActionItem
{
    qint64 id = 0;
    qint64 storyId = 0;
    QString title;
    QString owner;
    QDate dueDate; // invalid: no due date
    int priority = static_cast<int>(ActionPriority::Medium);
    ActionStatus status = ActionStatus::Open;
    ActionType type = ActionType::Prevent;
    QString ticketUrl;
    QDateTime createdAt; // UTC
    QDateTime modifiedAt;
    QList<qint64> causeIds; // sorted

    QVariant field(ActionField f) const;
    void setField(ActionField f, const QVariant& value);
};

// Names, keys and rules for action items. Names are translated; keys are stable identifiers used in
// the database and in files.
namespace ActionRules {

// Open and In progress: work still to do.
bool isOpen(ActionStatus status);
// The item is still to do and its due date lies before `today`.
bool isOverdue(const ActionItem& item, const QDate& today);
bool isOverdue(ActionStatus status, const QDate& dueDate, const QDate& today);
// Days past the due date (0 when not overdue).
qint64 daysOverdue(ActionStatus status, const QDate& dueDate, const QDate& today);
// "Overdue by 1 day", "Overdue by %n days"; empty when not overdue.
QString overdueText(ActionStatus status, const QDate& dueDate, const QDate& today);

QList<ActionStatus> allStatuses();
QList<ActionType> allTypes();
QList<int> allPriorities();

QString statusName(ActionStatus status);
QString statusKey(ActionStatus status);
std::optional<ActionStatus> statusFromKey(const QString& key);

QString typeName(ActionType type);
QString typeKey(ActionType type);
std::optional<ActionType> typeFromKey(const QString& key);
// Shown under the type's name: what such an action is for.
QString typeDescription(ActionType type);

QString priorityName(int priority);
int clampPriority(int priority);

QString fieldName(ActionField field);

// A ticket link worth opening: an absolute http(s) (or other scheme) URL. Empty text is valid.
bool isValidTicketUrl(const QString& text);

} // namespace ActionRules
