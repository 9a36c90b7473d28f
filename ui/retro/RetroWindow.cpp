#include "RetroWindow.h"

#include "retro/RetroPage.h" // RetroDocument.h with the field enums it needs

#include "MessageBox.h"
#include "document/Library.h"
#include "document/RetroDocument.h"
#include "domain/RetroTimer.h"
#include "models/RetroListModel.h"
#include "models/RetroTemplateModel.h"
#include "retro/PhaseStepper.h"
#include "retro/PresenterWindow.h"
#include "retro/RetroActionsPage.h"
#include "retro/RetroCollectPage.h"
#include "retro/RetroDiscussPage.h"
#include "retro/RetroGroupPage.h"
#include "retro/RetroInfoDialog.h"
#include "retro/RetroReviewPage.h"
#include "retro/RetroSummaryPage.h"
#include "retro/RetroTemplatesDialog.h"
#include "retro/RetroVotePage.h"
#include "story/UndoShortcutFilter.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
constexpr int StatusMessageMs = 6000;
}

RetroWindow::RetroWindow(Library* library, QAbstractItemModel* stories, QWidget* parent)
    : QMainWindow(parent, Qt::Window)
    , m_library(library)
    , m_stories(stories)
    , m_list(new QTreeView(this))
    , m_heading(new QLabel(this))
    , m_placeholder(new QLabel(this))
    , m_stepper(new PhaseStepper(this))
    , m_pages(new QStackedWidget(this))
    , m_summary(new RetroSummaryPage(this))
{
    setObjectName(QStringLiteral("retroWindow"));
    setWindowTitle(tr("Retrospectives — Kintsugi"));
    setAttribute(Qt::WA_DeleteOnClose, false);

    m_list->setObjectName(QStringLiteral("retroListView"));
    m_list->setModel(m_library->retroList());
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(RetroListModel::TitleColumn, QHeaderView::Stretch);
    m_list->setAccessibleName(tr("Retrospectives"));

    m_heading->setObjectName(QStringLiteral("retroHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_placeholder->setObjectName(QStringLiteral("retroPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setText(tr("Choose a retrospective on the left, or make a new one with Retro ▸ New Retrospective "
                              "(Ctrl+N)."));
    m_pages->setObjectName(QStringLiteral("retroPages"));

    QStringList phaseNames;
    m_pageList = {new RetroReviewPage(this),
                  new RetroCollectPage(this),
                  new RetroGroupPage(this),
                  new RetroVotePage(this),
                  new RetroDiscussPage(this),
                  new RetroActionsPage(this),
                  m_summary};
    m_summary->setLibrary(m_library);
    for (RetroPhase phase : RetroPhases::all()) {
        phaseNames << RetroPhases::name(phase);
        RetroPage* page = m_pageList.at(RetroPhases::index(phase));
        m_pages->addWidget(page);
        connect(page, &RetroPage::message, this, &RetroWindow::showMessage);
    }
    m_pages->addWidget(m_placeholder);
    m_stepper->setSteps(phaseNames);
    connect(m_stepper, &PhaseStepper::stepRequested, this, [this](int index) {
        if (m_document) {
            if (Status s = m_document->setPhase(RetroPhases::all().value(index)); !s) {
                showMessage(s.error());
            }
        }
    });

    auto* newButton = new QPushButton(tr("&New…"), this);
    newButton->setObjectName(QStringLiteral("newRetroButton"));
    auto* listPane = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_list, 1);
    listLayout->addWidget(newButton);

    auto* retroPane = new QWidget(this);
    auto* retroLayout = new QVBoxLayout(retroPane);
    retroLayout->setContentsMargins(0, 0, 0, 0);
    retroLayout->addWidget(m_heading);
    retroLayout->addWidget(m_stepper);
    retroLayout->addWidget(m_pages, 1);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("retroSplitter"));
    splitter->addWidget(listPane);
    splitter->addWidget(retroPane);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({260, 900});
    setCentralWidget(splitter);

    createActions();
    createMenus();
    // Ctrl+Z in a text field undoes through the retro's stack, like everywhere else.
    (new UndoShortcutFilter(this))->watch(m_pages);
    connect(newButton, &QPushButton::clicked, this, &RetroWindow::newRetro);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &RetroWindow::onCurrentRetroChanged);
    connect(m_library->retroList(), &QAbstractItemModel::dataChanged, this, &RetroWindow::updateHeading);
    connect(qApp, &QApplication::focusChanged, this, &RetroWindow::updateActions);
    connect(m_library->undoStack(), &QUndoStack::indexChanged, this, &RetroWindow::updateActions);
    connect(qApp, &QGuiApplication::screenAdded, this, &RetroWindow::updateScreensMenu);
    connect(qApp, &QGuiApplication::screenRemoved, this, &RetroWindow::updateScreensMenu);

    resize(1200, 800);
    if (m_library->retroList()->rowCount() > 0) {
        m_list->setCurrentIndex(m_library->retroList()->index(0, 0));
    }
    onCurrentRetroChanged();
    m_list->setFocus();
}

