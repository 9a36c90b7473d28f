#include "analysis/CauseDiagramPainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

QString CauseDiagramPainter::caption(const CauseNode& node, const QString& categoryName)
{
    const QString type = CauseNode::typeName(node.type);
    //: Box caption in the cause diagram: %1 is the type ("Root cause"), %2 the category ("Process")
    return categoryName.isEmpty()
               ? type
               : QCoreApplication::translate("CauseDiagramPainter", "%1 · %2").arg(type, categoryName);
}

void CauseDiagramPainter::paintBox(QPainter& painter,
                                   const CauseTreeLayout::Box& box,
                                   const CauseNode& node,
                                   const QString& categoryName,
                                   const CauseTreeLayout::Options& options,
                                   bool selected)
{
    painter.save();
    QPen frame(CauseNode::typeStroke(node.type), selected ? 4 : 1.5);
    frame.setJoinStyle(Qt::MiterJoin);
    painter.setPen(frame);
    painter.setBrush(CauseNode::typeFill(node.type));
    painter.drawRect(box.rect);

    painter.setFont(CauseTreeLayout::captionFont(options.font));
    painter.setPen(CauseNode::typeStroke(node.type));
    const QFontMetricsF captionMetrics(painter.font());
    painter.drawText(box.captionRect,
                     Qt::AlignLeft | Qt::AlignVCenter,
                     captionMetrics.elidedText(caption(node, categoryName), Qt::ElideRight, box.captionRect.width()));

    QFont font = options.font;
    QString text = node.statement;
    QColor colour(0x1a, 0x1a, 0x1a);
    if (text.trimmed().isEmpty()) {
        //: Shown in an empty box of the cause diagram: the question the box should answer
        text = QCoreApplication::translate("CauseDiagramPainter", "Why?");
        font.setItalic(true);
        colour = QColor(0x70, 0x70, 0x70);
    }
    painter.setFont(font);
    painter.setPen(colour);
    const QFontMetricsF metrics(font);
    const QRectF full = metrics.boundingRect(QRectF(0, 0, box.statementRect.width(), 1e6), Qt::TextWordWrap, text);
    if (full.height() > box.statementRect.height() + 0.5) {
        // Too long for the box: cut at the last line that fits, with an ellipsis.
        const int lines = qMax(1, static_cast<int>(box.statementRect.height() / metrics.lineSpacing()));
        QString cut = text;
        while (cut.size() > 1 &&
               metrics.boundingRect(QRectF(0, 0, box.statementRect.width(), 1e6), Qt::TextWordWrap, cut + QChar(0x2026))
                       .height() > lines * metrics.lineSpacing() + 0.5) {
            cut.chop(qMax<qsizetype>(1, cut.size() / 20));
        }
        text = cut.trimmed() + QChar(0x2026);
    }
    painter.drawText(box.statementRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    painter.restore();
}

void CauseDiagramPainter::addArrow(QPainterPath& lines, QPainterPath& heads, const QRectF& parent, const QRectF& child)
{
    const QPointF from(child.center().x(), child.top());
    const QPointF to(parent.center().x(), parent.bottom());
    const qreal midY = (from.y() + to.y()) / 2;
    const qreal head = 9;
    lines.moveTo(from);
    lines.lineTo(from.x(), midY);
    lines.lineTo(to.x(), midY);
    lines.lineTo(to.x(), to.y() + head);
    heads.moveTo(to);
    heads.lineTo(to.x() - head / 2, to.y() + head);
    heads.lineTo(to.x() + head / 2, to.y() + head);
    heads.closeSubpath();
}

void CauseDiagramPainter::paintArrow(QPainter& painter, const QRectF& parent, const QRectF& child)
{
    QPainterPath lines;
    QPainterPath heads;
    addArrow(lines, heads, parent, child);
    painter.save();
    painter.setPen(QPen(arrowColour(), ArrowWidth));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(lines);
    painter.setPen(Qt::NoPen);
    painter.setBrush(arrowColour());
    painter.drawPath(heads);
    painter.restore();
}

void CauseDiagramPainter::paintAll(QPainter& painter,
                                   const CauseTreeLayout& layout,
                                   const QHash<qint64, CauseNode>& nodes,
                                   const QHash<qint64, QString>& categoryNames)
{
    for (const CauseTreeLayout::Box& box : layout.boxes()) {
        if (const CauseTreeLayout::Box* parent = layout.box(box.parentId)) {
            paintArrow(painter, parent->rect, box.rect);
        }
    }
    for (const CauseTreeLayout::Box& box : layout.boxes()) {
        const CauseNode node = nodes.value(box.id);
        paintBox(painter, box, node, categoryNames.value(node.categoryId), layout.options());
    }
}
