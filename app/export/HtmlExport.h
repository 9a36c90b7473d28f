#pragma once

#include "domain/CauseCategory.h"
#include "export/StoryBundle.h"

#include <QList>
#include <QString>

class CodeHighlighter;

// A story as one self-contained HTML5 page: inline CSS, no script, no external resource. Story text
// never reaches the page as markup: Markdown is parsed (QTextDocument) and written back as a small
// set of elements of our own, with every piece of text escaped and links limited to http, https
// and mailto. Fenced code is coloured through `highlighter` (the "Printing" theme); null: plain.
namespace HtmlExport {

QString story(const StoryBundle& bundle, const QList<CauseCategory>& categories, CodeHighlighter* highlighter);

// Markdown as safe HTML: h3–h6, p, ul/ol/li, blockquote, pre/code, strong/em/s, a, hr, br.
QString markdownToHtml(const QString& markdown, CodeHighlighter* highlighter);
// Text escaped for HTML (&, <, >, ", ') after replacing what is no text (control characters, lone
// surrogates from broken files) by U+FFFD.
QString escape(const QString& text);
// An http, https or mailto link, fully encoded; empty when `href` is anything else.
QString safeHref(const QString& href);

} // namespace HtmlExport
