#include "cli/Cli.h"

#include "coach/CoachEngine.h"
#include "document/Library.h"
#include "domain/StoryRules.h"
#include "storage/Schema.h"
#include "storage/StoryStore.h"
#include "util/AppInfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

Cli::Cli(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
}

int Cli::fail(const QString& message)
{
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    m_err << "kintsugi-cli: " << line << Qt::endl;
    return 2;
}

int Cli::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "Kintsugi command line: blameless failure stories and postmortems."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringList {QStringLiteral("d"), QStringLiteral("database")},
                                      QCoreApplication::translate("Cli", "The library file (default: %1).")
                                          .arg(QDir::toNativeSeparators(AppInfo::defaultLibraryPath())),
                                      QCoreApplication::translate("Cli", "path"));
    parser.addOption(database);
    // One entry a command, shown by --help.
    const QStringList commands = {
        QCoreApplication::translate("Cli", "list: one story a line (id, status, title)"),
        QCoreApplication::translate("Cli", "check: integrity checks and the schema version"),
        QCoreApplication::translate("Cli",
                                    "lint [--people NAME=ROLE,…] FILE...: blameless-language coach over Markdown "
                                    "files, one hit a line as\nFILE:LINE:COL: RULE: message (suggestion); exit code 1 "
                                    "when anything is found"),
        QCoreApplication::translate("Cli",
                                    "export --format md|html|json|pdf (--story ID | --all) --output PATH: stories as "
                                    "files (PATH is a folder for several)"),
        QCoreApplication::translate("Cli",
                                    "search QUERY: matching stories, best first, one a line (id, title, snippet)"),
        QCoreApplication::translate("Cli",
                                    "handbook --output FILE.pdf [--status published|all] [--tag TAG]... [--title TEXT] "
                                    "[--anonymize]: the failure handbook as one PDF book"),
        QCoreApplication::translate("Cli",
                                    "import FILE|DIR...: Markdown postmortems (folders searched for *.md, *.markdown, "
                                    "*.txt) and Kintsugi JSON files as new draft stories; exit code 1 when a file "
                                    "was skipped"),
        QCoreApplication::translate("Cli", "COMMAND --help: the options of one command"),
    };
    parser.addPositionalArgument(QStringLiteral("command"),
                                 commands.join(QLatin1Char('\n')),
                                 QStringLiteral("list|check|lint|import|export|handbook|search"));
    // Options after the command belong to the command (e.g. `lint --people …`).
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!parser.parse(arguments)) {
        return fail(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        m_out << "kintsugi-cli " << AppInfo::version() << Qt::endl;
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        return fail(QCoreApplication::translate("Cli", "no command given; try --help"));
    }
    const QString path = parser.isSet(database) ? parser.value(database) : AppInfo::defaultLibraryPath();
    const QString command = positional.first();
    const QStringList commandArguments = positional.mid(1);
    // One line a command; each command parses its own options from commandArguments.
    if (command == QLatin1String("lint")) {
        return lintCommand(commandArguments);
    }
    if (command == QLatin1String("list")) {
        return listCommand(path, commandArguments);
    }
    if (command == QLatin1String("check")) {
        return checkCommand(path, commandArguments);
    }
    if (command == QLatin1String("export")) {
        return exportCommand(path, commandArguments);
    }
    if (command == QLatin1String("search")) {
        return searchCommand(path, commandArguments);
    }
    if (command == QLatin1String("handbook")) {
        return handbookCommand(path, commandArguments);
    }
    if (command == QLatin1String("import")) {
        return importCommand(path, commandArguments);
    }
    return fail(QCoreApplication::translate("Cli", "unknown command “%1”; try --help").arg(command));
}

std::optional<int> Cli::parseCommand(QCommandLineParser& parser, const QString& command, const QStringList& arguments)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList {QStringLiteral("kintsugi-cli ") + command} + arguments)) {
        return fail(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        m_out.flush();
        return 0;
    }
    return std::nullopt;
}

int Cli::listCommand(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "One story a line: id, status and title."));
    if (auto exit = parseCommand(parser, QStringLiteral("list"), arguments)) {
        return *exit;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return fail(
            QCoreApplication::translate("Cli", "unexpected argument “%1”").arg(parser.positionalArguments().first()));
    }
    return list(path);
}

int Cli::checkCommand(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "Integrity checks of the library and its schema version."));
    if (auto exit = parseCommand(parser, QStringLiteral("check"), arguments)) {
        return *exit;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return fail(
            QCoreApplication::translate("Cli", "unexpected argument “%1”").arg(parser.positionalArguments().first()));
    }
    return check(path);
}

int Cli::lintCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli",
        "Blameless-language coach over Markdown files, one hit a line as FILE:LINE:COL: RULE: message "
        "(suggestion); exit code 1 when anything is found."));
    const QCommandLineOption people(
        QStringLiteral("people"),
        QCoreApplication::translate("Cli", "lint: the people involved, as \"Name=Role,Name=Role\"."),
        //: the value of the --people option, shown in --help
        QCoreApplication::translate("Cli", "list"));
    parser.addOption(people);
    parser.addPositionalArgument(
        QStringLiteral("files"), QCoreApplication::translate("Cli", "Markdown files"), QStringLiteral("FILE..."));
    if (auto exit = parseCommand(parser, QStringLiteral("lint"), arguments)) {
        return *exit;
    }
    return lint(parser.positionalArguments(), parser.value(people));
}

