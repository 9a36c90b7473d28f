#include "export/ExportFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace ExportFiles {

QString slug(const QString& title)
{
    // Accents go (é → e) by decomposition; everything else that is not a letter or digit splits.
    const QString plain = title.normalized(QString::NormalizationForm_KD).toLower();
    QString result;
    bool pendingHyphen = false;
    for (QChar c : plain) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            if (pendingHyphen && !result.isEmpty()) {
                result += QLatin1Char('-');
            }
            pendingHyphen = false;
            result += c;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            pendingHyphen = true;
        }
    }
    if (result.size() > 60) {
        result.truncate(60);
        while (result.endsWith(QLatin1Char('-'))) {
            result.chop(1);
        }
    }
    return result.isEmpty() ? QStringLiteral("story") : result;
}

QString fileName(const Story& story, const QString& suffix)
{
    return QStringLiteral("%1-%2.%3").arg(story.id).arg(slug(story.title), suffix);
}

Status write(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        //: %1 is a file name, %2 the reason
        return Status::failure(QCoreApplication::translate("ExportFiles", "Cannot write “%1”: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

} // namespace ExportFiles
