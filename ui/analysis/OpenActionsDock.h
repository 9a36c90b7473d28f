#pragma once

#include <QDockWidget>

class Library;
class MainWindow;
class OpenActionsView;
class QAction;

// The "Open actions" dock of the main window: View ▸ Open Actions (Ctrl+Shift+A) shows it and puts
// the focus in its list; choosing an item selects its story and shows it on the Action items page.
class OpenActionsDock : public QDockWidget
{
    Q_OBJECT

public:
    // Adds the dock (hidden), its action and the View menu entry to `window`.
    static OpenActionsDock* install(MainWindow* window);
    // The window's dock, if installed.
    static OpenActionsDock* of(QWidget* window);

    void setLibrary(Library* library);
    OpenActionsView* openActionsView() const { return m_view; }
    QAction* showAction() const { return m_showAction; }

    void showAndFocus();

private:
    explicit OpenActionsDock(MainWindow* window);
    void jumpTo(qint64 storyId, qint64 actionId);

    MainWindow* m_window;
    OpenActionsView* m_view;
    QAction* m_showAction;
};
