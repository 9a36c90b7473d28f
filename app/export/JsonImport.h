#pragma once

#include "storage/LibraryTransfer.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class Library;

// Reads a "kintsugi-library" JSON document (docs/json-format.md) into a library, in ONE
// transaction: into a library without stories it restores everything (the coach's rule settings
// too); otherwise it merges, adding the stories that are not there yet. A story with the same title
// and creation time as one in the library is already there: it is skipped and reported. Bad input
// (not JSON, another format, a newer version, missing or mistyped fields) fails with a message that
// says where, and nothing is written.
namespace JsonImport {

struct Report
{
    QList<qint64> addedIds; // the new stories' ids
    QStringList skipped;    // one line a skipped story: its title and why
    bool restored = false;  // the library had no stories
    int categoriesAdded = 0;
};

// Parses and checks the document without touching any library.
Result<LibraryTransfer> parse(const QByteArray& json);
Result<Report> importData(Library& library, const QByteArray& json);
Result<Report> importFile(Library& library, const QString& path);

} // namespace JsonImport
