#pragma once

// Reading PDFs in tests with poppler-utils (pdfinfo, pdftotext, pdftoppm).

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

namespace PdfTools {

inline bool available()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty();
}

inline QByteArray run(const QString& program, const QStringList& arguments, int* exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    if (exitCode) {
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
    return process.readAllStandardOutput();
}

// A field of `pdfinfo` ("Title", "Author", "Creator", "Pages", "Page size").
inline QString info(const QString& path, const QString& field)
{
    const QString out = QString::fromUtf8(run(QStringLiteral("pdfinfo"), {path}));
    const QRegularExpression line(QStringLiteral("^") + QRegularExpression::escape(field) +
                                      QStringLiteral(":\\s*(.*)$"),
                                  QRegularExpression::MultilineOption);
    const auto match = line.match(out);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

inline int pages(const QString& path)
{
    return info(path, QStringLiteral("Pages")).toInt();
}

// The text of pages first..last (1-based; 0: all).
inline QString text(const QString& path, int first = 0, int last = 0)
{
    QStringList arguments {QStringLiteral("-layout")};
    if (first > 0) {
        arguments << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l")
                  << QString::number(last > 0 ? last : first);
    }
    arguments << path << QStringLiteral("-");
    return QString::fromUtf8(run(QStringLiteral("pdftotext"), arguments));
}

// One page rendered at `dpi`.
inline QImage render(const QString& path, int page, int dpi = 50)
{
    QTemporaryDir dir;
    const QString prefix = dir.filePath(QStringLiteral("page"));
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-png"),
         QStringLiteral("-r"),
         QString::number(dpi),
         QStringLiteral("-f"),
         QString::number(page),
         QStringLiteral("-l"),
         QString::number(page),
         QStringLiteral("-singlefile"),
         path,
         prefix});
    return QImage(prefix + QStringLiteral(".png"));
}

// Pixels that are clearly coloured (not white, grey or black).
inline int colouredPixels(const QImage& image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            const int spread = qMax(c.red(), qMax(c.green(), c.blue())) - qMin(c.red(), qMin(c.green(), c.blue()));
            if (spread > 60) {
                ++count;
            }
        }
    }
    return count;
}

inline int darkPixels(const QImage& image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qGray(image.pixel(x, y)) < 128) {
                ++count;
            }
        }
    }
    return count;
}

} // namespace PdfTools
