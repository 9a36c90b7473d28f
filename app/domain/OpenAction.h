#pragma once

#include "domain/ActionItem.h"

#include <QDate>
#include <QString>

// An open action item (Open or In progress) with the title of its story: a row of the library-wide
// "Open actions" view.
struct OpenAction
{
    qint64 id = 0;
    qint64 storyId = 0;
    QString storyTitle;
    QString title;
    QString owner;
    QDate dueDate;
    int priority = 2;
    ActionStatus status = ActionStatus::Open;
    ActionType type = ActionType::Prevent;
};
