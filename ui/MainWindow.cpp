#include "MainWindow.h"

#include "AboutDialog.h"
#include "CoachRulesDialog.h"
#include "MessageBox.h"
#include "analysis/OpenActionsDock.h"
#include "document/Library.h"
#include "document/StoryDocument.h"
#include "export/FileExportActions.h"
#include "export/PrintActions.h"
#include "import/ImportActions.h"
#include "library/LibraryPane.h"
#include "models/CoachRulesModel.h"
#include "models/StoryFilterProxyModel.h"
#include "models/StoryListModel.h"
#include "retro/RetroWindow.h"
#include "storage/StoryStore.h"
#include "story/StoryEditor.h"
#include "util/AppInfo.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString SplitterKey = QStringLiteral("window/splitter");
const QString RecentKey = QStringLiteral("library/recent");
const QString LastKey = QStringLiteral("library/last");
constexpr int StatusMessageMs = 8000;
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_libraryPane(new LibraryPane(m_splitter))
    , m_editor(new StoryEditor(m_splitter))
    , m_banner(new QLabel(this))
    , m_countLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/kintsugi.svg")));
    setWindowTitle(tr("Kintsugi"));

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setText(tr("This library is read-only. You can read and search it, but not change it."));
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3cd; color: #664d03; padding: 6px 10px; border-bottom: 1px solid "
                       "#e0c060; font-weight: bold; }"));
    m_banner->setVisible(false);
    layout->addWidget(m_banner);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_libraryPane);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({460, 740});
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_countLabel->setObjectName(QStringLiteral("storyCountLabel"));
    statusBar()->addPermanentWidget(m_countLabel);

    createActions();
    createMenus();
    OpenActionsDock::install(this);
    restoreSettings();

    connect(m_libraryPane, &LibraryPane::currentStoryChanged, this, &MainWindow::showStory);
    connect(m_libraryPane, &LibraryPane::message, this, &MainWindow::showError);
    connect(qApp, &QApplication::focusChanged, this, &MainWindow::onFocusChanged);
    updateActions();
}

MainWindow::~MainWindow()
{
    disconnect(qApp, &QApplication::focusChanged, this, &MainWindow::onFocusChanged);
    delete findChild<RetroWindow*>(QString(), Qt::FindDirectChildrenOnly);
    m_editor->setDocument(nullptr);
    m_libraryPane->setModels(nullptr, nullptr, nullptr);
    OpenActionsDock::of(this)->setLibrary(nullptr);
}

