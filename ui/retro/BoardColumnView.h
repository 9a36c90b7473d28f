#pragma once

#include <QTreeView>

// One column of the retro board: a tree rooted at the column's index (its groups and ungrouped
// cards, the groups' cards below them). Dropping on empty space moves cards to this column.
class BoardColumnView : public QTreeView
{
    Q_OBJECT

public:
    explicit BoardColumnView(QWidget* parent = nullptr);

    void setVoteKeysEnabled(bool enabled) { m_voteKeys = enabled; }
    // Lays the (word-wrapped, variable-height) cards out again.
    void relayout() { scheduleDelayedItemsLayout(); }

signals:
    // + or - pressed with vote keys enabled.
    void voteRequested(int delta);
    void activated();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    bool m_voteKeys = false;
};
