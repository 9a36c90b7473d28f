#pragma once

#include "retro/RetroPage.h"

class QLabel;
class QPushButton;
class QTableView;

// Review previous actions: the open actions of the team's earlier retros and their stories, each
// marked done or carried over into this retro.
class RetroReviewPage : public RetroPage
{
    Q_OBJECT

public:
    explicit RetroReviewPage(QWidget* parent = nullptr);
    void activate() override;
    QTableView* view() const { return m_view; }

protected:
    void documentChanged() override;

private:
    void decide(int decision);
    void updateButtons();

    QTableView* m_view;
    QLabel* m_empty;
    QPushButton* m_done;
    QPushButton* m_carry;
};
