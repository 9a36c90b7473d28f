#pragma once

#include "import/PostmortemImporter.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class Library;
class QUndoCommand;

// What a batch import did, file by file.
struct ImportReport
{
    struct Imported
    {
        QString file;
        qint64 storyId = 0;
        QString title;
        int events = 0;
        int lessons = 0;
        int actions = 0;
        QStringList warnings;
    };
    struct Skipped
    {
        QString file;
        QString reason;
    };
    QList<Imported> imported;
    QList<Skipped> skipped;
    bool canceled = false;

    // One line a file and a summary, for a dialog or a terminal.
    QString text() const;
};

// Imports Markdown postmortems (files, and folders searched recursively for *.md, *.markdown and
// *.txt) into a library. Each file is written in one transaction (ImportStore): a file that fails
// leaves no partial story and the batch goes on. A file whose content was imported before (its
// fingerprint is in a story's Supporting information) is skipped as "already imported".
class PostmortemImport
{
public:
    explicit PostmortemImport(Library& library);

    void setOptions(const PostmortemImporter::Options& options) { m_options = options; }
    // Called before each file: (files done, files in all, the next file). Return false to stop.
    void setProgress(std::function<bool(int, int, const QString&)> progress) { m_progress = std::move(progress); }
    // Makes the import one step on the library's undo stack (undo removes every imported story).
    void setUndoable(bool undoable) { m_undoable = undoable; }

    ImportReport run(const QStringList& paths);

    // The files to import for `paths`, in order; what is left out goes to `skipped`.
    static QStringList collect(const QStringList& paths, QList<ImportReport::Skipped>* skipped);
    static bool isImportable(const QString& fileName);

private:
    Library& m_library;
    PostmortemImporter::Options m_options;
    std::function<bool(int, int, const QString&)> m_progress;
    bool m_undoable = false;
};
