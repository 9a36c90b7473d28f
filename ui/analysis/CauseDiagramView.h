#pragma once

#include "analysis/CauseTreeLayout.h"

#include <QGraphicsView>
#include <QHash>
#include <QPointer>
#include <QTimer>

class CauseBoxItem;
class CauseTreeModel;
class QItemSelectionModel;

// The cause tree drawn top-down as boxes and arrows, coloured by type. Follows the model (rebuilt
// once per burst of changes) and keeps its selection in step with the tree view's, both ways.
// Ctrl+wheel and Ctrl+plus/minus zoom; until the user zooms, the diagram fits the view.
class CauseDiagramView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit CauseDiagramView(QWidget* parent = nullptr);

    void setModel(CauseTreeModel* model, QItemSelectionModel* selection);
    // Lays out and draws the tree now (normally it happens once the event loop runs).
    void rebuildNow();
    void zoomToFit();
    void zoomBy(qreal factor);
    qreal zoom() const;

    // Larger text and boxes, for a projector.
    void setLargeText(bool large);
    bool largeText() const { return m_largeText; }
    CauseTreeLayout::Options layoutOptions() const;

    int boxCount() const { return static_cast<int>(m_boxes.size()); }
    CauseBoxItem* boxFor(qint64 id) const { return m_boxes.value(id, nullptr); }
    qint64 selectedNodeId() const;
    bool rebuildPending() const { return m_rebuildTimer.isActive(); }

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void scheduleRebuild();
    void onSceneSelectionChanged();
    void onCurrentChanged(const QModelIndex& current);
    void selectBox(qint64 id);

    QPointer<CauseTreeModel> m_model;
    QPointer<QItemSelectionModel> m_selection;
    QGraphicsScene* m_scene;
    QHash<qint64, CauseBoxItem*> m_boxes;
    CauseTreeLayout::Options m_options;
    QTimer m_rebuildTimer;
    bool m_largeText = false;
    bool m_autoFit = true;
    bool m_syncing = false;
};
