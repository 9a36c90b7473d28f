// The kintsugi executable: parse arguments, build the application, show the main window.
#include "MainWindow.h"
#include "util/AppInfo.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QIcon>
#include <QScreen>
#include <QSettings>
#include <QTimer>

#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    AppInfo::setUpApplication();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Kintsugi"));
    QGuiApplication::setDesktopFileName(QLatin1String(AppInfo::DesktopFileName));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/kintsugi.svg")));
    Translations::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Blameless failure stories and postmortems."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringList {QStringLiteral("d"), QStringLiteral("database")},
                                      QApplication::translate("main", "Open the library file <path>."),
                                      QApplication::translate("main", "path"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Show the main window, save a PNG picture of it to <file> and quit."),
        QApplication::translate("main", "file"));
    parser.addOption(database);
    parser.addOption(screenshot);
    parser.process(app);

    QString path = parser.value(database);
    if (path.isEmpty()) {
        path = QSettings().value(QStringLiteral("library/last")).toString();
        if (path.isEmpty() || !QFileInfo::exists(path)) {
            path = AppInfo::defaultLibraryPath();
        }
    }

    MainWindow window;
    const bool opened = window.openLibrary(path, true);
    window.show();

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(600, &window, [&window, file, opened] {
            const QPixmap picture = window.grab();
            if (!opened || !picture.save(file, "PNG")) {
                std::fprintf(stderr,
                             "kintsugi: %s\n",
                             qUtf8Printable(QApplication::translate("main", "could not save the screenshot to “%1”")
                                                .arg(QDir::toNativeSeparators(file))));
                QApplication::exit(2);
                return;
            }
            QApplication::quit();
        });
    }
    return QApplication::exec();
}
