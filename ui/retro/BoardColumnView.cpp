#include "BoardColumnView.h"

#include <QHeaderView>
#include <QKeyEvent>

BoardColumnView::BoardColumnView(QWidget* parent)
    : QTreeView(parent)
{
    setHeaderHidden(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setUniformRowHeights(false);
    setWordWrap(true);
    setIndentation(16);
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setExpandsOnDoubleClick(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setDropIndicatorShown(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
}

void BoardColumnView::keyPressEvent(QKeyEvent* event)
{
    if (m_voteKeys) {
        const QString text = event->text();
        if (event->key() == Qt::Key_Plus || text == QLatin1String("+")) {
            emit voteRequested(1);
            event->accept();
            return;
        }
        if (event->key() == Qt::Key_Minus || text == QLatin1String("-")) {
            emit voteRequested(-1);
            event->accept();
            return;
        }
    }
    QTreeView::keyPressEvent(event);
}

void BoardColumnView::focusInEvent(QFocusEvent* event)
{
    QTreeView::focusInEvent(event);
    emit activated();
}

void BoardColumnView::resizeEvent(QResizeEvent* event)
{
    QTreeView::resizeEvent(event);
    // Word-wrapped cards change height with the width.
    scheduleDelayedItemsLayout();
}
