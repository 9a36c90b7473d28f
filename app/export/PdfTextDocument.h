#pragma once

#include <QTextDocument>

// The QTextDocument every PDF and printout is built in. It never loads a resource by itself: an
// image or style sheet named by story text (a local file, a remote URL) stays unloaded, so hostile
// Markdown cannot make an export read files or reach the network. Resources added with
// addResource() (a handbook logo) are used as usual.
class PdfTextDocument : public QTextDocument
{
    Q_OBJECT

public:
    explicit PdfTextDocument(QObject* parent = nullptr);

    // The text font of the PDFs (the default font; headings and tables derive from it).
    static QFont bodyFont();
    // The font of code blocks.
    static QFont codeFont();
    // Keeps the letters of `font` apart (no "ﬁ" ligature), so PDF text searches as typed.
    static void noLigatures(QFont& font);

protected:
    QVariant loadResource(int type, const QUrl& name) override;
};
