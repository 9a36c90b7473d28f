#include "util/AppInfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>

namespace AppInfo {

QString version()
{
    return QStringLiteral(KINTSUGI_VERSION);
}

void setUpApplication()
{
    QCoreApplication::setOrganizationName(QLatin1String(OrganizationName));
    QCoreApplication::setApplicationName(QLatin1String(ApplicationName));
    QCoreApplication::setApplicationVersion(version());
}

QString defaultLibraryPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("library.") + QLatin1String(LibrarySuffix));
}

QString sqliteVersion()
{
    const QString name = QStringLiteral("kintsugi-sqlite-version");
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next()) {
                result = q.value(0).toString();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace AppInfo