RetroWindow::~RetroWindow()
{
    disconnect(qApp, nullptr, this, nullptr);
    delete m_presenter;
    for (RetroPage* page : std::as_const(m_pageList)) {
        page->setDocument(nullptr);
    }
}

void RetroWindow::createActions()
{
    m_newAction = new QAction(tr("&New Retrospective…"), this);
    m_newAction->setObjectName(QStringLiteral("newRetroAction"));
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &RetroWindow::newRetro);

    m_editAction = new QAction(tr("&Details…"), this);
    m_editAction->setObjectName(QStringLiteral("editRetroAction"));
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_editAction, &QAction::triggered, this, &RetroWindow::editDetails);

    m_deleteAction = new QAction(tr("&Delete Retrospective"), m_list);
    m_deleteAction->setObjectName(QStringLiteral("deleteRetroAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &RetroWindow::deleteRetro);
    m_list->addAction(m_deleteAction);

    m_templatesAction = new QAction(tr("&Templates…"), this);
    m_templatesAction->setObjectName(QStringLiteral("retroTemplatesAction"));
    connect(m_templatesAction, &QAction::triggered, this, &RetroWindow::editTemplates);

    m_closeAction = new QAction(tr("&Close Window"), this);
    m_closeAction->setObjectName(QStringLiteral("closeRetroWindowAction"));
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = new QAction(tr("&Undo"), this);
    m_undoAction->setObjectName(QStringLiteral("retroUndoAction"));
    m_undoAction->setShortcuts(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, this, &RetroWindow::undo);
    m_redoAction = new QAction(tr("&Redo"), this);
    m_redoAction->setObjectName(QStringLiteral("retroRedoAction"));
    m_redoAction->setShortcuts(QKeySequence::Redo);
    connect(m_redoAction, &QAction::triggered, this, &RetroWindow::redo);

    m_nextPhaseAction = new QAction(tr("&Next Phase"), this);
    m_nextPhaseAction->setObjectName(QStringLiteral("nextPhaseAction"));
    m_nextPhaseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(m_nextPhaseAction, &QAction::triggered, this, &RetroWindow::nextPhase);
    m_previousPhaseAction = new QAction(tr("&Previous Phase"), this);
    m_previousPhaseAction->setObjectName(QStringLiteral("previousPhaseAction"));
    m_previousPhaseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(m_previousPhaseAction, &QAction::triggered, this, &RetroWindow::previousPhase);

    m_timerAction = new QAction(tr("&Start/Pause Timer"), this);
    m_timerAction->setObjectName(QStringLiteral("timerToggleAction"));
    m_timerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_timerAction, &QAction::triggered, this, [this] {
        if (m_document) {
            m_document->timer()->toggle();
        }
    });
    m_addMinuteAction = new QAction(tr("&Add a Minute"), this);
    m_addMinuteAction->setObjectName(QStringLiteral("timerAddMinuteAction"));
    m_addMinuteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(m_addMinuteAction, &QAction::triggered, this, [this] {
        if (m_document) {
            m_document->timer()->addMinute();
        }
    });

    m_presenterAction = new QAction(tr("&Presenter Mode"), this);
    m_presenterAction->setObjectName(QStringLiteral("presenterAction"));
    m_presenterAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_presenterAction->setCheckable(true);
    connect(m_presenterAction, &QAction::triggered, this, [this](bool on) {
        if (on) {
            startPresenter();
        } else {
            stopPresenter();
        }
    });
}

