#pragma once

#include "domain/RetroPhase.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>

class Library;
class PhaseStepper;
class PresenterWindow;
class QAbstractItemModel;
class QAction;
class QLabel;
class QMenu;
class QScreen;
class QStackedWidget;
class QTreeView;
class QUndoStack;
class RetroDocument;
class RetroPage;
class RetroSummaryPage;

// The facilitator's window for the library's retrospectives: the list of retros on the left, the
// open retro's phase stepper over one page per phase on the right, and the presenter mode for the
// room's screen. Belongs to one library: the main window closes it when the library changes.
class RetroWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `stories`: the library's StoryListModel, for linking a story (may be null).
    RetroWindow(Library* library, QAbstractItemModel* stories, QWidget* parent = nullptr);
    ~RetroWindow() override;

    Library* library() const { return m_library; }
    RetroDocument* document() const;
    QTreeView* retroList() const { return m_list; }
    PhaseStepper* stepper() const { return m_stepper; }
    RetroPage* page(RetroPhase phase) const;
    RetroPage* currentPage() const;
    PresenterWindow* presenter() const;

    // Opens a retro (selecting it in the list); 0 closes the current one.
    void openRetro(qint64 id);
    // The screen presenter mode uses (default: one other than this window's).
    QScreen* presenterScreen() const;
    void setPresenterScreen(QScreen* screen);

public slots:
    void newRetro();
    void editDetails();
    void deleteRetro();
    void editTemplates();
    void nextPhase();
    void previousPhase();
    void startPresenter();
    void stopPresenter();
    void undo();
    void redo();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void showPhase();
    void updateHeading();
    void updateActions();
    void updateScreensMenu();
    void showMessage(const QString& text);
    QUndoStack* activeUndoStack() const;
    void onCurrentRetroChanged();

    Library* m_library;
    QAbstractItemModel* m_stories;
    QPointer<RetroDocument> m_document;
    QTreeView* m_list;
    QLabel* m_heading;
    QLabel* m_placeholder;
    PhaseStepper* m_stepper;
    QStackedWidget* m_pages;
    QList<RetroPage*> m_pageList;
    RetroSummaryPage* m_summary;
    QPointer<PresenterWindow> m_presenter;
    QPointer<QScreen> m_presenterScreen;

    QAction* m_newAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_templatesAction = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_nextPhaseAction = nullptr;
    QAction* m_previousPhaseAction = nullptr;
    QAction* m_presenterAction = nullptr;
    QAction* m_timerAction = nullptr;
    QAction* m_addMinuteAction = nullptr;
    QMenu* m_screensMenu = nullptr;
};
