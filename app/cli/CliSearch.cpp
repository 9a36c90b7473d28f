// kintsugi-cli search: ranked full-text search with snippets.
#include "cli/Cli.h"

#include "document/Library.h"
#include "storage/SearchStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

int Cli::searchCommand(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli",
        "Stories matching every word (as a prefix), best first: one a line as ID<TAB>TITLE<TAB>SNIPPET, the matched "
        "words in [brackets]. Exit code 0 also when nothing matches (a note goes to stderr)."));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QCoreApplication::translate("Cli", "At most this many hits (default 20; 0: all)."),
                                   QStringLiteral("n"),
                                   QStringLiteral("20"));
    parser.addOption(limit);
    parser.addPositionalArgument(
        QStringLiteral("query"), QCoreApplication::translate("Cli", "Words to look for"), QStringLiteral("QUERY..."));
    if (auto exit = parseCommand(parser, QStringLiteral("search"), arguments)) {
        return *exit;
    }
    const QString query = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (query.isEmpty()) {
        return fail(QCoreApplication::translate("Cli", "search needs a query; try --help"));
    }
    bool ok = false;
    const int max = parser.value(limit).toInt(&ok);
    if (!ok || max < 0) {
        return fail(QCoreApplication::translate("Cli", "--limit needs a number of 0 or more"));
    }
    if (!QFileInfo::exists(path)) {
        return fail(QCoreApplication::translate("Cli", "there is no library “%1”").arg(QDir::toNativeSeparators(path)));
    }
    auto library = Library::open(path, LibraryDatabase::OpenMode::ReadOnly);
    if (!library) {
        return fail(library.error());
    }
    SearchStore store(library.value()->database());
    auto hits = store.search(query, max == 0 ? -1 : max);
    if (!hits) {
        return fail(hits.error());
    }
    for (const SearchResult& hit : hits.value()) {
        QString title = hit.title.simplified();
        if (title.isEmpty()) {
            title = Story {}.displayTitle();
        }
        m_out << hit.storyId << '\t' << title << '\t' << hit.snippet << '\n';
    }
    m_out.flush();
    if (hits->isEmpty()) {
        m_err << "kintsugi-cli: " << QCoreApplication::translate("Cli", "no story matches “%1”").arg(query) << Qt::endl;
    }
    return 0;
}
