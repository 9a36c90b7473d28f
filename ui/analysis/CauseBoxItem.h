#pragma once

#include "analysis/CauseTreeLayout.h"
#include "domain/CauseNode.h"

#include <QGraphicsItem>

// One node of the cause diagram: a box in its type's colours, selectable.
class CauseBoxItem : public QGraphicsItem
{
public:
    CauseBoxItem(const CauseTreeLayout::Box& box,
                 const CauseNode& node,
                 const QString& categoryName,
                 const CauseTreeLayout::Options* options);

    qint64 nodeId() const { return m_node.id; }
    const CauseNode& node() const { return m_node; }
    QRectF rect() const { return m_box.rect; }

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    CauseTreeLayout::Box m_box;
    CauseNode m_node;
    QString m_categoryName;
    const CauseTreeLayout::Options* m_options;
};
