#pragma once

#include <QString>

// Names and places shared by the GUI and the command line.
namespace AppInfo {

inline constexpr const char* OrganizationName = "Kintsugi";
inline constexpr const char* ApplicationName = "kintsugi";
inline constexpr const char* DesktopFileName = "org.kintsugi.Kintsugi";
inline constexpr const char* LibrarySuffix = "kintsugi";

QString version();
// Sets organization, application name and version on the running QCoreApplication.
void setUpApplication();
// The library used when none is given: <AppDataLocation>/library.kintsugi.
QString defaultLibraryPath();
// The SQLite library version the Qt driver runs on, e.g. "3.40.1".
QString sqliteVersion();

} // namespace AppInfo