void RetroWindow::createMenus()
{
    QMenu* retro = menuBar()->addMenu(tr("&Retro"));
    retro->setObjectName(QStringLiteral("retroMenu"));
    retro->addAction(m_newAction);
    retro->addAction(m_editAction);
    retro->addAction(m_deleteAction);
    retro->addSeparator();
    retro->addAction(m_templatesAction);
    retro->addSeparator();
    retro->addAction(m_closeAction);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);

    QMenu* phase = menuBar()->addMenu(tr("&Phase"));
    phase->setObjectName(QStringLiteral("phaseMenu"));
    phase->addAction(m_previousPhaseAction);
    phase->addAction(m_nextPhaseAction);
    phase->addSeparator();
    phase->addAction(m_timerAction);
    phase->addAction(m_addMinuteAction);

    QMenu* presenter = menuBar()->addMenu(tr("P&resenter"));
    presenter->setObjectName(QStringLiteral("presenterMenu"));
    presenter->addAction(m_presenterAction);
    m_screensMenu = presenter->addMenu(tr("Presenter &Screen"));
    m_screensMenu->setObjectName(QStringLiteral("presenterScreenMenu"));
    connect(m_screensMenu, &QMenu::aboutToShow, this, &RetroWindow::updateScreensMenu);
    updateScreensMenu();
}

RetroDocument* RetroWindow::document() const
{
    return m_document;
}

PresenterWindow* RetroWindow::presenter() const
{
    return m_presenter;
}

RetroPage* RetroWindow::page(RetroPhase phase) const
{
    return m_pageList.value(RetroPhases::index(phase));
}

RetroPage* RetroWindow::currentPage() const
{
    return qobject_cast<RetroPage*>(m_pages->currentWidget());
}

void RetroWindow::onCurrentRetroChanged()
{
    const QModelIndex current = m_list->currentIndex();
    openRetro(current.isValid() ? m_library->retroList()->retroAt(current.row()).id : 0);
}

void RetroWindow::openRetro(qint64 id)
{
    if (m_document && m_document->id() == id) {
        return;
    }
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
        disconnect(m_document->undoStack(), nullptr, this, nullptr);
    }
    stopPresenter();
    RetroDocument* document = nullptr;
    if (id != 0) {
        QString error;
        document = m_library->retroDocument(id, &error);
        if (!document) {
            showMessage(error);
        }
    }
    m_document = document;
    for (RetroPage* page : std::as_const(m_pageList)) {
        page->setDocument(document);
    }
    if (m_document) {
        const int row = m_library->retroList()->rowOf(id);
        if (row >= 0 && m_list->currentIndex().row() != row) {
            m_list->setCurrentIndex(m_library->retroList()->index(row, 0));
        }
        connect(m_document, &RetroDocument::phaseChanged, this, &RetroWindow::showPhase);
        connect(m_document, &RetroDocument::fieldChanged, this, &RetroWindow::updateHeading);
        connect(m_document, &RetroDocument::editFailed, this, &RetroWindow::showMessage);
        QUndoStack* stack = m_document->undoStack();
        connect(stack, &QUndoStack::indexChanged, this, &RetroWindow::updateActions);
        connect(stack, &QUndoStack::cleanChanged, this, &RetroWindow::updateActions);
    }
    showPhase();
    updateHeading();
    updateActions();
}

