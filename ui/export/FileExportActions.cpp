#include "export/FileExportActions.h"

#include "MainWindow.h"
#include "MessageBox.h"
#include "document/Library.h"
#include "document/StoryDocument.h"
#include "export/ExportFiles.h"
#include "export/HtmlExport.h"
#include "export/JsonExport.h"
#include "export/JsonImport.h"
#include "export/MarkdownExport.h"
#include "export/StoryBundle.h"
#include "highlight/CodeHighlighterFactory.h"
#include "story/StoryEditor.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QStandardPaths>
#include <QStatusBar>

std::optional<QString> FileExportActions::s_nextPath;

namespace {
constexpr int StatusMessageMs = 8000;

QMenu* submenu(QMenu* parent, const QString& objectName, const QString& title)
{
    if (auto* existing = parent->findChild<QMenu*>(objectName, Qt::FindDirectChildrenOnly)) {
        return existing;
    }
    QMenu* menu = parent->addMenu(title);
    menu->setObjectName(objectName);
    return menu;
}
} // namespace

FileExportActions::FileExportActions(MainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_markdown(new QAction(tr("&Markdown…"), this))
    , m_html(new QAction(tr("&HTML…"), this))
    , m_json(new QAction(tr("&JSON (Whole Library)…"), this))
    , m_import(new QAction(tr("Library from &JSON…"), this))
{
    setObjectName(QStringLiteral("fileExportActions"));
    m_markdown->setObjectName(QStringLiteral("exportMarkdownAction"));
    m_markdown->setStatusTip(tr("Save the open story as a Markdown file"));
    m_html->setObjectName(QStringLiteral("exportHtmlAction"));
    m_html->setStatusTip(tr("Save the open story as one self-contained web page"));
    m_json->setObjectName(QStringLiteral("exportJsonAction"));
    m_json->setStatusTip(tr("Save every story with everything attached as one JSON file"));
    m_import->setObjectName(QStringLiteral("importJsonAction"));
    m_import->setStatusTip(tr("Add the stories of a JSON library export to this library"));

    connect(m_markdown, &QAction::triggered, this, [this] {
        StoryDocument* document = m_window->storyEditor()->document();
        if (!document) {
            return;
        }
        const QString path = saveFileName(tr("Export Story as Markdown"),
                                          ExportFiles::fileName(document->story(), QStringLiteral("md")),
                                          tr("Markdown files (*.md);;All files (*)"));
        if (!path.isEmpty()) {
            exportMarkdownTo(path);
        }
    });
    connect(m_html, &QAction::triggered, this, [this] {
        StoryDocument* document = m_window->storyEditor()->document();
        if (!document) {
            return;
        }
        const QString path = saveFileName(tr("Export Story as HTML"),
                                          ExportFiles::fileName(document->story(), QStringLiteral("html")),
                                          tr("Web pages (*.html);;All files (*)"));
        if (!path.isEmpty()) {
            exportHtmlTo(path);
        }
    });
    connect(m_json, &QAction::triggered, this, [this] {
        //: default file name of a library export
        const QString path = saveFileName(
            tr("Export Library as JSON"), tr("kintsugi-library") + QStringLiteral(".json"), tr("JSON files (*.json)"));
        if (!path.isEmpty()) {
            exportJsonTo(path);
        }
    });
    connect(m_import, &QAction::triggered, this, [this] {
        const QString path = openFileName(tr("Import Library from JSON"), tr("JSON files (*.json);;All files (*)"));
        if (!path.isEmpty()) {
            importJsonFrom(path);
        }
    });
}

void FileExportActions::setNextPathForTests(std::optional<QString> path)
{
    s_nextPath = std::move(path);
}

void FileExportActions::addTo(QMenu* fileMenu)
{
    QMenu* exportMenu = submenu(fileMenu, QStringLiteral("exportMenu"), tr("&Export"));
    exportMenu->addAction(m_markdown);
    exportMenu->addAction(m_html);
    exportMenu->addAction(m_json);
    QMenu* importMenu = submenu(fileMenu, QStringLiteral("importMenu"), tr("&Import"));
    importMenu->addAction(m_import);
    connect(fileMenu, &QMenu::aboutToShow, this, &FileExportActions::updateActions);
    connect(exportMenu, &QMenu::aboutToShow, this, &FileExportActions::updateActions);
    connect(importMenu, &QMenu::aboutToShow, this, &FileExportActions::updateActions);
}

void FileExportActions::updateActions()
{
    Library* library = m_window->library();
    const bool story = library && m_window->storyEditor()->document();
    m_markdown->setEnabled(story);
    m_html->setEnabled(story);
    m_json->setEnabled(library);
    m_import->setEnabled(library && !library->isReadOnly());
}

QString FileExportActions::saveFileName(const QString& title, const QString& suggested, const QString& filter)
{
    if (s_nextPath) {
        return *std::exchange(s_nextPath, std::nullopt);
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(m_window, title, QDir(dir).filePath(suggested), filter);
}

QString FileExportActions::openFileName(const QString& title, const QString& filter)
{
    if (s_nextPath) {
        return *std::exchange(s_nextPath, std::nullopt);
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getOpenFileName(m_window, title, dir, filter);
}

void FileExportActions::report(const QString& message)
{
    m_lastMessage = message;
    m_window->statusBar()->showMessage(message, StatusMessageMs);
}

bool FileExportActions::exportStory(const QString& path, bool html)
{
    Library* library = m_window->library();
    StoryDocument* document = m_window->storyEditor()->document();
    if (!library || !document) {
        return false;
    }
    m_window->storyEditor()->flushPendingEdits();
    auto bundle = StoryBundles::load(*library, document->id());
    auto categories = StoryBundles::categories(*library);
    Status s =
        !bundle ? Status::failure(bundle.error()) : (!categories ? Status::failure(categories.error()) : Status());
    if (s) {
        const QString text =
            html ? HtmlExport::story(bundle.value(), categories.value(), CodeHighlighterFactory::shared())
                 : MarkdownExport::story(bundle.value(), categories.value());
        s = ExportFiles::write(path, text.toUtf8());
    }
    if (!s) {
        report(s.error());
        MessageBox::critical(m_window, tr("Export Failed"), s.error());
        return false;
    }
    //: %1 is a file name
    report(tr("Exported to “%1”.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool FileExportActions::exportMarkdownTo(const QString& path)
{
    return exportStory(path, false);
}

bool FileExportActions::exportHtmlTo(const QString& path)
{
    return exportStory(path, true);
}

bool FileExportActions::exportJsonTo(const QString& path)
{
    Library* library = m_window->library();
    if (!library) {
        return false;
    }
    m_window->storyEditor()->flushPendingEdits();
    auto json = JsonExport::library(*library);
    Status s = json ? ExportFiles::write(path, json.value()) : Status::failure(json.error());
    if (!s) {
        report(s.error());
        MessageBox::critical(m_window, tr("Export Failed"), s.error());
        return false;
    }
    report(tr("Exported to “%1”.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool FileExportActions::importJsonFrom(const QString& path)
{
    Library* library = m_window->library();
    if (!library) {
        return false;
    }
    m_window->storyEditor()->flushPendingEdits();
    auto imported = JsonImport::importFile(*library, path);
    if (!imported) {
        report(imported.error());
        MessageBox::critical(m_window, tr("Import Failed"), imported.error());
        return false;
    }
    //: %n is the number of stories added to the library
    QString message = tr("%n story(s) imported.", nullptr, int(imported->addedIds.size()));
    if (!imported->skipped.isEmpty()) {
        //: %n is the number of stories skipped because the library has them already
        message += QLatin1Char(' ') +
                   tr("%n story(s) skipped: already in the library.", nullptr, int(imported->skipped.size()));
        report(message);
        MessageBox::warning(m_window,
                            tr("Import from JSON"),
                            message + QStringLiteral("\n\n") + imported->skipped.join(QLatin1Char('\n')));
        return true;
    }
    report(message);
    return true;
}
