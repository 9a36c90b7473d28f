#pragma once

#include "domain/CauseCategory.h"
#include "export/StoryBundle.h"

#include <QList>
#include <QString>

// A story as one Markdown file: YAML front matter with the metadata, then the headings of the
// Google SRE postmortem template. The headings and labels are English on purpose: the file is a
// format that Kintsugi's importer and other tools read back (see docs/markdown-format.md).
namespace MarkdownExport {

QString story(const StoryBundle& bundle, const QList<CauseCategory>& categories);

// A YAML double-quoted scalar: "…" with \\, \", \n, \r, \t and \xHH escapes.
QString yamlQuoted(const QString& text);
// A table cell: | escaped, line breaks as <br>.
QString tableCell(const QString& text);

} // namespace MarkdownExport
