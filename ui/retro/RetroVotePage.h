#pragma once

#include "retro/RetroPage.h"

class BoardView;
class QComboBox;
class QLabel;
class QPushButton;

// Vote: the facilitator records each participant's dots, or the room's tallies. + and - on the card
// in focus add and remove a dot; the remaining budget is shown and a broken rule explained.
class RetroVotePage : public RetroPage
{
    Q_OBJECT

public:
    explicit RetroVotePage(QWidget* parent = nullptr);
    void activate() override;
    BoardView* board() const { return m_board; }
    // "" = the room's tally.
    QString participant() const;

public slots:
    void vote(int delta);

protected:
    void documentChanged() override;

private:
    void updateParticipants();
    void updateBudget();

    QComboBox* m_participant;
    QLabel* m_budget;
    QLabel* m_problem;
    QPushButton* m_plus;
    QPushButton* m_minus;
    BoardView* m_board;
};
