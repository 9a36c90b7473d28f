#include "analysis/CauseDiagramView.h"

#include "analysis/CauseBoxItem.h"
#include "analysis/CauseDiagramPainter.h"
#include "models/CauseTreeModel.h"

#include <QGraphicsPathItem>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QPainterPath>
#include <QWheelEvent>

namespace {
constexpr qreal MaxFitZoom = 1.5;
}

CauseDiagramView::CauseDiagramView(QWidget* parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
{
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setBackgroundBrush(Qt::white);
    m_scene->setItemIndexMethod(QGraphicsScene::NoIndex);
    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(0);
    connect(&m_rebuildTimer, &QTimer::timeout, this, &CauseDiagramView::rebuildNow);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &CauseDiagramView::onSceneSelectionChanged);
    setLargeText(false);
}

CauseTreeLayout::Options CauseDiagramView::layoutOptions() const
{
    return m_options;
}

void CauseDiagramView::setLargeText(bool large)
{
    m_largeText = large;
    m_options = CauseTreeLayout::Options();
    m_options.font = font();
    // Pixel sizes keep the diagram the same on every screen; the large size reads from the back
    // of a room when the diagram fills a projected screen.
    m_options.font.setPixelSize(large ? 24 : 15);
    m_options.boxWidth = large ? 320 : 240;
    m_options.padding = large ? 12 : 10;
    m_options.levelGap = large ? 64 : 52;
    m_autoFit = true;
    scheduleRebuild();
}

void CauseDiagramView::setModel(CauseTreeModel* model, QItemSelectionModel* selection)
{
    if (m_model) {
        disconnect(m_model, nullptr, this, nullptr);
    }
    if (m_selection) {
        disconnect(m_selection, nullptr, this, nullptr);
    }
    m_model = model;
    m_selection = selection;
    m_autoFit = true;
    if (model) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
            connect(model, signal, this, &CauseDiagramView::scheduleRebuild);
        }
        connect(model, &QAbstractItemModel::rowsMoved, this, &CauseDiagramView::scheduleRebuild);
        connect(model, &QAbstractItemModel::dataChanged, this, &CauseDiagramView::scheduleRebuild);
        connect(model, &QAbstractItemModel::modelReset, this, &CauseDiagramView::scheduleRebuild);
        connect(model, &QAbstractItemModel::layoutChanged, this, &CauseDiagramView::scheduleRebuild);
        connect(model, &CauseTreeModel::categoriesChanged, this, &CauseDiagramView::scheduleRebuild);
    }
    if (selection) {
        connect(selection, &QItemSelectionModel::currentChanged, this, &CauseDiagramView::onCurrentChanged);
    }
    rebuildNow();
}

void CauseDiagramView::scheduleRebuild()
{
    m_rebuildTimer.start();
}

void CauseDiagramView::rebuildNow()
{
    m_rebuildTimer.stop();
    m_syncing = true;
    m_boxes.clear();
    m_scene->clear();
    if (!m_model) {
        m_scene->setSceneRect(QRectF());
        m_syncing = false;
        return;
    }
    const QList<CauseNode> nodes = m_model->nodesInOrder();
    const CauseTreeLayout layout = CauseTreeLayout::compute(nodes, m_options);
    QHash<qint64, QString> categories;
    const auto categoryList = m_model->categories();
    for (const CauseCategory& c : categoryList) {
        categories.insert(c.id, c.name);
    }
    QPainterPath lines;
    QPainterPath heads;
    for (const CauseTreeLayout::Box& box : layout.boxes()) {
        if (const CauseTreeLayout::Box* parent = layout.box(box.parentId)) {
            CauseDiagramPainter::addArrow(lines, heads, parent->rect, box.rect);
        }
    }
    auto* lineItem = m_scene->addPath(lines, QPen(CauseDiagramPainter::arrowColour(), CauseDiagramPainter::ArrowWidth));
    lineItem->setZValue(-1);
    auto* headItem = m_scene->addPath(heads, Qt::NoPen, CauseDiagramPainter::arrowColour());
    headItem->setZValue(-1);
    m_boxes.reserve(layout.boxes().size());
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const CauseNode& node = nodes[i];
        const CauseTreeLayout::Box* box = layout.box(node.id);
        if (!box) {
            continue;
        }
        auto* item = new CauseBoxItem(*box, node, categories.value(node.categoryId), &m_options);
        m_scene->addItem(item);
        m_boxes.insert(node.id, item);
    }
    const qreal margin = 24;
    m_scene->setSceneRect(layout.bounds().adjusted(-margin, -margin, margin, margin));
    if (m_selection) {
        selectBox(CauseTreeModel::idAt(m_selection->currentIndex()));
    }
    m_syncing = false;
    if (m_autoFit) {
        zoomToFit();
    }
}

void CauseDiagramView::zoomToFit()
{
    if (m_scene->sceneRect().isEmpty()) {
        return;
    }
    fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
    if (zoom() > MaxFitZoom) {
        const qreal factor = MaxFitZoom / zoom();
        scale(factor, factor);
    }
    m_autoFit = true;
}

void CauseDiagramView::zoomBy(qreal factor)
{
    const qreal target = qBound(0.05, zoom() * factor, 8.0);
    const qreal f = target / zoom();
    scale(f, f);
    m_autoFit = false;
}

qreal CauseDiagramView::zoom() const
{
    return transform().m11();
}

qint64 CauseDiagramView::selectedNodeId() const
{
    const auto selected = m_scene->selectedItems();
    for (QGraphicsItem* item : selected) {
        if (auto* box = dynamic_cast<CauseBoxItem*>(item)) {
            return box->nodeId();
        }
    }
    return 0;
}

void CauseDiagramView::selectBox(qint64 id)
{
    const bool wasSyncing = m_syncing;
    m_syncing = true;
    m_scene->clearSelection();
    if (CauseBoxItem* box = m_boxes.value(id, nullptr)) {
        box->setSelected(true);
        if (!m_autoFit) {
            ensureVisible(box, 24, 24);
        }
    }
    m_syncing = wasSyncing;
}

void CauseDiagramView::onSceneSelectionChanged()
{
    if (m_syncing || !m_model || !m_selection) {
        return;
    }
    const qint64 id = selectedNodeId();
    if (!id) {
        return;
    }
    const QModelIndex index = m_model->indexForId(id);
    m_syncing = true;
    m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_syncing = false;
}

void CauseDiagramView::onCurrentChanged(const QModelIndex& current)
{
    if (m_syncing) {
        return;
    }
    selectBox(CauseTreeModel::idAt(current));
}

void CauseDiagramView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void CauseDiagramView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::ZoomIn) || event->key() == Qt::Key_Plus) {
        zoomBy(1.25);
        return;
    }
    if (event->matches(QKeySequence::ZoomOut) || event->key() == Qt::Key_Minus) {
        zoomBy(1 / 1.25);
        return;
    }
    if (event->key() == Qt::Key_0 || event->key() == Qt::Key_Asterisk) {
        zoomToFit();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void CauseDiagramView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit) {
        zoomToFit();
    }
}
