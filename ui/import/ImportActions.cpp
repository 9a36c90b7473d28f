#include "import/ImportActions.h"

#include "MainWindow.h"
#include "document/Library.h"
#include "import/ImportReportDialog.h"
#include "import/PostmortemImport.h"
#include "library/LibraryPane.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QMenu>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>

std::optional<QStringList> ImportActions::s_nextPaths;

namespace {

const char* const LastFolderKey = "import/lastFolder";

} // namespace

ImportActions::ImportActions(MainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_files(new QAction(tr("Markdown &Postmortems…"), this))
    , m_folder(new QAction(tr("Markdown &Folder…"), this))
{
    setObjectName(QStringLiteral("importActions"));
    m_files->setObjectName(QStringLiteral("importMarkdownAction"));
    m_files->setStatusTip(tr("Import postmortems written in Markdown as draft stories"));
    m_folder->setObjectName(QStringLiteral("importMarkdownFolderAction"));
    m_folder->setStatusTip(tr("Import every Markdown postmortem of a folder and its subfolders"));
    connect(m_files, &QAction::triggered, this, [this] {
        QStringList paths;
        if (s_nextPaths) {
            paths = *std::exchange(s_nextPaths, std::nullopt);
        } else {
            QSettings settings;
            paths = QFileDialog::getOpenFileNames(m_window,
                                                  tr("Import Markdown Postmortems"),
                                                  settings.value(QLatin1String(LastFolderKey)).toString(),
                                                  tr("Markdown and text files (*.md *.markdown *.txt);;All files (*)"));
        }
        if (!paths.isEmpty()) {
            QSettings().setValue(QLatin1String(LastFolderKey), QFileInfo(paths.first()).absolutePath());
            importPaths(paths);
        }
    });
    connect(m_folder, &QAction::triggered, this, [this] {
        QStringList paths;
        if (s_nextPaths) {
            paths = *std::exchange(s_nextPaths, std::nullopt);
        } else {
            QSettings settings;
            const QString folder = QFileDialog::getExistingDirectory(
                m_window, tr("Import Markdown Folder"), settings.value(QLatin1String(LastFolderKey)).toString());
            if (!folder.isEmpty()) {
                paths << folder;
            }
        }
        if (!paths.isEmpty()) {
            QSettings().setValue(QLatin1String(LastFolderKey), paths.first());
            importPaths(paths);
        }
    });
}

void ImportActions::addTo(QMenu* fileMenu)
{
    QMenu* importMenu = fileMenu->findChild<QMenu*>(QStringLiteral("importMenu"), Qt::FindDirectChildrenOnly);
    if (!importMenu) {
        importMenu = fileMenu->addMenu(tr("&Import"));
        importMenu->setObjectName(QStringLiteral("importMenu"));
    }
    QAction* first = importMenu->actions().value(0);
    importMenu->insertAction(first, m_files);
    importMenu->insertAction(first, m_folder);
    if (first) {
        importMenu->insertSeparator(first);
    }
    // Checked when a menu opens: the window has no library yet when its menus are made.
    connect(fileMenu, &QMenu::aboutToShow, this, &ImportActions::updateActions);
    connect(importMenu, &QMenu::aboutToShow, this, &ImportActions::updateActions);
}

void ImportActions::updateActions()
{
    Library* library = m_window->library();
    const bool writable = library && !library->isReadOnly();
    m_files->setEnabled(writable);
    m_folder->setEnabled(writable);
}

ImportReport ImportActions::importPaths(const QStringList& paths)
{
    Library* library = m_window->library();
    if (!library || library->isReadOnly()) {
        return {};
    }
    QProgressDialog progress(tr("Importing postmortems…"), tr("Cancel"), 0, 0, m_window);
    progress.setObjectName(QStringLiteral("importProgressDialog"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500); // shown only when the import takes a while
    PostmortemImport import(*library);
    import.setUndoable(true);
    import.setProgress([&progress](int done, int total, const QString& file) {
        progress.setMaximum(total);
    progress.setValue(done);
    if (!file.isEmpty()) {
        progress.setLabelText(tr("Importing %1…").arg(QFileInfo(file).fileName()));
    }
    // Keeps the window painting and the Cancel button working between files.
    QApplication::processEvents();
    return !progress.wasCanceled();
});
QApplication::setOverrideCursor(Qt::WaitCursor);
const ImportReport report = import.run(paths);
QApplication::restoreOverrideCursor();
progress.reset();
if (!report.imported.isEmpty()) {
    m_window->libraryPane()->clearFilters();
    m_window->libraryPane()->selectStory(report.imported.first().storyId);
}
//: in the status bar after an import
m_window->statusBar()->showMessage(tr("%1 imported, %2 skipped").arg(report.imported.size()).arg(report.skipped.size()),
                                   5000);
auto* dialog = new ImportReportDialog(report, m_window);
dialog->setAttribute(Qt::WA_DeleteOnClose);
dialog->open();
return report;
}

void ImportActions::setNextPathsForTests(std::optional<QStringList> paths)
{
    s_nextPaths = std::move(paths);
}
