#pragma once

#include <QStringList>

#include <optional>

class QCommandLineParser;
#include <QTextStream>

// kintsugi-cli: `[--database PATH] list | check`, `lint [--people LIST] FILE...`. Results on `out`, one-line errors on
// `err`. Exit codes: 0 success, 1 the command ran and found problems, 2 error.
class Cli
{
public:
    Cli(QTextStream& out, QTextStream& err);
    int run(const QStringList& arguments);

private:
    // Parses a command's own options (adds --help). A value: exit now with it (help shown or error).
    std::optional<int> parseCommand(QCommandLineParser& parser, const QString& command, const QStringList& arguments);

    // Commands, one a function: `xCommand(arguments after the command name)`.
    int listCommand(const QString& path, const QStringList& arguments);
    int checkCommand(const QString& path, const QStringList& arguments);
    int lintCommand(const QStringList& arguments);
    int exportCommand(const QString& path, const QStringList& arguments);   // CliExport.cpp
    int searchCommand(const QString& path, const QStringList& arguments);   // CliSearch.cpp
    int handbookCommand(const QString& path, const QStringList& arguments); // CliHandbook.cpp
    int importCommand(const QString& path, const QStringList& arguments);   // CliImport.cpp

    int list(const QString& path);
    int check(const QString& path);
    int lint(const QStringList& files, const QString& people);
    int fail(const QString& message);

    QTextStream& m_out;
    QTextStream& m_err;
};
