#include "import/PostmortemImport.h"

#include "commands/ImportStoriesCommand.h"
#include "document/Library.h"
#include "storage/ImportStore.h"
#include "storage/StoryStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

// A file without an ending ("PM2022-009 - Bad AWS EKS AMI") is imported when it has a Markdown
// heading near its start; LICENSE, Makefile and the like have none.
bool looksLikeMarkdown(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    static const QRegularExpression heading(QStringLiteral("(?:^|\\n)#{1,6} \\S"));
    return heading.match(QString::fromUtf8(file.read(64 * 1024))).hasMatch();
}

} // namespace

QString ImportReport::text() const
{
    QStringList lines;
    for (const Imported& i : imported) {
        //: one line of an import report: file → story id, title, counts
        lines << QCoreApplication::translate("PostmortemImport",
                                             "imported %1 → #%2 %3 (%4 events, %5 lessons, %6 actions)")
                     .arg(QDir::toNativeSeparators(i.file))
                     .arg(i.storyId)
                     .arg(i.title)
                     .arg(i.events)
                     .arg(i.lessons)
                     .arg(i.actions);
        for (const QString& w : i.warnings) {
            lines << QStringLiteral("    ") + w;
        }
    }
    for (const Skipped& s : skipped) {
        lines << QCoreApplication::translate("PostmortemImport", "skipped %1: %2")
                     .arg(QDir::toNativeSeparators(s.file), s.reason);
    }
    //: the summary line of an import report
    lines << QCoreApplication::translate("PostmortemImport", "%1 imported, %2 skipped")
                     .arg(imported.size())
                     .arg(skipped.size()) +
                 (canceled ? QCoreApplication::translate("PostmortemImport", " (canceled)") : QString());
    return lines.join(u'\n');
}

PostmortemImport::PostmortemImport(Library& library)
    : m_library(library)
{
}

bool PostmortemImport::isImportable(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == QLatin1String("md") || suffix == QLatin1String("markdown") || suffix == QLatin1String("txt");
}

QStringList PostmortemImport::collect(const QStringList& paths, QList<ImportReport::Skipped>* skipped)
{
    QStringList files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            skipped->append({path, QCoreApplication::translate("PostmortemImport", "no such file or folder")});
        } else if (info.isDir()) {
            QStringList found;
            QDirIterator it(
                path, QDir::Files | QDir::NoDotAndDotDot | QDir::Readable | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                found << it.next();
            }
            std::sort(found.begin(), found.end());
            for (const QString& file : std::as_const(found)) {
                const QString name = QFileInfo(file).fileName();
                static const QRegularExpression projectFile(
                    QStringLiteral("^(readme|changelog|contributing|code_of_conduct|license|licence|copying)(\\..*)?$"),
                    QRegularExpression::CaseInsensitiveOption);
                if (projectFile.match(name).hasMatch()) {
                    // A folder of postmortems often has a README; it describes the folder, it is no story.
                    skipped->append({file,
                                     QCoreApplication::translate("PostmortemImport",
                                                                 "a README or licence file, not a postmortem (name "
                                                                 "it on its own to import it anyway)")});
                } else if (isImportable(file) || (QFileInfo(file).suffix().isEmpty() && looksLikeMarkdown(file))) {
                    files << file;
                } else if (!name.startsWith(u'.')) {
                    skipped->append(
                        {file,
                         QCoreApplication::translate(
                             "PostmortemImport",
                             "not a Markdown or text file (*.md, *.markdown, *.txt, or Markdown without an ending)")});
                }
            }
        } else {
            // A file named on purpose is read whatever its ending; binary files are refused later.
            files << path;
        }
    }
    return files;
}

ImportReport PostmortemImport::run(const QStringList& paths)
{
    ImportReport report;
    const QStringList files = collect(paths, &report.skipped);
    ImportStore store(m_library.database(), m_library.stories());
    QSet<QString> known;
    if (auto fingerprints = store.importedFingerprints()) {
        known = fingerprints.value();
    }
    QList<qint64> created;
    for (int i = 0; i < files.size(); ++i) {
        const QString& file = files[i];
        if (m_progress && !m_progress(i, static_cast<int>(files.size()), file)) {
            report.canceled = true;
            break;
        }
        PostmortemImporter::Outcome outcome = PostmortemImporter::readFile(file, m_options);
        if (!outcome.story) {
            report.skipped.append({file, outcome.skipReason});
            continue;
        }
        const ImportedStory& story = *outcome.story;
        if (known.contains(story.fingerprint)) {
            report.skipped.append({file, QCoreApplication::translate("PostmortemImport", "already imported")});
            continue;
        }
        auto id = store.insert(story);
        if (!id) {
            report.skipped.append(
                {file, QCoreApplication::translate("PostmortemImport", "could not be saved: %1").arg(id.error())});
            continue;
        }
        known.insert(story.fingerprint);
        created << *id;
        report.imported.append({file,
                                *id,
                                story.story.displayTitle(),
                                static_cast<int>(story.events.size()),
                                static_cast<int>(story.lessons.size()),
                                static_cast<int>(story.actions.size()),
                                story.warnings});
    }
    if (m_progress) {
        m_progress(static_cast<int>(files.size()), static_cast<int>(files.size()), QString());
    }
    if (m_undoable && !created.isEmpty()) {
        //: the undo step of an import; %n is the number of stories
        const QString text =
            QCoreApplication::translate("PostmortemImport", "Import %n stories", nullptr, int(created.size()));
        m_library.undoStack()->push(new ImportStoriesCommand(m_library.stories(), created, text));
    }
    return report;
}
