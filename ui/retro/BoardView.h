#pragma once

#include "domain/RetroItemRef.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class BoardColumnView;
class CardDelegate;
class QHBoxLayout;
class QLabel;
class QModelIndex;
class RetroBoardModel;

// The retro board as columns of cards side by side: one BoardColumnView per column of the
// RetroBoardModel, each under the column's title and prompt. Cards are dragged between and onto
// each other through the model's drag and drop. Selections of all columns count together.
class BoardView : public QWidget
{
    Q_OBJECT

public:
    explicit BoardView(QWidget* parent = nullptr);

    void setModel(RetroBoardModel* model);
    RetroBoardModel* model() const;

    void setShowVotes(bool show);
    void setDragEnabled(bool enabled);
    void setVoteKeysEnabled(bool enabled);

    int columnCount() const { return int(m_views.size()); }
    BoardColumnView* columnView(int column) const;

    // The card or group under the keyboard cursor of the last focused column (invalid: none).
    RetroItemRef currentItem() const;
    QModelIndex currentIndex() const;
    // Selected cards and groups of every column, board order.
    QList<RetroItemRef> selectedItems() const;
    // Puts the cursor on `ref` (selecting it) and focuses its column.
    void selectItem(const RetroItemRef& ref);
    void focusColumn(int column);
    void clearSelection();

signals:
    void currentItemChanged();
    void voteRequested(int delta);

private:
    void rebuild();
    void expandAll();
    void updateTitles();

    QPointer<RetroBoardModel> m_model;
    QHBoxLayout* m_layout;
    QList<QWidget*> m_panels;
    QList<BoardColumnView*> m_views;
    QList<QLabel*> m_titles;
    QList<QLabel*> m_prompts;
    CardDelegate* m_delegate;
    BoardColumnView* m_active = nullptr;
    bool m_drag = false;
    bool m_voteKeys = false;
};
