#pragma once

#include <QDateTime>
#include <QString>

// An award given to a story: the hall of fame of instructive failures (e.g. "Most instructive
// mistake of 2026"). Celebrating what a failure taught is the point, not who failed.
struct Award
{
    qint64 id = 0;
    qint64 storyId = 0;
    int year = 0;
    QString title;       // e.g. "Most instructive mistake"
    QString citation;    // why this story earned it
    QDateTime createdAt; // UTC

    bool operator==(const Award&) const = default;
};
