#pragma once

#include "domain/Story.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

// File names and atomic writes shared by the export writers, the GUI and kintsugi-cli.
namespace ExportFiles {

// "pager-storm-on-friday": lower-case ASCII letters and digits joined by single hyphens, at most
// 60 characters; "story" when nothing is left.
QString slug(const QString& title);
// "<id>-<slug>.<suffix>", e.g. "12-pager-storm.md".
QString fileName(const Story& story, const QString& suffix);
// Writes all of `data` or nothing (QSaveFile); the error names the file.
Status write(const QString& path, const QByteArray& data);

} // namespace ExportFiles