void RetroWindow::showPhase()
{
    if (!m_document) {
        m_pages->setCurrentWidget(m_placeholder);
        m_stepper->setEnabled(false);
        return;
    }
    m_stepper->setEnabled(true);
    const RetroPhase phase = m_document->retro().phase;
    m_stepper->setCurrentIndex(RetroPhases::index(phase));
    m_stepper->setToolTip(RetroPhases::description(phase));
    RetroPage* page = this->page(phase);
    const bool changed = m_pages->currentWidget() != page;
    m_pages->setCurrentWidget(page);
    // Keep the keyboard where it is when the stepper itself was used.
    if (changed && !m_stepper->hasFocus() && !m_list->hasFocus()) {
        page->activate();
    } else if (changed) {
        if (RetroSummaryPage* summary = qobject_cast<RetroSummaryPage*>(page)) {
            summary->refresh();
        }
    }
    updateActions();
}

void RetroWindow::updateHeading()
{
    if (!m_document) {
        m_heading->setText(tr("Retrospectives"));
        return;
    }
    const Retro& retro = m_document->retro();
    QStringList parts {retro.displayTitle()};
    if (retro.heldOn.isValid()) {
        parts << QLocale().toString(retro.heldOn, QLocale::ShortFormat);
    }
    if (!retro.team.isEmpty()) {
        parts << retro.team;
    }
    m_heading->setText(parts.join(QStringLiteral(" · ")));
}

QUndoStack* RetroWindow::activeUndoStack() const
{
    // The list's own edits (new, delete) are on the library's stack; everything in a retro on its own.
    if (m_list->hasFocus() || !m_document) {
        return m_library->undoStack();
    }
    return m_document->undoStack();
}

