#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

enum class CauseType {
    Problem,
    Cause,
    ContributingFactor,
    RootCause,
};

enum class CauseField {
    Statement,
    Type,
    Category,
    Evidence,
};

// One node of a story's cause tree ("5 Whys"): the problem at the top, each child answers "why?".
struct CauseNode
{
    qint64 id = 0;
    qint64 storyId = 0;
    qint64 parentId = 0; // 0: a top-level node (usually a problem)
    int position = 0;    // among its siblings, dense from 0
    QString statement;
    CauseType type = CauseType::Cause;
    qint64 categoryId = 0; // 0: none
    QString evidence;

    QVariant field(CauseField f) const;
    void setField(CauseField f, const QVariant& value);

    static QList<CauseType> allTypes();
    // The stored key, e.g. "root_cause".
    static QString typeKey(CauseType type);
    static std::optional<CauseType> typeFromKey(const QString& key);
    static QString typeName(CauseType type);
    static QString fieldName(CauseField field);
    // Colours that stay apart on a projector and in print: a light fill and a strong border.
    static QColor typeFill(CauseType type);
    static QColor typeStroke(CauseType type);
};
