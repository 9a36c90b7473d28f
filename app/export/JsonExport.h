#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

class Library;

// The whole library (or some of its stories) as one JSON document, format "kintsugi-library"
// version 1 (docs/json-format.md). Ids in the document are its own: stories, causes and categories
// are numbered from 1 in document order, so a document survives a round trip through another
// library unchanged.
namespace JsonExport {

inline constexpr int FormatVersion = 1;
inline constexpr const char* FormatName = "kintsugi-library";

struct Options
{
    // The stories to write (in id order); empty: every story.
    QList<qint64> storyIds;
    // Written as "exportedAt"; invalid: the field is left out (reproducible output).
    QDateTime exportedAt = QDateTime::currentDateTimeUtc();
};

Result<QByteArray> library(Library& library, const Options& options = {});

} // namespace JsonExport
