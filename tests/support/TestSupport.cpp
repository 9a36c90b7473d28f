#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace TestSupport {

Story fullStory(const QString& title)
{
    Story story;
    story.kind = StoryKind::Postmortem;
    story.title = title;
    story.status = StoryStatus::InReview;
    story.severity = 2;
    story.startedAt = QDateTime(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC);
    story.detectedAt = QDateTime(QDate(2024, 5, 1), QTime(9, 12), Qt::UTC);
    story.resolvedAt = QDateTime(QDate(2024, 5, 1), QTime(11, 30), Qt::UTC);
    story.authors = {QStringLiteral("On-call team"), QStringLiteral("Ana María")};
    story.tags = {QStringLiteral("paging"), QStringLiteral("alerting")};
    for (int i = 0; i < SectionCount; ++i) {
        story.sections[static_cast<size_t>(i)] = QStringLiteral("Section %1 of %2.").arg(i).arg(title);
    }
    return story;
}

QString libraryPath(const QTemporaryDir& dir, const QString& name)
{
    return QDir(dir.path()).filePath(name);
}

QString copyFixture(const QTemporaryDir& dir, const QString& name)
{
    const QString target = QDir(dir.path()).filePath(name);
    QFile::remove(target);
    QFile::copy(QStringLiteral(KINTSUGI_TEST_DATA_DIR "/") + name, target);
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    return target;
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

void isolateUserFiles(const QTemporaryDir& dir)
{
    qputenv("XDG_CONFIG_HOME", QDir(dir.path()).filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", QDir(dir.path()).filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CACHE_HOME", QDir(dir.path()).filePath(QStringLiteral("cache")).toUtf8());
}

} // namespace TestSupport
