#pragma once

#include <QObject>
#include <QStringList>

#include <optional>

class MainWindow;
class QAction;
class QMenu;
struct ImportReport;

// File ▸ Import ▸ Markdown Postmortems… (files) and Markdown Folder… (searched recursively): imports
// them as draft stories in one undoable step, shows a progress dialog for many files, then the
// report (ImportReportDialog) and selects the first imported story.
class ImportActions : public QObject
{
    Q_OBJECT

public:
    explicit ImportActions(MainWindow* window);

    // Adds the actions to the File menu's "Import" submenu (made when missing).
    void addTo(QMenu* fileMenu);
    // Imports `paths` (files and folders) into the window's library and shows the report.
    ImportReport importPaths(const QStringList& paths);

    QAction* importFilesAction() const { return m_files; }
    QAction* importFolderAction() const { return m_folder; }

    // Tests: the next file dialog returns these paths (empty list: canceled) without showing.
    static void setNextPathsForTests(std::optional<QStringList> paths);

private:
    void updateActions();

    MainWindow* m_window;
    QAction* m_files;
    QAction* m_folder;
    static std::optional<QStringList> s_nextPaths;
};
