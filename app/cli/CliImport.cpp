#include "cli/Cli.h"

#include "document/Library.h"
#include "export/JsonImport.h"
#include "import/PostmortemImport.h"
#include "storage/ActionStore.h"
#include "storage/LessonStore.h"
#include "storage/StoryStore.h"
#include "storage/TimelineStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

int Cli::importCommand(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli",
        "Imports Markdown postmortems (Google SRE template, Atlassian- and PagerDuty-style headings, YAML front "
        "matter) as new draft stories, one line a file and a summary. Folders are searched for *.md, *.markdown "
        "and *.txt; a *.json file named here is read as a Kintsugi library export. A file imported before is "
        "skipped. Exit code 0: all imported, 1: some skipped, 2: error."));
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 QCoreApplication::translate("Cli", "Markdown files, folders or JSON files"),
                                 QStringLiteral("FILE|DIR..."));
    if (auto exit = parseCommand(parser, QStringLiteral("import"), arguments)) {
        return *exit;
    }
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        return fail(QCoreApplication::translate("Cli", "import: no file or folder given; try import --help"));
    }
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir()) {
        return fail(QCoreApplication::translate("Cli", "no such folder for the library: %1")
                        .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    }
    auto opened = Library::open(path);
    if (!opened) {
        return fail(opened.error());
    }
    Library& library = *opened.value();
    if (library.isReadOnly()) {
        return fail(QCoreApplication::translate("Cli", "the library is read-only: %1")
                        .arg(QDir::toNativeSeparators(library.path())));
    }
    QStringList markdown;
    QStringList json;
    for (const QString& p : paths) {
        const QFileInfo info(p);
        (info.isFile() && info.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0 ? json : markdown)
            << p;
    }
    ImportReport report = PostmortemImport(library).run(markdown);
    for (const QString& file : std::as_const(json)) {
        auto result = JsonImport::importFile(library, file);
        if (!result) {
            report.skipped.append({file, result.error()});
            continue;
        }
        for (qint64 id : result->addedIds) {
            auto summary = library.stories().summary(id);
            auto events = library.timeline().count(id);
            auto lessons = library.lessons().lessons(id);
            auto actions = library.actions().actions(id);
            report.imported.append({file,
                                    id,
                                    summary ? summary->title : QString(),
                                    events ? *events : 0,
                                    lessons ? static_cast<int>(lessons->size()) : 0,
                                    actions ? static_cast<int>(actions->size()) : 0,
                                    {}});
        }
        for (const QString& line : result->skipped) {
            report.skipped.append({file, line});
        }
    }
    // Warnings go to stderr; the report (one line a file and the summary) to stdout.
    for (const ImportReport::Imported& i : std::as_const(report.imported)) {
        for (const QString& w : i.warnings) {
            m_err << "kintsugi-cli: " << QDir::toNativeSeparators(i.file) << ": " << w << Qt::endl;
        }
    }
    ImportReport lines = report;
    for (ImportReport::Imported& i : lines.imported) {
        i.warnings.clear();
    }
    m_out << lines.text() << Qt::endl;
    return report.skipped.isEmpty() ? 0 : 1;
}
