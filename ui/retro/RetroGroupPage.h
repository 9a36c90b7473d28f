#pragma once

#include "retro/RetroPage.h"

class BoardView;

// Group: the board as columns of cards. Drag a card onto another to group them, onto a group to
// join it, onto a column's free space to ungroup it. Keyboard: select cards (Ctrl+Space, Shift+arrows)
// and press Ctrl+G to group them, Ctrl+Shift+G to ungroup, F2 to rename the group in focus.
class RetroGroupPage : public RetroPage
{
    Q_OBJECT

public:
    explicit RetroGroupPage(QWidget* parent = nullptr);
    void activate() override;
    BoardView* board() const { return m_board; }

public slots:
    void groupSelected();
    void ungroupSelected();
    void renameGroup();

protected:
    void documentChanged() override;

private:
    BoardView* m_board;
};
