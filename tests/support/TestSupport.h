#pragma once

#include "domain/Story.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace TestSupport {

// A story with every field filled, for round trips.
Story fullStory(const QString& title = QStringLiteral("Pager storm"));
// A path for a new library file inside `dir`.
QString libraryPath(const QTemporaryDir& dir, const QString& name = QStringLiteral("library.kintsugi"));
// Copies tests/data/<name> into `dir` (writable) and returns the copy's path.
QString copyFixture(const QTemporaryDir& dir, const QString& name);
// SHA-256 of a file's bytes; empty when it cannot be read.
QByteArray fileHash(const QString& path);
// Points QSettings and QStandardPaths of this process at `dir`, away from the user's files.
void isolateUserFiles(const QTemporaryDir& dir);

} // namespace TestSupport
