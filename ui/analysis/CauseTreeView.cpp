#include "analysis/CauseTreeView.h"

#include "models/CauseTreeModel.h"

#include <QKeyEvent>
#include <QLineEdit>

CauseTreeView::CauseTreeView(QWidget* parent)
    : QTreeView(parent)
{
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setAllColumnsShowFocus(true);
    setUniformRowHeights(true);
    setTabKeyNavigation(false);
}

bool CauseTreeView::event(QEvent* event)
{
    // Tab and Shift+Tab indent and outdent here instead of moving the focus.
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) &&
            !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            keyPressEvent(key);
            return true;
        }
    }
    return QTreeView::event(event);
}

void CauseTreeView::keyPressEvent(QKeyEvent* event)
{
    const QModelIndex current = currentIndex();
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (state() != EditingState) {
            if (shift) {
                emit addSiblingRequested(current);
            } else {
                emit addChildRequested(current);
            }
            event->accept();
            return;
        }
        break;
    case Qt::Key_Tab:
        if (event->modifiers() & Qt::ControlModifier) {
            focusNextPrevChild(true);
        } else if (current.isValid()) {
            emit indentRequested(current);
        }
        event->accept();
        return;
    case Qt::Key_Backtab:
        if (event->modifiers() & Qt::ControlModifier) {
            focusNextPrevChild(false);
        } else if (current.isValid()) {
            emit outdentRequested(current);
        }
        event->accept();
        return;
    case Qt::Key_Delete:
        if (current.isValid() && state() != EditingState) {
            emit deleteRequested(current);
            event->accept();
            return;
        }
        break;
    case Qt::Key_Insert:
        emit addSiblingRequested(current);
        event->accept();
        return;
    default:
        break;
    }
    QTreeView::keyPressEvent(event);
}

void CauseTreeView::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint)
{
    const QModelIndex edited = currentIndex();
    // The view's own follow-ups (edit the next cell) make no sense in an outline; ours do.
    QTreeView::closeEditor(editor,
                           hint == QAbstractItemDelegate::RevertModelCache ? hint : QAbstractItemDelegate::NoHint);
    if (!edited.isValid()) {
        return;
    }
    switch (hint) {
    case QAbstractItemDelegate::SubmitModelCache:
        // Enter after an answer asks the next "Why?"; Enter on an empty answer ends the chain.
        if (edited.column() == CauseTreeModel::StatementColumn &&
            !edited.data(CauseTreeModel::StatementRole).toString().trimmed().isEmpty()) {
            emit addChildRequested(edited);
        }
        break;
    case QAbstractItemDelegate::EditNextItem:
    case QAbstractItemDelegate::EditPreviousItem:
        if (hint == QAbstractItemDelegate::EditNextItem) {
            emit indentRequested(edited);
        } else {
            emit outdentRequested(edited);
        }
        // Keep typing where the cursor was: at the end, nothing selected.
        if (currentIndex().isValid() && edit(currentIndex(), QAbstractItemView::EditKeyPressed, nullptr)) {
            if (auto* line = qobject_cast<QLineEdit*>(indexWidget(currentIndex()))) {
                line->deselect();
                line->end(false);
            }
        }
        break;
    default:
        break;
    }
}
