#include "BoardView.h"

#include "models/RetroBoardModel.h"
#include "retro/BoardColumnView.h"
#include "retro/CardDelegate.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

BoardView::BoardView(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
    , m_delegate(new CardDelegate(this))
{
    setObjectName(QStringLiteral("boardView"));
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void BoardView::setModel(RetroBoardModel* model)
{
    if (m_model) {
        disconnect(m_model, nullptr, this, nullptr);
    }
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &BoardView::rebuild);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex& parent) {
            if (!parent.isValid()) {
                rebuild();
            } else {
                expandAll();
            }
        });
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex& parent) {
            if (!parent.isValid()) {
                rebuild();
            }
        });
        connect(m_model, &QAbstractItemModel::rowsMoved, this, &BoardView::expandAll);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, &BoardView::expandAll);
        connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& topLeft) {
            if (!topLeft.parent().isValid()) {
                updateTitles(); // a column's title, or its vote sum
            }
        });
    }
    rebuild();
}

RetroBoardModel* BoardView::model() const
{
    return m_model;
}

void BoardView::setShowVotes(bool show)
{
    m_delegate->setShowVotes(show);
    for (BoardColumnView* view : std::as_const(m_views)) {
        view->relayout();
        view->viewport()->update();
    }
}

void BoardView::setDragEnabled(bool enabled)
{
    m_drag = enabled;
    for (BoardColumnView* view : std::as_const(m_views)) {
        view->setDragEnabled(enabled);
        view->setAcceptDrops(enabled);
        view->setDragDropMode(enabled ? QAbstractItemView::DragDrop : QAbstractItemView::NoDragDrop);
    }
}

void BoardView::setVoteKeysEnabled(bool enabled)
{
    m_voteKeys = enabled;
    for (BoardColumnView* view : std::as_const(m_views)) {
        view->setVoteKeysEnabled(enabled);
    }
}

BoardColumnView* BoardView::columnView(int column) const
{
    return column >= 0 && column < m_views.size() ? m_views.at(column) : nullptr;
}

void BoardView::rebuild()
{
    const int activeColumn = int(m_views.indexOf(m_active));
    const RetroItemRef current = currentItem();
    m_active = nullptr;
    m_views.clear();
    m_titles.clear();
    m_prompts.clear();
    qDeleteAll(m_panels);
    m_panels.clear();
    if (!m_model) {
        return;
    }
    for (int c = 0; c < m_model->rowCount(); ++c) {
        const QModelIndex column = m_model->index(c, 0);
        auto* panel = new QFrame(this);
        panel->setObjectName(QStringLiteral("boardColumn%1").arg(c + 1));
        panel->setFrameShape(QFrame::StyledPanel);
        auto* layout = new QVBoxLayout(panel);
        layout->setContentsMargins(6, 6, 6, 6);
        auto* title = new QLabel(panel);
        title->setObjectName(QStringLiteral("boardColumnTitle"));
        QFont bold = title->font();
        bold.setBold(true);
        bold.setPointSizeF(bold.pointSizeF() * 1.15);
        title->setFont(bold);
        auto* prompt = new QLabel(panel);
        prompt->setObjectName(QStringLiteral("boardColumnPrompt"));
        prompt->setWordWrap(true);
        prompt->setForegroundRole(QPalette::PlaceholderText);
        auto* view = new BoardColumnView(panel);
        view->setObjectName(QStringLiteral("boardColumnView%1").arg(c + 1));
        view->setAccessibleName(column.data(RetroBoardModel::TextRole).toString());
        view->setItemDelegate(m_delegate);
        view->setModel(m_model);
        view->setRootIndex(column);
        view->setVoteKeysEnabled(m_voteKeys);
        view->setDragEnabled(m_drag);
        view->setAcceptDrops(m_drag);
        view->setDragDropMode(m_drag ? QAbstractItemView::DragDrop : QAbstractItemView::NoDragDrop);
        view->expandAll();
        layout->addWidget(title);
        layout->addWidget(prompt);
        layout->addWidget(view, 1);
        m_layout->addWidget(panel, 1);
        m_panels << panel;
        m_views << view;
        m_titles << title;
        m_prompts << prompt;
        connect(view, &BoardColumnView::activated, this, [this, view] {
            m_active = view;
            emit currentItemChanged();
        });
        connect(view, &BoardColumnView::voteRequested, this, [this, view](int delta) {
            m_active = view;
            emit voteRequested(delta);
        });
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this, view] {
            m_active = view;
            emit currentItemChanged();
        });
    }
    updateTitles();
    if (activeColumn >= 0) {
        m_active = columnView(std::min(activeColumn, columnCount() - 1));
    }
    if (current.isValid()) {
        const QModelIndex index = m_model->indexOf(current);
        for (BoardColumnView* view : std::as_const(m_views)) {
            if (index.isValid() &&
                (index.parent() == view->rootIndex() || index.parent().parent() == view->rootIndex())) {
                view->setCurrentIndex(index);
            }
        }
    }
}