void RetroWindow::updateActions()
{
    const bool writable = !m_library->isReadOnly();
    const bool open = m_document != nullptr;
    m_newAction->setEnabled(writable);
    m_editAction->setEnabled(open && writable);
    m_deleteAction->setEnabled(open && writable);
    m_templatesAction->setEnabled(writable);
    const RetroPhase phase = open ? m_document->retro().phase : RetroPhase::ReviewActions;
    m_nextPhaseAction->setEnabled(open && writable && RetroPhases::next(phase).has_value());
    m_previousPhaseAction->setEnabled(open && writable && RetroPhases::previous(phase).has_value());
    m_timerAction->setEnabled(open);
    m_addMinuteAction->setEnabled(open);
    m_presenterAction->setEnabled(open);
    QUndoStack* stack = activeUndoStack();
    m_undoAction->setEnabled(stack && stack->canUndo());
    m_redoAction->setEnabled(stack && stack->canRedo());
    //: Edit menu of the retro window: "Undo Add card".
    m_undoAction->setText(stack && stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redoAction->setText(stack && stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
}

void RetroWindow::undo()
{
    if (QUndoStack* stack = activeUndoStack()) {
        stack->undo();
    }
    updateActions();
}

void RetroWindow::redo()
{
    if (QUndoStack* stack = activeUndoStack()) {
        stack->redo();
    }
    updateActions();
}

void RetroWindow::showMessage(const QString& text)
{
    statusBar()->showMessage(text, StatusMessageMs);
}

void RetroWindow::newRetro()
{
    if (m_library->isReadOnly()) {
        return;
    }
    RetroInfoDialog dialog(m_library->retroTemplateModel(), m_stories, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    auto created = m_library->createRetro(dialog.retro(), dialog.templateId());
    if (!created) {
        MessageBox::warning(this, tr("New Retrospective"), created.error());
        return;
    }
    openRetro(*created);
    if (RetroPage* page = currentPage()) {
        page->activate();
    }
}

void RetroWindow::editDetails()
{
    if (!m_document) {
        return;
    }
    RetroInfoDialog dialog(nullptr, m_stories, this);
    dialog.setRetro(m_document->retro());
    if (dialog.exec() != QDialog::Accepted || !m_document) {
        return;
    }
    const Retro before = m_document->retro();
    const Retro after = dialog.retro();
    const QList<RetroField> fields = {RetroField::Title,
                                      RetroField::HeldOn,
                                      RetroField::Team,
                                      RetroField::Facilitator,
                                      RetroField::Participants,
                                      RetroField::StoryId,
                                      RetroField::DotsPerParticipant,
                                      RetroField::MaxDotsPerCard,
                                      RetroField::CollectHidden};
    for (RetroField field : fields) {
        if (before.field(field) != after.field(field)) {
            if (Status s = m_document->editField(field, after.field(field)); !s) {
                showMessage(s.error());
            }
        }
    }
}

void RetroWindow::deleteRetro()
{
    if (!m_document || m_library->isReadOnly()) {
        return;
    }
    const qint64 id = m_document->id();
    const QString title = m_document->retro().displayTitle();
    const int row = m_list->currentIndex().row();
    openRetro(0);
    if (Status s = m_library->deleteRetro(id); !s) {
        showMessage(s.error());
        return;
    }
    //: Status bar after deleting a retrospective.
    showMessage(tr("Deleted “%1”. Edit ▸ Undo brings it back.").arg(title));
    const int rows = m_library->retroList()->rowCount();
    m_list->setFocus();
    if (rows > 0) {
        m_list->setCurrentIndex(m_library->retroList()->index(std::min(row, rows - 1), 0));
    }
    updateActions();
}

void RetroWindow::editTemplates()
{
    RetroTemplatesDialog dialog(m_library->retroTemplateModel(), this);
    dialog.exec();
}

void RetroWindow::nextPhase()
{
    if (m_document) {
        if (Status s = m_document->nextPhase(); !s) {
            showMessage(s.error());
        }
    }
}

void RetroWindow::previousPhase()
{
    if (m_document) {
        if (Status s = m_document->previousPhase(); !s) {
            showMessage(s.error());
        }
    }
}

QScreen* RetroWindow::presenterScreen() const
{
    if (m_presenterScreen) {
        return m_presenterScreen;
    }
    // Another screen than the facilitator's, when there is one.
    const QList<QScreen*> screens = QGuiApplication::screens();
    for (QScreen* screen : screens) {
        if (screen != this->screen()) {
            return screen;
        }
    }
    return this->screen() ? this->screen() : QGuiApplication::primaryScreen();
}

void RetroWindow::setPresenterScreen(QScreen* screen)
{
    m_presenterScreen = screen;
    if (m_presenter && screen) {
        m_presenter->showOn(screen);
    }
    updateScreensMenu();
}

void RetroWindow::updateScreensMenu()
{
    if (!m_screensMenu) {
        return;
    }
    m_screensMenu->clear();
    auto* group = new QActionGroup(m_screensMenu);
    const QList<QScreen*> screens = QGuiApplication::screens();
    QScreen* chosen = presenterScreen();
    for (int i = 0; i < screens.size(); ++i) {
        QScreen* screen = screens.at(i);
        const QRect geometry = screen->geometry();
        //: A screen in the presenter screen menu: "&2: HDMI-1 (1920×1080)".
        QAction* action = m_screensMenu->addAction(
            tr("&%1: %2 (%3×%4)").arg(i + 1).arg(screen->name()).arg(geometry.width()).arg(geometry.height()));
        action->setObjectName(QStringLiteral("presenterScreen%1Action").arg(i + 1));
        action->setCheckable(true);
        action->setChecked(screen == chosen);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, screen] { setPresenterScreen(screen); });
    }
}

void RetroWindow::startPresenter()
{
    if (!m_document) {
        m_presenterAction->setChecked(false);
        return;
    }
    if (!m_presenter) {
        m_presenter = new PresenterWindow(m_document);
        m_presenter->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_presenter, &QObject::destroyed, this, [this] { m_presenterAction->setChecked(false); });
    }
    m_presenter->showOn(presenterScreen());
    m_presenterAction->setChecked(true);
}

void RetroWindow::stopPresenter()
{
    if (m_presenter) {
        m_presenter->close();
    }
    m_presenterAction->setChecked(false);
}

void RetroWindow::closeEvent(QCloseEvent* event)
{
    stopPresenter();
    QMainWindow::closeEvent(event);
}
