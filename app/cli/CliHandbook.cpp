// kintsugi-cli handbook: the failure handbook as one PDF book.
#include "cli/Cli.h"

#include "document/Library.h"
#include "export/Handbook.h"
#include "export/StoryBundle.h"
#include "storage/StoryStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>

int Cli::handbookCommand(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli",
        "Compiles the failure handbook: a cover, the contents with page numbers, one chapter a story (oldest "
        "first) and a hall of fame when stories have awards. Exit code 1 when a story had to be left out."));
    const QCommandLineOption output(
        QStringLiteral("output"), QCoreApplication::translate("Cli", "The PDF file to write."), QStringLiteral("file"));
    const QCommandLineOption status(
        QStringLiteral("status"),
        QCoreApplication::translate("Cli", "published (default): published stories only; all: every story."),
        QStringLiteral("status"));
    const QCommandLineOption tag(
        QStringLiteral("tag"),
        QCoreApplication::translate("Cli", "Only stories with this tag (repeatable: any of them)."),
        QStringLiteral("tag"));
    const QCommandLineOption title(QStringLiteral("title"),
                                   QCoreApplication::translate("Cli", "The book's title (default: Failure handbook)."),
                                   QStringLiteral("text"));
    const QCommandLineOption organisation(QStringLiteral("organisation"),
                                          QCoreApplication::translate("Cli", "The organisation named on the cover."),
                                          QStringLiteral("text"));
    const QCommandLineOption logo(
        QStringLiteral("logo"), QCoreApplication::translate("Cli", "An image for the cover."), QStringLiteral("file"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"),
                                      QCoreApplication::translate("Cli", "a4 or letter (default: from the locale)."),
                                      QStringLiteral("size"));
    const QCommandLineOption anonymize(
        QStringLiteral("anonymize"),
        QCoreApplication::translate("Cli", "Replace the names of the people involved by their roles."));
    parser.addOptions({output, status, tag, title, organisation, logo, pageSize, anonymize});
    if (auto exit = parseCommand(parser, QStringLiteral("handbook"), arguments)) {
        return *exit;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return fail(
            QCoreApplication::translate("Cli", "unexpected argument “%1”").arg(parser.positionalArguments().first()));
    }
    if (!parser.isSet(output) || parser.value(output).isEmpty()) {
        return fail(QCoreApplication::translate("Cli", "handbook: --output FILE.pdf is required"));
    }
    const QString statusValue = parser.value(status).toLower();
    if (!statusValue.isEmpty() && statusValue != QLatin1String("published") && statusValue != QLatin1String("all")) {
        //: %1 is what was given after --status
        return fail(QCoreApplication::translate("Cli", "handbook: --status must be published or all, not “%1”")
                        .arg(parser.value(status)));
    }
    Handbook::Options options;
    const QString size = parser.value(pageSize).toLower();
    if (size == QLatin1String("a4")) {
        options.page.pageSize = QPageSize(QPageSize::A4);
    } else if (size == QLatin1String("letter")) {
        options.page.pageSize = QPageSize(QPageSize::Letter);
    } else if (!size.isEmpty()) {
        return fail(QCoreApplication::translate("Cli", "handbook: --page-size must be a4 or letter, not “%1”")
                        .arg(parser.value(pageSize)));
    }
    if (parser.isSet(logo)) {
        options.logo = QImage(parser.value(logo));
        if (options.logo.isNull()) {
            return fail(QCoreApplication::translate("Cli", "handbook: cannot read the image “%1”")
                            .arg(QDir::toNativeSeparators(parser.value(logo))));
        }
    }
    options.title = parser.value(title);
    options.organisation = parser.value(organisation);
    options.anonymize = parser.isSet(anonymize);
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        return fail(QCoreApplication::translate("Cli", "handbook: PDF needs the graphical Qt libraries"));
    }
    if (!QFileInfo::exists(path)) {
        return fail(QCoreApplication::translate("Cli", "there is no library “%1”").arg(QDir::toNativeSeparators(path)));
    }
    // Read only: a handbook never writes to the library, not even to upgrade it.
    auto opened = Library::open(path, LibraryDatabase::OpenMode::ReadOnly);
    if (!opened) {
        return fail(opened.error());
    }
    Library& library = *opened.value();
    auto summaries = library.stories().summaries();
    if (!summaries) {
        return fail(summaries.error());
    }
    HandbookSelection selection;
    selection.publishedOnly = statusValue != QLatin1String("all");
    selection.tags = parser.values(tag);
    const QList<qint64> ids = selection.select(*summaries);
    if (ids.isEmpty()) {
        return fail(QCoreApplication::translate("Cli", "handbook: no story matches; nothing written"));
    }
    QList<StoryBundle> bundles;
    int skipped = 0;
    for (qint64 id : ids) {
        auto bundle = StoryBundles::load(library, id);
        if (!bundle) {
            //: %1 a story id, %2 the reason
            m_err << "kintsugi-cli: "
                  << QCoreApplication::translate("Cli", "handbook: story %1 left out: %2").arg(id).arg(bundle.error())
                  << Qt::endl;
            ++skipped;
            continue;
        }
        bundles << std::move(bundle).value();
    }
    auto categories = StoryBundles::categories(library);
    if (!categories) {
        return fail(categories.error());
    }
    const int count = int(bundles.size());
    Handbook handbook(std::move(bundles), categories.value(), options);
    const QString file = parser.value(output);
    if (Status s = handbook.write(file); !s) {
        return fail(s.error());
    }
    //: %n stories, %1 the number of pages, %2 the file
    m_out << QCoreApplication::translate("Cli", "%n stories, %1 pages: %2", nullptr, count)
                 .arg(handbook.pageCount())
                 .arg(QDir::toNativeSeparators(file))
          << Qt::endl;
    return skipped > 0 ? 1 : 0;
}