void BoardView::updateTitles()
{
    for (int c = 0; m_model && c < m_titles.size() && c < m_model->rowCount(); ++c) {
        const QModelIndex column = m_model->index(c, 0);
        //: A board column's title with its number (the Alt/Ctrl shortcut that adds cards to it).
        m_titles.at(c)->setText(tr("%1. %2").arg(c + 1).arg(column.data(RetroBoardModel::TextRole).toString()));
        m_prompts.at(c)->setText(column.data(RetroBoardModel::PromptRole).toString());
        m_prompts.at(c)->setVisible(!m_prompts.at(c)->text().isEmpty());
    }
}

void BoardView::expandAll()
{
    // After the model's signals are done (groups appear as their first card moves in).
    QTimer::singleShot(0, this, [this] {
        for (BoardColumnView* view : std::as_const(m_views)) {
            view->expandAll();
            view->relayout();
        }
    });
}

QModelIndex BoardView::currentIndex() const
{
    BoardColumnView* view = m_active;
    if (!view) {
        for (BoardColumnView* v : m_views) {
            if (v->hasFocus()) {
                view = v;
            }
        }
    }
    return view ? view->currentIndex() : QModelIndex();
}

RetroItemRef BoardView::currentItem() const
{
    const QModelIndex index = currentIndex();
    return m_model && index.isValid() ? m_model->refAt(index) : RetroItemRef {};
}

QList<RetroItemRef> BoardView::selectedItems() const
{
    QList<RetroItemRef> refs;
    if (!m_model) {
        return refs;
    }
    for (BoardColumnView* view : m_views) {
        QModelIndexList rows = view->selectionModel()->selectedRows();
        std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) {
            const int pa = a.parent().parent().isValid() ? a.parent().row() : a.row();
            const int pb = b.parent().parent().isValid() ? b.parent().row() : b.row();
            return pa != pb ? pa < pb : a.row() < b.row();
        });
        for (const QModelIndex& index : std::as_const(rows)) {
            const RetroItemRef ref = m_model->refAt(index);
            if (ref.isValid() && !refs.contains(ref)) {
                refs << ref;
            }
        }
    }
    return refs;
}

void BoardView::selectItem(const RetroItemRef& ref)
{
    if (!m_model) {
        return;
    }
    const QModelIndex index = m_model->indexOf(ref);
    if (!index.isValid()) {
        return;
    }
    QModelIndex column = index.parent();
    if (column.parent().isValid()) {
        column = column.parent();
    }
    BoardColumnView* view = columnView(column.row());
    if (!view) {
        return;
    }
    m_active = view;
    view->setFocus();
    view->setCurrentIndex(index);
    view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    emit currentItemChanged();
}

void BoardView::focusColumn(int column)
{
    if (BoardColumnView* view = columnView(column)) {
        m_active = view;
        view->setFocus();
        if (!view->currentIndex().isValid() && m_model && m_model->rowCount(view->rootIndex()) > 0) {
            view->setCurrentIndex(m_model->index(0, 0, view->rootIndex()));
        }
    }
}

void BoardView::clearSelection()
{
    for (BoardColumnView* view : std::as_const(m_views)) {
        view->clearSelection();
    }
}
