#pragma once

#include <QStringList>
#include <QWidget>

// A horizontal stepper for the phases of a retrospective: done steps show a check mark, the current
// step is filled and bold, upcoming steps are outlined. A click or the keyboard (Left/Right,
// Home/End) asks for another step through stepRequested(); the owner decides and calls
// setCurrentIndex(). Colours come from the palette, so it works light-on-dark in presenter mode.
class PhaseStepper : public QWidget
{
    Q_OBJECT

public:
    explicit PhaseStepper(QWidget* parent = nullptr);

    void setSteps(const QStringList& labels);
    QStringList steps() const { return m_steps; }
    int count() const { return int(m_steps.size()); }

    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);

    // Where step `index` is drawn (for tests and tooltips).
    QRect stepRect(int index) const;
    int stepAt(const QPoint& pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void stepRequested(int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    int circleDiameter() const;
    void updateAccessibleText();

    QStringList m_steps;
    int m_current = 0;
};
