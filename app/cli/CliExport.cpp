// kintsugi-cli export: stories as Markdown, HTML, PDF or JSON files.
#include "cli/Cli.h"

#include "document/Library.h"
#include "export/ExportFiles.h"
#include "export/HtmlExport.h"
#include "export/JsonExport.h"
#include "export/MarkdownExport.h"
#include "export/StoryBundle.h"
#include "export/StoryPdf.h"
#include "highlight/CodeHighlighterFactory.h"
#include "storage/StoryStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>

namespace {

// The library for reading only: an export never writes to the library, not even to upgrade it.
Result<std::unique_ptr<Library>> openForExport(const QString& path)
{
    if (!QFileInfo::exists(path)) {
        return Result<std::unique_ptr<Library>>::failure(
            //: %1 is a file name
            QCoreApplication::translate("Cli", "there is no library “%1”").arg(QDir::toNativeSeparators(path)));
    }
    return Library::open(path, LibraryDatabase::OpenMode::ReadOnly);
}

} // namespace

int Cli::exportCommand(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli",
        "Writes stories as files: Markdown, HTML or PDF one file a story (named ID-title.md …), JSON one file for "
        "the chosen stories with everything attached (see docs/json-format.md)."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QCoreApplication::translate("Cli", "md, html, json or pdf."),
                                    QStringLiteral("format"));
    const QCommandLineOption story(QStringLiteral("story"),
                                   QCoreApplication::translate("Cli", "The story with this id (see list)."),
                                   QStringLiteral("id"));
    const QCommandLineOption all(QStringLiteral("all"), QCoreApplication::translate("Cli", "Every story."));
    const QCommandLineOption output(
        QStringLiteral("output"),
        QCoreApplication::translate("Cli",
                                    "Where to write: a folder (created when missing) for several files; for one "
                                    "story or JSON a file name, or a folder to put the file in."),
        QStringLiteral("path"));
    parser.addOptions({format, story, all, output});
    if (auto exit = parseCommand(parser, QStringLiteral("export"), arguments)) {
        return *exit;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return fail(
            QCoreApplication::translate("Cli", "unexpected argument “%1”").arg(parser.positionalArguments().first()));
    }
    const QString kind = parser.value(format).toLower();
    const QStringList kinds = {
        QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("json"), QStringLiteral("pdf")};
    if (!kinds.contains(kind)) {
        return fail(parser.isSet(format)
                        ? QCoreApplication::translate("Cli", "unknown format “%1”; use md, html, json or pdf")
                              .arg(parser.value(format))
                        : QCoreApplication::translate("Cli", "export needs --format md|html|json|pdf"));
    }
    if (parser.isSet(story) == parser.isSet(all)) {
        return fail(QCoreApplication::translate("Cli", "export needs either --story ID or --all"));
    }
    if (!parser.isSet(output) || parser.value(output).isEmpty()) {
        return fail(QCoreApplication::translate("Cli", "export needs --output PATH"));
    }
    qint64 storyId = 0;
    if (parser.isSet(story)) {
        bool ok = false;
        storyId = parser.value(story).toLongLong(&ok);
        if (!ok || storyId <= 0) {
            return fail(QCoreApplication::translate("Cli", "“%1” is no story id").arg(parser.value(story)));
        }
    }
    if (kind == QLatin1String("pdf") && !qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        return fail(QCoreApplication::translate("Cli", "PDF export is not available in this build of kintsugi-cli"));
    }

    auto opened = openForExport(path);
    if (!opened) {
        return fail(opened.error());
    }
    Library& library = *opened.value();
    QList<qint64> ids;
    if (storyId > 0) {
        if (auto loaded = library.stories().load(storyId); !loaded) {
            return fail(loaded.error());
        }
        ids << storyId;
    } else {
        auto summaries = library.stories().summaries();
        if (!summaries) {
            return fail(summaries.error());
        }
        for (const StorySummary& summary : summaries.value()) {
            ids << summary.id;
        }
        std::sort(ids.begin(), ids.end());
    }

    const QString target = parser.value(output);
    const bool targetIsDir = QFileInfo(target).isDir() || target.endsWith(QLatin1Char('/')) ||
                             (storyId == 0 && kind != QLatin1String("json"));
    if (targetIsDir && !QDir().mkpath(target)) {
        return fail(
            QCoreApplication::translate("Cli", "cannot create the folder “%1”").arg(QDir::toNativeSeparators(target)));
    }

    if (kind == QLatin1String("json")) {
        JsonExport::Options options;
        // Empty: every story of the library.
        options.storyIds = storyId > 0 ? QList<qint64> {storyId} : QList<qint64>();
        auto json = JsonExport::library(library, options);
        if (!json) {
            return fail(json.error());
        }
        const QString file = targetIsDir ? QDir(target).filePath(QStringLiteral("kintsugi-library.json")) : target;
        if (Status s = ExportFiles::write(file, json.value()); !s) {
            return fail(s.error());
        }
        m_out << QDir::toNativeSeparators(file) << Qt::endl;
        return 0;
    }

    auto categories = StoryBundles::categories(library);
    if (!categories) {
        return fail(categories.error());
    }
    int written = 0;
    int failed = 0;
    for (qint64 id : std::as_const(ids)) {
        auto bundle = StoryBundles::load(library, id);
        Status s = bundle ? Status() : Status::failure(bundle.error());
        QString file;
        if (s) {
            file = targetIsDir ? QDir(target).filePath(ExportFiles::fileName(bundle->story, kind)) : target;
            if (kind == QLatin1String("md")) {
                s = ExportFiles::write(file, MarkdownExport::story(bundle.value(), categories.value()).toUtf8());
            } else if (kind == QLatin1String("html")) {
                s = ExportFiles::write(
                    file,
                    HtmlExport::story(bundle.value(), categories.value(), CodeHighlighterFactory::shared()).toUtf8());
            } else {
                s = StoryPdf::write(bundle.value(), categories.value(), file);
            }
        }
        if (!s) {
            //: %1 is a story id, %2 the reason it was not exported
            m_err << "kintsugi-cli: "
                  << QCoreApplication::translate("Cli", "story %1 skipped: %2").arg(id).arg(s.error()) << Qt::endl;
            ++failed;
            continue;
        }
        m_out << QDir::toNativeSeparators(file) << '\n';
        ++written;
    }
    m_out.flush();
    if (failed > 0) {
        return written > 0 ? 1 : 2;
    }
    return 0;
}
