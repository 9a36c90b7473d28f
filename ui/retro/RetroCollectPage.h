#pragma once

#include "retro/RetroPage.h"

class BoardView;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Collect: the facilitator types the room's cards with the keyboard alone. Alt+1..Alt+9 (or
// Ctrl+1..Ctrl+9) choose the column, Enter adds the card and keeps the focus in the line, the
// author is optional. Cards can be collected hidden and revealed together.
class RetroCollectPage : public RetroPage
{
    Q_OBJECT

public:
    explicit RetroCollectPage(QWidget* parent = nullptr);
    void activate() override;

    BoardView* board() const { return m_board; }
    // Chooses the column the next card goes to (0-based).
    void chooseColumn(int column);

protected:
    void documentChanged() override;

private:
    void addCard();
    void updateColumns();
    void updateState();

    QComboBox* m_column;
    QLineEdit* m_text;
    QLineEdit* m_author;
    QPushButton* m_add;
    QCheckBox* m_hidden;
    QPushButton* m_reveal;
    QLabel* m_count;
    BoardView* m_board;
};
