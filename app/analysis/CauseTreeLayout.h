#pragma once

#include "domain/CauseNode.h"

#include <QFont>
#include <QHash>
#include <QList>
#include <QRectF>

// Places the nodes of a cause tree top-down: each problem on top, each "Why?" one level lower,
// parents centred over their children, trees side by side. Pure geometry for the diagram view and
// the SVG/PNG export; no widgets.
class CauseTreeLayout
{
public:
    struct Options
    {
        QFont font;            // the statement text; the type caption is a smaller bold variant
        qreal boxWidth = 240;  // scene units
        qreal padding = 10;    // inside a box
        qreal siblingGap = 24; // between neighbouring boxes
        qreal levelGap = 56;   // between levels, room for the arrows
        int maxLines = 6;      // statement lines shown; longer text is cut with an ellipsis
    };

    struct Box
    {
        qint64 id = 0;
        qint64 parentId = 0;
        int depth = 0;
        QRectF rect;
        QRectF captionRect;   // "Root cause · Process"
        QRectF statementRect; // the wrapped statement
    };

    // `nodes` in any order; siblings are ordered by position. Nodes whose parent is missing are laid
    // out as tops of their own trees.
    static CauseTreeLayout compute(const QList<CauseNode>& nodes, const Options& options);

    const QList<Box>& boxes() const { return m_boxes; }
    // The box of a node, or null.
    const Box* box(qint64 id) const;
    QRectF bounds() const { return m_bounds; }
    const Options& options() const { return m_options; }

    // The caption font derived from the statement font.
    static QFont captionFont(const QFont& font);

private:
    Options m_options;
    QList<Box> m_boxes;
    QHash<qint64, qsizetype> m_index;
    QRectF m_bounds;
};
