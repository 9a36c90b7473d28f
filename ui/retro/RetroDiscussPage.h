#pragma once

#include "domain/RetroItemRef.h"
#include "retro/RetroPage.h"

class QLabel;
class QListView;
class QPlainTextEdit;
class TimerWidget;

// Discuss: cards and groups in vote order, one in focus with its notes and the timer.
// Ctrl+Down / Ctrl+Up move to the next / previous topic from anywhere on the page.
class RetroDiscussPage : public RetroPage
{
    Q_OBJECT

public:
    explicit RetroDiscussPage(QWidget* parent = nullptr);
    void activate() override;

    QListView* list() const { return m_list; }
    QPlainTextEdit* notes() const { return m_notes; }
    TimerWidget* timer() const { return m_timer; }

public slots:
    void nextTopic();
    void previousTopic();

protected:
    void documentChanged() override;

private:
    void showCurrent();

    QListView* m_list;
    QLabel* m_focus;
    QLabel* m_cards;
    QPlainTextEdit* m_notes;
    TimerWidget* m_timer;
    RetroItemRef m_shown;
};
