#include "cli/Cli.h"
#include "util/AppInfo.h"
#include "util/Translations.h"

#include <QByteArray>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>

#include <sys/stat.h>
#include <unistd.h>

namespace {

// PDFs (handbook, export --format pdf) need fonts, which need a QGuiApplication; every other
// command runs on a plain QCoreApplication, quicker and quiet on servers.
bool needsFonts(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const size_t length = std::strlen(argv[i]);
        if (std::strcmp(argv[i], "handbook") == 0 || (length >= 3 && std::strcmp(argv[i] + length - 3, "pdf") == 0)) {
            return true;
        }
    }
    return false;
}

// Qt's font code wants XDG_RUNTIME_DIR and warns on stderr when it is missing (a server, a CI job,
// `sudo`). Use a private directory of our own then, so the only lines on stderr are ours.
void ensureRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        return;
    }
    const QByteArray dir = QByteArray("/tmp/kintsugi-runtime-") + QByteArray::number(static_cast<qulonglong>(getuid()));
    struct stat info = {};
    if (mkdir(dir.constData(), 0700) == 0 || (lstat(dir.constData(), &info) == 0 && S_ISDIR(info.st_mode) &&
                                              info.st_uid == getuid() && (info.st_mode & 0077) == 0)) {
        qputenv("XDG_RUNTIME_DIR", dir);
    }
}

} // namespace

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (needsFonts(argc, argv)) {
        // A command line never shows a window: no display needed.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        ensureRuntimeDir();
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    AppInfo::setUpApplication();
    Translations::install();
    QTextStream out(stdout);
    QTextStream err(stderr);
    Cli cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
