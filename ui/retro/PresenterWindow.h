#pragma once

#include "domain/RetroItemRef.h"

#include <QPointer>
#include <QWidget>

class PhaseStepper;
class QLabel;
class QScreen;
class QTextBrowser;
class QTimer;
class RetroDocument;
class TimerWidget;

// The retro on the room's screen: full screen on a chosen QScreen, light text on a dark background
// in large type (body text >= 28 pt at 1920×1080, more on larger screens), the phase stepper, the
// timer and the current phase's content. Driven by the keyboard alone: F11 toggles full screen, Esc
// leaves presenter mode, Left/Right change the phase, Up/Down move the card in focus.
class PresenterWindow : public QWidget
{
    Q_OBJECT

public:
    explicit PresenterWindow(RetroDocument* document, QWidget* parent = nullptr);
    ~PresenterWindow() override;

    RetroDocument* document() const;

    // Moves to `screen` and goes full screen there (null: the primary screen).
    void showOn(QScreen* screen);
    // Body text size for a screen: 28 pt at 1920×1080, scaled up with larger screens.
    static double bodyPointSize(const QScreen* screen);
    double bodyPointSize() const { return m_bodyPt; }

    // The card or group in focus (Up/Down), outside Discuss; Discuss uses the discussion's current.
    RetroItemRef focusedItem() const { return m_focus; }
    // Plain text of the shown content (for tests and screen readers).
    QString contentText() const;
    // True while the timer's end-of-time flash is lit.
    bool isFlashLit() const { return m_flashLit; }

    TimerWidget* timerWidget() const { return m_timer; }

public slots:
    void toggleFullScreen();
    void refresh();

signals:
    // Esc: the owner closes the window.
    void leaveRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyScale();
    void applyColors();
    void scheduleRefresh();
    void moveFocus(int delta);
    QList<RetroItemRef> focusableItems() const;
    QString boardHtml(bool showVotes) const;
    QString discussHtml() const;
    QString actionsHtml() const;
    QString reviewHtml() const;
    QString summaryHtml() const;

    QPointer<RetroDocument> m_document;
    QLabel* m_title;
    QLabel* m_phaseLabel;
    PhaseStepper* m_stepper;
    QTextBrowser* m_content;
    TimerWidget* m_timer;
    QTimer* m_refreshTimer;
    RetroItemRef m_focus;
    double m_bodyPt = 28;
    bool m_flashLit = false;
};
