#include "analysis/CauseBoxItem.h"

#include "analysis/CauseDiagramPainter.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

CauseBoxItem::CauseBoxItem(const CauseTreeLayout::Box& box,
                           const CauseNode& node,
                           const QString& categoryName,
                           const CauseTreeLayout::Options* options)
    : m_box(box)
    , m_node(node)
    , m_categoryName(categoryName)
    , m_options(options)
{
    setFlag(QGraphicsItem::ItemIsSelectable);
    setToolTip(node.evidence);
}

QRectF CauseBoxItem::boundingRect() const
{
    return m_box.rect.adjusted(-3, -3, 3, 3);
}

void CauseBoxItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    // Zoomed far out the text is a few pixels high: a coloured box says as much and draws fast.
    if (option->levelOfDetailFromTransform(painter->worldTransform()) * m_options->font.pixelSize() < 4) {
        painter->setPen(QPen(CauseNode::typeStroke(m_node.type), isSelected() ? 4 : 1));
        painter->setBrush(CauseNode::typeFill(m_node.type));
        painter->drawRect(m_box.rect);
        return;
    }
    CauseDiagramPainter::paintBox(*painter, m_box, m_node, m_categoryName, *m_options, isSelected());
}
