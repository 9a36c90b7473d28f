#pragma once

#include <QObject>
#include <QString>

#include <optional>

class MainWindow;
class QAction;
class QMenu;

// File ▸ Export ▸ Markdown…, HTML… (the open story), JSON (whole library)… and File ▸ Import ▸
// Library from JSON… (merge). The writers live in the core (app/export); this only asks for the
// file and reports the result.
class FileExportActions : public QObject
{
    Q_OBJECT

public:
    explicit FileExportActions(MainWindow* window);

    // Adds the actions to the File menu's "Export" and "Import" submenus, made when missing. The
    // actions are enabled for what is open whenever one of the menus opens.
    void addTo(QMenu* fileMenu);

    // The same as the menu items, with the file already chosen. Return false on failure (shown).
    bool exportMarkdownTo(const QString& path);
    bool exportHtmlTo(const QString& path);
    bool exportJsonTo(const QString& path);
    bool importJsonFrom(const QString& path);
    // What the last import or export said (also shown in the status bar).
    QString lastMessage() const { return m_lastMessage; }

    // Tests: the next file dialog is not shown and answers `path` instead (empty: cancelled).
    static void setNextPathForTests(std::optional<QString> path);

    QAction* exportMarkdownAction() const { return m_markdown; }
    QAction* exportHtmlAction() const { return m_html; }
    QAction* exportJsonAction() const { return m_json; }
    QAction* importJsonAction() const { return m_import; }

private:
    void updateActions();
    QString saveFileName(const QString& title, const QString& suggested, const QString& filter);
    QString openFileName(const QString& title, const QString& filter);
    bool exportStory(const QString& path, bool html);
    void report(const QString& message);

    MainWindow* m_window;
    QAction* m_markdown;
    QAction* m_html;
    QAction* m_json;
    QAction* m_import;
    QString m_lastMessage;
    static std::optional<QString> s_nextPath;
};
