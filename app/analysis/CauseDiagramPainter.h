#pragma once

#include "analysis/CauseTreeLayout.h"
#include "domain/CauseNode.h"

#include <QHash>

class QPainter;
class QPainterPath;

// Draws cause-tree boxes and arrows the same way on screen, in SVG and in PNG.
class CauseDiagramPainter
{
public:
    // A box: the type's colours, a caption ("Root cause · Process") and the statement ("Why?" in
    // grey while empty). `selected` draws a thicker frame.
    static void paintBox(QPainter& painter,
                         const CauseTreeLayout::Box& box,
                         const CauseNode& node,
                         const QString& categoryName,
                         const CauseTreeLayout::Options& options,
                         bool selected = false);
    // The arrow from a cause (child) up to what it explains (parent): cause → effect.
    static void paintArrow(QPainter& painter, const QRectF& parent, const QRectF& child);
    // The same arrow as paths: the line to stroke and the head to fill.
    static void addArrow(QPainterPath& lines, QPainterPath& heads, const QRectF& parent, const QRectF& child);
    static QColor arrowColour() { return QColor(0x55, 0x55, 0x55); }
    static constexpr qreal ArrowWidth = 1.5;
    // The whole diagram: a white page, every arrow, then every box.
    static void paintAll(QPainter& painter,
                         const CauseTreeLayout& layout,
                         const QHash<qint64, CauseNode>& nodes,
                         const QHash<qint64, QString>& categoryNames);
    // The caption of a box.
    static QString caption(const CauseNode& node, const QString& categoryName);
};
