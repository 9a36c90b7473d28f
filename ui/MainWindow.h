#pragma once

#include <QMainWindow>

#include <memory>

class Library;
class LibraryPane;
class QAction;
class QLabel;
class QMenu;
class QSplitter;
class StoryEditor;
class StoryFilterProxyModel;
class StoryListModel;

// The Kintsugi main window: the library (search, filters, list) beside the story editor.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the library at `path` (creating it when missing). A library created this way gets the
    // sample story when `sampleIfNew` is set. On failure the current library stays open and the
    // error is shown; returns false.
    bool openLibrary(const QString& path, bool sampleIfNew = false);
    Library* library() const { return m_library.get(); }
    StoryEditor* storyEditor() const { return m_editor; }
    LibraryPane* libraryPane() const { return m_libraryPane; }

    static constexpr int MaxRecentLibraries = 8;

public slots:
    void newStory();
    void duplicateStory();
    void deleteStory();
    void undo();
    void redo();
    void newLibrary();
    void openLibraryDialog();
    void showAbout();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void showStory(qint64 id);
    void updateActions();
    void updateUndoActions();
    void updateStatusCount();
    void updateRecentMenu();
    void addRecentLibrary(const QString& path);
    void onFocusChanged(QWidget* old, QWidget* now);
    void showError(const QString& text);
    void restoreSettings();
    void saveSettings();

    std::unique_ptr<Library> m_library;
    StoryListModel* m_model = nullptr;
    StoryFilterProxyModel* m_proxy = nullptr;

    QSplitter* m_splitter;
    LibraryPane* m_libraryPane;
    StoryEditor* m_editor;
    QLabel* m_banner;
    QLabel* m_countLabel;

    QAction* m_newLibraryAction = nullptr;
    QAction* m_openLibraryAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_newStoryAction = nullptr;
    QAction* m_duplicateAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
    QMenu* m_recentMenu = nullptr;
};