int Cli::list(const QString& path)
{
    auto library = Library::open(path, LibraryDatabase::OpenMode::ReadOnly);
    if (!library) {
        return fail(library.error());
    }
    // The list needs only the stories, which every schema version has.
    auto summaries = library.value()->stories().summaries();
    if (!summaries) {
        return fail(summaries.error());
    }
    for (const StorySummary& s : *summaries) {
        QString title = s.title.simplified();
        if (title.isEmpty()) {
            title = Story {}.displayTitle();
        }
        m_out << s.id << '\t' << StoryRules::statusKey(s.status) << '\t' << title << '\n';
    }
    m_out.flush();
    return 0;
}

int Cli::check(const QString& path)
{
    auto opened = Library::open(path, LibraryDatabase::OpenMode::ReadOnly);
    if (!opened) {
        return fail(opened.error());
    }
    Library& library = *opened.value();
    const int version = library.database().schemaVersion();
    m_out << QCoreApplication::translate("Cli", "Library: %1").arg(QDir::toNativeSeparators(library.path())) << '\n';
    m_out << QCoreApplication::translate("Cli", "Schema version: %1 (this version of Kintsugi: %2)")
                 .arg(version)
                 .arg(Schema::CurrentVersion)
          << '\n';
    if (version < Schema::CurrentVersion) {
        m_out << QCoreApplication::translate("Cli", "The library will be upgraded when Kintsugi opens it for writing.")
              << '\n';
    }
    if (library.database().isFileReadOnly()) {
        m_out << QCoreApplication::translate("Cli", "Access: read-only") << '\n';
    }
    if (version == Schema::CurrentVersion) {
        if (auto count = library.stories().count()) {
            m_out << QCoreApplication::translate("Cli", "Stories: %1").arg(*count) << '\n';
        }
    }
    const QStringList problems = library.database().integrityProblems();
    if (problems.isEmpty()) {
        m_out << QCoreApplication::translate("Cli", "Integrity: ok") << Qt::endl;
        return 0;
    }
    for (const QString& problem : problems) {
        m_out << QCoreApplication::translate("Cli", "Problem: %1").arg(problem) << '\n';
    }
    m_out.flush();
    m_err << "kintsugi-cli: "
          << QCoreApplication::translate("Cli", "“%1” has problems: %2.")
                 .arg(QDir::toNativeSeparators(library.path()))
                 .arg(problems.size())
          << Qt::endl;
    return 1;
}

int Cli::lint(const QStringList& files, const QString& peopleList)
{
    if (files.isEmpty()) {
        return fail(QCoreApplication::translate("Cli", "lint needs at least one file; try --help"));
    }
    auto standard = CoachEngine::standard();
    if (!standard) {
        return fail(standard.error());
    }
    CoachEngine engine = standard.value();
    QList<Person> people;
    const QStringList entries = peopleList.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& entry : entries) {
        const QString name = entry.section(QLatin1Char('='), 0, 0).simplified();
        if (!name.isEmpty()) {
            people << Person {name, entry.section(QLatin1Char('='), 1).simplified()};
        }
    }
    engine.setPeople(people);

    bool errors = false;
    bool found = false;
    for (const QString& path : files) {
        QFile file(path);
        if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
            const QString reason = QFileInfo(path).isDir()
                                       ? QCoreApplication::translate("Cli", "is a directory")
                                       : (QFileInfo::exists(path) ? file.errorString()
                                                                  : QCoreApplication::translate("Cli", "no such file"));
            //: %1 is a file name, %2 the reason it cannot be read
            m_err << "kintsugi-cli: " << QCoreApplication::translate("Cli", "cannot read “%1”: %2").arg(path, reason)
                  << Qt::endl;
            errors = true;
            continue;
        }
        const QString text = QString::fromUtf8(file.readAll());
        const QList<CoachHit> hits = engine.check(text);
        // Lines and columns count from 1; columns count characters, not UTF-16 units.
        qsizetype line = 1;
        qsizetype lineStart = 0;
        qsizetype scanned = 0;
        for (const CoachHit& hit : hits) {
            for (; scanned < hit.start; ++scanned) {
                if (text.at(scanned) == QLatin1Char('\n')) {
                    ++line;
                    lineStart = scanned + 1;
                }
            }
            const QStringView before = QStringView(text).mid(lineStart, hit.start - lineStart);
            const qsizetype column = before.toUcs4().size() + 1;
            m_out << path << ':' << line << ':' << column << ": " << hit.ruleId << ": " << hit.explanation << " ("
                  << hit.suggestion << ")\n";
            found = true;
        }
    }
    m_out.flush();
    return errors ? 2 : (found ? 1 : 0);
}
