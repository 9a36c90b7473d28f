#include "domain/CauseNode.h"

#include <QCoreApplication>
#include <QVariant>

QVariant CauseNode::field(CauseField f) const
{
    switch (f) {
    case CauseField::Statement:
        return statement;
    case CauseField::Type:
        return static_cast<int>(type);
    case CauseField::Category:
        return categoryId;
    case CauseField::Evidence:
        return evidence;
    }
    return {};
}

void CauseNode::setField(CauseField f, const QVariant& value)
{
    switch (f) {
    case CauseField::Statement:
        statement = value.toString();
        break;
    case CauseField::Type:
        type = static_cast<CauseType>(qBound(0, value.toInt(), static_cast<int>(CauseType::RootCause)));
        break;
    case CauseField::Category:
        categoryId = value.toLongLong();
        break;
    case CauseField::Evidence:
        evidence = value.toString();
        break;
    }
}

QList<CauseType> CauseNode::allTypes()
{
    return {CauseType::Problem, CauseType::Cause, CauseType::ContributingFactor, CauseType::RootCause};
}

QString CauseNode::typeKey(CauseType type)
{
    switch (type) {
    case CauseType::Problem:
        return QStringLiteral("problem");
    case CauseType::Cause:
        return QStringLiteral("cause");
    case CauseType::ContributingFactor:
        return QStringLiteral("contributing_factor");
    case CauseType::RootCause:
        return QStringLiteral("root_cause");
    }
    return QStringLiteral("cause");
}

std::optional<CauseType> CauseNode::typeFromKey(const QString& key)
{
    for (CauseType type : allTypes()) {
        if (typeKey(type) == key) {
            return type;
        }
    }
    return std::nullopt;
}

QString CauseNode::typeName(CauseType type)
{
    switch (type) {
    case CauseType::Problem:
        return QCoreApplication::translate("CauseNode", "Problem", "cause tree node type");
    case CauseType::Cause:
        return QCoreApplication::translate("CauseNode", "Cause", "cause tree node type");
    case CauseType::ContributingFactor:
        return QCoreApplication::translate("CauseNode", "Contributing factor", "cause tree node type");
    case CauseType::RootCause:
        return QCoreApplication::translate("CauseNode", "Root cause", "cause tree node type");
    }
    return {};
}

QString CauseNode::fieldName(CauseField field)
{
    switch (field) {
    case CauseField::Statement:
        return QCoreApplication::translate("CauseNode", "Statement");
    case CauseField::Type:
        return QCoreApplication::translate("CauseNode", "Type");
    case CauseField::Category:
        return QCoreApplication::translate("CauseNode", "Category");
    case CauseField::Evidence:
        return QCoreApplication::translate("CauseNode", "Evidence");
    }
    return {};
}

QColor CauseNode::typeFill(CauseType type)
{
    switch (type) {
    case CauseType::Problem:
        return QColor(0xfb, 0xd5, 0xd2);
    case CauseType::Cause:
        return QColor(0xdc, 0xe8, 0xf7);
    case CauseType::ContributingFactor:
        return QColor(0xe9, 0xe9, 0xe9);
    case CauseType::RootCause:
        return QColor(0xf7, 0xe2, 0x9c);
    }
    return Qt::white;
}

QColor CauseNode::typeStroke(CauseType type)
{
    switch (type) {
    case CauseType::Problem:
        return QColor(0xb3, 0x26, 0x1e);
    case CauseType::Cause:
        return QColor(0x2f, 0x5f, 0x9a);
    case CauseType::ContributingFactor:
        return QColor(0x5f, 0x5f, 0x5f);
    case CauseType::RootCause:
        return QColor(0x8a, 0x66, 0x00);
    }
    return Qt::black;
}
