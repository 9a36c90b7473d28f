#include "export/PdfTextDocument.h"

#include <QFont>
#include <QUrl>
#include <QVariant>

PdfTextDocument::PdfTextDocument(QObject* parent)
    : QTextDocument(parent)
{
    setDefaultFont(bodyFont());
    setUndoRedoEnabled(false);
}

QFont PdfTextDocument::bodyFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.5);
    noLigatures(font);
    return font;
}

QFont PdfTextDocument::codeFont()
{
    QFont font(QStringLiteral("DejaVu Sans Mono"));
    font.setStyleHint(QFont::Monospace);
    font.setPointSizeF(8.5);
    noLigatures(font);
    return font;
}

void PdfTextDocument::noLigatures(QFont& font)
{
    // Any letter spacing turns ligatures off: "fl" stays two letters for search and copy.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
}

QVariant PdfTextDocument::loadResource(int type, const QUrl& name)
{
    Q_UNUSED(type)
    Q_UNUSED(name)
    // Only what was added with addResource() (answered before this is called) is shown.
    return {};
}
