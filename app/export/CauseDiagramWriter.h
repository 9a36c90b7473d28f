#pragma once

#include "analysis/CauseTreeLayout.h"
#include "domain/CauseCategory.h"
#include "domain/CauseNode.h"
#include "util/Result.h"

#include <QList>

class QIODevice;
class QPainter;

// Writes a story's cause tree as a diagram: SVG (one <rect> per node) or PNG.
class CauseDiagramWriter
{
public:
    CauseDiagramWriter(QList<CauseNode> nodes, const QList<CauseCategory>& categories);

    void setTitle(const QString& title) { m_title = title; }
    void setOptions(const CauseTreeLayout::Options& options) { m_options = options; }
    const CauseTreeLayout::Options& options() const { return m_options; }

    Status writeSvg(QIODevice* device) const;
    Status writeSvg(const QString& path) const;
    // `scale` 2 gives sharp text on slides and high-density screens.
    Status writePng(const QString& path, qreal scale = 2.0) const;

    // The margin around the diagram, in layout units.
    static constexpr qreal Margin = 24;

private:
    CauseTreeLayout layout() const;
    void paint(QPainter& painter, const CauseTreeLayout& layout) const;

    QList<CauseNode> m_nodes;
    QHash<qint64, QString> m_categoryNames;
    CauseTreeLayout::Options m_options;
    QString m_title;
};
