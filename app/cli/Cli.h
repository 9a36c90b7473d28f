#pragma once

#include <QStringList>
#include <QTextStream>

// kintsugi-cli: `[--database PATH] list | check`, `lint [--people LIST] FILE...`. Results on `out`, one-line errors on
// `err`. Exit codes: 0 success, 1 the command ran and found problems, 2 error.
class Cli
{
public:
    Cli(QTextStream& out, QTextStream& err);
    int run(const QStringList& arguments);

private:
    int list(const QString& path);
    int check(const QString& path);
    int lint(const QStringList& files, const QString& people);
    int fail(const QString& message);

    QTextStream& m_out;
    QTextStream& m_err;
};