void MainWindow::createActions()
{
    m_newLibraryAction = new QAction(tr("&New Library…"), this);
    m_newLibraryAction->setObjectName(QStringLiteral("newLibraryAction"));
    m_newLibraryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newLibraryAction, &QAction::triggered, this, &MainWindow::newLibrary);

    m_openLibraryAction = new QAction(tr("&Open Library…"), this);
    m_openLibraryAction->setObjectName(QStringLiteral("openLibraryAction"));
    m_openLibraryAction->setShortcut(QKeySequence::Open);
    connect(m_openLibraryAction, &QAction::triggered, this, &MainWindow::openLibraryDialog);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = new QAction(tr("&Undo"), this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcuts(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, this, &MainWindow::undo);
    m_redoAction = new QAction(tr("&Redo"), this);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcuts(QKeySequence::Redo);
    connect(m_redoAction, &QAction::triggered, this, &MainWindow::redo);

    m_findAction = new QAction(tr("&Find…"), this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, m_libraryPane, &LibraryPane::focusSearch);

    m_newStoryAction = new QAction(tr("&New Story"), this);
    m_newStoryAction->setObjectName(QStringLiteral("newStoryAction"));
    m_newStoryAction->setShortcut(QKeySequence::New);
    connect(m_newStoryAction, &QAction::triggered, this, &MainWindow::newStory);

    m_duplicateAction = new QAction(tr("D&uplicate Story"), this);
    m_duplicateAction->setObjectName(QStringLiteral("duplicateStoryAction"));
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_duplicateAction, &QAction::triggered, this, &MainWindow::duplicateStory);

    // Delete acts on the list only: in a text field the key deletes characters.
    m_deleteAction = new QAction(tr("&Delete Story…"), m_libraryPane->view());
    m_deleteAction->setObjectName(QStringLiteral("deleteStoryAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_libraryPane->view()->addAction(m_deleteAction);
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteStory);

    m_aboutAction = new QAction(tr("&About Kintsugi"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newLibraryAction);
    file->addAction(m_openLibraryAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    // File ▸ Export ▸ Markdown, HTML, JSON and File ▸ Import ▸ Library from JSON.
    (new FileExportActions(this))->addTo(file);
    // File ▸ Import ▸ Markdown Postmortems…, Markdown Folder….
    (new ImportActions(this))->addTo(file);
    // File ▸ Print…, Print Preview…, Page Setup…, Export PDF…, Export Handbook….
    (new PrintActions(this))->addTo(file);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addSeparator();
    // The blameless-language coach's rules for this library.
    QAction* coachRules = edit->addAction(tr("&Coach Rules…"));
    coachRules->setObjectName(QStringLiteral("coachRulesAction"));
    connect(coachRules, &QAction::triggered, this, [this] {
        if (m_library) {
            auto* dialog = new CoachRulesDialog(new CoachRulesModel(m_library->coachSettings()), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        }
    });

    QMenu* story = menuBar()->addMenu(tr("&Story"));
    story->addAction(m_newStoryAction);
    story->addAction(m_duplicateAction);
    story->addAction(m_deleteAction);

    // Retrospectives run in a window of their own, which belongs to the open library.
    QMenu* retro = menuBar()->addMenu(tr("&Retro"));
    QAction* retrospectives = retro->addAction(tr("&Retrospectives…"));
    retrospectives->setObjectName(QStringLiteral("retrospectivesAction"));
    retrospectives->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(retrospectives, &QAction::triggered, this, [this] {
        if (!m_library) {
            return;
        }
        auto* window = findChild<RetroWindow*>(QString(), Qt::FindDirectChildrenOnly);
        if (!window) {
            window = new RetroWindow(m_library.get(), m_model, this);
        }
        window->show();
        window->raise();
        window->activateWindow();
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
    updateRecentMenu();
}

bool MainWindow::openLibrary(const QString& path, bool sampleIfNew)
{
    m_editor->flushPendingEdits();
    auto opened = Library::open(path);
    if (!opened) {
        MessageBox::critical(this, tr("Cannot open library"), opened.error());
        statusBar()->showMessage(opened.error(), StatusMessageMs);
        return false;
    }
    std::unique_ptr<Library> library = std::move(opened).value();
    if (library->database().isNew() && sampleIfNew) {
        if (auto sample = library->addSampleStory(); !sample) {
            statusBar()->showMessage(sample.error(), StatusMessageMs);
        }
    }

    m_editor->setDocument(nullptr);
    // The retrospectives window belongs to the library that is closing.
    delete findChild<RetroWindow*>(QString(), Qt::FindDirectChildrenOnly);
    m_libraryPane->setModels(nullptr, nullptr, nullptr);
    OpenActionsDock::of(this)->setLibrary(nullptr);
    delete m_proxy;
    delete m_model;
    m_library = std::move(library);

    StoryStore& store = m_library->stories();
    m_model = new StoryListModel(store, this);
    if (!m_model->lastError().isEmpty()) {
        showError(m_model->lastError());
    }
    m_proxy = new StoryFilterProxyModel(store, this);
    m_libraryPane->setModels(&store, m_model, m_proxy);
    OpenActionsDock::of(this)->setLibrary(m_library.get());
    connect(&store, &StoryStore::writeFailed, this, &MainWindow::showError);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatusCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatusCount);
    QUndoGroup* group = m_library->undoGroup();
    connect(group, &QUndoGroup::canUndoChanged, this, &MainWindow::updateUndoActions);
    connect(group, &QUndoGroup::canRedoChanged, this, &MainWindow::updateUndoActions);
    connect(group, &QUndoGroup::undoTextChanged, this, &MainWindow::updateUndoActions);
    connect(group, &QUndoGroup::redoTextChanged, this, &MainWindow::updateUndoActions);
    connect(group, &QUndoGroup::activeStackChanged, this, &MainWindow::updateUndoActions);

    const bool readOnly = m_library->isReadOnly();
    m_banner->setVisible(readOnly);
    m_editor->setReadOnly(readOnly);
    const QString name = QFileInfo(m_library->path()).fileName();
    setWindowTitle(readOnly ? tr("%1 [read-only] — Kintsugi").arg(name) : tr("%1 — Kintsugi").arg(name));
    setWindowFilePath(m_library->path());

    addRecentLibrary(m_library->path());
    QSettings().setValue(LastKey, m_library->path());
    updateStatusCount();
    updateActions();
    updateUndoActions();

    const QModelIndex first = m_proxy->index(0, 0);
    if (first.isValid()) {
        m_libraryPane->view()->setCurrentIndex(first);
    }
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_library->path())), StatusMessageMs);
    return true;
}

void MainWindow::showStory(qint64 id)
{
    if (!m_library) {
        return;
    }
    if (m_editor->document() && m_editor->document()->id() == id) {
        return;
    }
    m_editor->flushPendingEdits();
    if (id == 0) {
        m_editor->setDocument(nullptr);
        updateActions();
        return;
    }
    QString error;
    StoryDocument* document = m_library->document(id, &error);
    if (!document) {
        showError(error);
    }
    m_editor->setDocument(document);
    updateActions();
}

void MainWindow::onFocusChanged(QWidget*, QWidget* now)
{
    if (!m_library || !now) {
        return;
    }
    QUndoGroup* group = m_library->undoGroup();
    if (m_editor->isAncestorOf(now) && m_editor->document()) {
        group->setActiveStack(m_editor->document()->undoStack());
    } else if (m_libraryPane->isAncestorOf(now)) {
        group->setActiveStack(m_library->undoStack());
    }
}

void MainWindow::undo()
{
    if (!m_library) {
        return;
    }
    m_editor->flushPendingEdits();
    m_library->undoGroup()->undo();
}

void MainWindow::redo()
{
    if (!m_library) {
        return;
    }
    m_editor->flushPendingEdits();
    m_library->undoGroup()->redo();
}

void MainWindow::newStory()
{
    if (!m_library || m_library->isReadOnly()) {
        return;
    }
    m_editor->flushPendingEdits();
    Story story;
    story.kind = StoryKind::Postmortem;
    auto id = m_library->createStory(story);
    if (!id) {
        return; // the store reported why
    }
    m_libraryPane->selectStory(*id);
    showStory(*id);
    m_editor->focusTitle();
    if (m_editor->document()) {
        m_library->undoGroup()->setActiveStack(m_editor->document()->undoStack());
    }
}

void MainWindow::duplicateStory()
{
    const qint64 id = m_libraryPane->currentStoryId();
    if (!m_library || m_library->isReadOnly() || id == 0) {
        return;
    }
    m_editor->flushPendingEdits();
    auto copy = m_library->duplicateStory(id);
    if (!copy) {
        showError(copy.error());
        return;
    }
    m_libraryPane->selectStory(*copy);
    m_libraryPane->view()->setFocus();
    statusBar()->showMessage(tr("Story duplicated."), StatusMessageMs);
}

void MainWindow::deleteStory()
{
    const qint64 id = m_libraryPane->currentStoryId();
    if (!m_library || m_library->isReadOnly() || id == 0) {
        return;
    }
    m_editor->flushPendingEdits();
    const QString title =
        m_libraryPane->view()->currentIndex().siblingAtColumn(StoryListModel::TitleColumn).data().toString();
    const auto answer = MessageBox::question(this,
                                             tr("Delete story"),
                                             tr("Delete “%1”? You can bring it back with Edit ▸ Undo.").arg(title),
                                             QMessageBox::Yes | QMessageBox::Cancel,
                                             QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        return;
    }
    const int row = m_libraryPane->view()->currentIndex().row();
    m_editor->setDocument(nullptr);
    if (Status s = m_library->deleteStory(id); !s) {
        showError(s.error());
        showStory(id);
        return;
    }
    const int rows = m_proxy->rowCount();
    if (rows > 0) {
        m_libraryPane->view()->setCurrentIndex(m_proxy->index(qMin(row, rows - 1), 0));
    }
    m_libraryPane->view()->setFocus();
    m_library->undoGroup()->setActiveStack(m_library->undoStack());
    statusBar()->showMessage(tr("Story deleted. Edit ▸ Undo brings it back."), StatusMessageMs);
}

void MainWindow::newLibrary()
{
    const QString start = m_library ? QFileInfo(m_library->path()).absolutePath() : QDir::homePath();
    QString path = QFileDialog::getSaveFileName(
        this, tr("New Library"), start, tr("Kintsugi libraries (*.kintsugi);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".") + QLatin1String(AppInfo::LibrarySuffix);
    }
    if (m_library && QFileInfo(path).absoluteFilePath() == m_library->path()) {
        MessageBox::warning(this, tr("New Library"), tr("This library is open. Choose another file name."));
        return;
    }
    if (QFileInfo::exists(path)) {
        // The file dialog asked before replacing; the old file goes to the trash, not away.
        QFile old(path);
        if (!old.moveToTrash()) {
            MessageBox::critical(this,
                                 tr("New Library"),
                                 tr("“%1” exists and could not be moved to the trash: %2")
                                     .arg(QDir::toNativeSeparators(path), old.errorString()));
            return;
        }
    }
    openLibrary(path, false);
}

void MainWindow::openLibraryDialog()
{
    const QString start = m_library ? QFileInfo(m_library->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Library"), start, tr("Kintsugi libraries (*.kintsugi);;All files (*)"));
    if (!path.isEmpty()) {
        openLibrary(path, false);
    }
}

void MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::updateActions()
{
    const bool writable = m_library && !m_library->isReadOnly();
    const bool hasStory = m_libraryPane->currentStoryId() != 0;
    m_newStoryAction->setEnabled(writable);
    m_duplicateAction->setEnabled(writable && hasStory);
    m_deleteAction->setEnabled(writable && hasStory);
}

void MainWindow::updateUndoActions()
{
    QUndoGroup* group = m_library ? m_library->undoGroup() : nullptr;
    const bool canUndo = group && group->canUndo();
    const bool canRedo = group && group->canRedo();
    m_undoAction->setEnabled(canUndo);
    m_redoAction->setEnabled(canRedo);
    //: %1 describes the change, e.g. "Typing in Summary"
    m_undoAction->setText(canUndo ? tr("&Undo %1").arg(group->undoText()) : tr("&Undo"));
    //: %1 describes the change, e.g. "Typing in Summary"
    m_redoAction->setText(canRedo ? tr("&Redo %1").arg(group->redoText()) : tr("&Redo"));
}

void MainWindow::updateStatusCount()
{
    const int count = m_model ? m_model->rowCount() : 0;
    m_countLabel->setText(count == 1 ? tr("1 story") : tr("%1 stories").arg(count));
    updateActions();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(RecentKey).toStringList();
    for (const QString& path : recent) {
        QAction* action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openLibrary(path, false); });
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
    }
    QAction* clear = m_recentMenu->addAction(tr("&Clear Menu"));
    clear->setEnabled(!recent.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        QSettings().remove(RecentKey);
        updateRecentMenu();
    });
}

void MainWindow::addRecentLibrary(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(RecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecentLibraries) {
        recent.removeLast();
    }
    settings.setValue(RecentKey, recent);
    updateRecentMenu();
}

void MainWindow::showError(const QString& text)
{
    statusBar()->showMessage(text, 0);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        resize(1200, 760);
    }
    restoreState(settings.value(StateKey).toByteArray());
    m_splitter->restoreState(settings.value(SplitterKey).toByteArray());
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(SplitterKey, m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_editor->flushPendingEdits();
    if (m_editor->hasPendingEdits()) {
        const auto answer = MessageBox::question(this,
                                                 tr("Unsaved typing"),
                                                 tr("Some of your latest typing could not be saved (see the status "
                                                    "bar). Close anyway and lose it?"),
                                                 QMessageBox::Close | QMessageBox::Cancel,
                                                 QMessageBox::Cancel);
        if (answer != QMessageBox::Close) {
            event->ignore();
            return;
        }
    }
    saveSettings();
    event->accept();
}
