#include "analysis/OpenActionsDock.h"

#include "MainWindow.h"
#include "analysis/ActionItemsPage.h"
#include "analysis/OpenActionsView.h"
#include "library/LibraryPane.h"
#include "story/StoryEditor.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

OpenActionsDock::OpenActionsDock(MainWindow* window)
    : QDockWidget(tr("Open Actions"), window)
    , m_window(window)
    , m_view(new OpenActionsView(this))
    , m_showAction(new QAction(tr("Open &Actions"), window))
{
    setObjectName(QStringLiteral("openActionsDock"));
    setWidget(m_view);
    m_showAction->setObjectName(QStringLiteral("openActionsAction"));
    m_showAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_showAction->setToolTip(tr("Every open action item of the library, by due date."));
    connect(m_showAction, &QAction::triggered, this, &OpenActionsDock::showAndFocus);
    connect(m_view, &OpenActionsView::actionRequested, this, &OpenActionsDock::jumpTo);
}

OpenActionsDock* OpenActionsDock::install(MainWindow* window)
{
    auto* dock = new OpenActionsDock(window);
    window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    window->addAction(dock->m_showAction);

    // Share a View menu with other features: find it by name, or add it before Help.
    QMenuBar* bar = window->menuBar();
    QMenu* view = bar->findChild<QMenu*>(QStringLiteral("viewMenu"));
    if (!view) {
        view = new QMenu(MainWindow::tr("&View"), bar);
        view->setObjectName(QStringLiteral("viewMenu"));
        const QList<QAction*> menus = bar->actions();
        bar->insertMenu(menus.isEmpty() ? nullptr : menus.last(), view);
    }
    view->addAction(dock->m_showAction);
    return dock;
}

OpenActionsDock* OpenActionsDock::of(QWidget* window)
{
    return window ? window->findChild<OpenActionsDock*>() : nullptr;
}

void OpenActionsDock::setLibrary(Library* library)
{
    m_view->setLibrary(library);
}

void OpenActionsDock::showAndFocus()
{
    show();
    raise();
    m_view->focusList();
}

void OpenActionsDock::jumpTo(qint64 storyId, qint64 actionId)
{
    if (!m_window->libraryPane()->selectStory(storyId)) {
        return;
    }
    StoryEditor* editor = m_window->storyEditor();
    const QList<StoryPage*> pages = editor->pages();
    for (StoryPage* page : pages) {
        if (auto* actions = qobject_cast<ActionItemsPage*>(page)) {
            editor->showPage(actions);
            actions->selectAction(actionId);
            return;
        }
    }
}
