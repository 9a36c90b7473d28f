#include "cli/Cli.h"
#include "util/AppInfo.h"
#include "util/Translations.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    AppInfo::setUpApplication();
    Translations::install();
    QTextStream out(stdout);
    QTextStream err(stderr);
    Cli cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
