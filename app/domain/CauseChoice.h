#pragma once

#include <QString>

// A node of a story's cause tree as the lessons and action items offer it for linking.
struct CauseChoice
{
    qint64 id = 0;
    QString statement;
    QString type; // the cause_node type key, e.g. "cause" or "root_cause"

    static QString rootCauseType() { return QStringLiteral("root_cause"); }
    bool isRootCause() const { return type == rootCauseType(); }
};
