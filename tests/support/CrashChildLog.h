#pragma once

// What kintsugi_crashchild reported (see CrashChild.cpp for the line protocol), and a check of a
// library against it. Header-only: shared by TestCrashSafety and TestConcurrency.

#include "domain/Story.h"
#include "storage/LibraryDatabase.h"
#include "storage/StoryStore.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QCryptographicHash>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QString>

#include <array>
#include <memory>

namespace CrashChildLog {

// Slot 0 is the title, slots 1..SectionCount the sections.
inline constexpr int SlotCount = SectionCount + 1;
using Hashes = std::array<QByteArray, SlotCount>;

inline QByteArray sha1(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex();
}

inline Hashes hashesOf(const Story& story)
{
    Hashes hashes;
    hashes[0] = sha1(story.title);
    for (int s = 0; s < SectionCount; ++s) {
        hashes[static_cast<size_t>(s) + 1] = sha1(story.section(static_cast<Section>(s)));
    }
    return hashes;
}

inline int slotFromField(const QByteArray& field)
{
    if (field == "title") {
        return 0;
    }
    bool ok = false;
    const int section = field.startsWith('s') ? field.mid(1).toInt(&ok) : -1;
    return ok && section >= 0 && section < SectionCount ? section + 1 : -1;
}

inline QString slotName(int slot)
{
    return slot == 0 ? QStringLiteral("title") : QStringLiteral("section %1").arg(slot - 1);
}

// The writes a sequence of writers reported, in order. The latest reported value of a story field
// wins. A write that was begun but not reported done may or may not have committed (the writer may
// have been killed in between); verify() accepts either outcome and adopts what it finds.
class Expectation
{
public:
    struct Pending
    {
        enum class Kind {
            None,
            Edit,
            Create,
        };
        Kind kind = Kind::None;
        qint64 id = 0;
        int slot = -1;
        QByteArray hash;
        Hashes hashes;
    };

    // Reads one writer's complete output. Returns an error message, or an empty string.
    // `pending` receives the write that was begun and not reported done, if any.
    QString parse(const QByteArray& output, Pending& pending)
    {
        pending = Pending();
        QByteArrayList lines = output.split('\n');
        lines.removeLast(); // empty, or a line the writer was killed while printing
        for (const QByteArray& line : std::as_const(lines)) {
            const QByteArrayList words = line.split(' ');
            const QByteArray& verb = words.first();
            auto bad = [&](const char* why) {
                return QStringLiteral("%1 in line “%2”").arg(QLatin1String(why), QString::fromUtf8(line));
            };
            if (verb == "ready" || verb == "finished") {
                if (verb == "ready") {
                    ++m_readyCount;
                }
                continue;
            }
            if (verb == "begin" || verb == "done") {
                if (words.size() != 4 || slotFromField(words[2]) < 0) {
                    return bad("malformed write");
                }
                Pending edit;
                edit.kind = Pending::Kind::Edit;
                edit.id = words[1].toLongLong();
                edit.slot = slotFromField(words[2]);
                edit.hash = words[3];
                if (verb == "begin") {
                    if (pending.kind != Pending::Kind::None) {
                        return bad("a write began before the previous one was done");
                    }
                    pending = edit;
                    continue;
                }
                if (pending.kind != Pending::Kind::Edit || pending.id != edit.id || pending.slot != edit.slot ||
                    pending.hash != edit.hash) {
                    return bad("a write was done that had not begun");
                }
                if (!m_stories.contains(edit.id)) {
                    return bad("an unknown story was edited");
                }
                m_stories[edit.id][static_cast<size_t>(edit.slot)] = edit.hash;
                pending = Pending();
                ++m_doneCount;
                continue;
            }
            if (verb == "create" || verb == "created") {
                const int first = verb == "create" ? 1 : 2;
                if (words.size() != first + SlotCount) {
                    return bad("malformed create");
                }
                Hashes hashes;
                for (int i = 0; i < SlotCount; ++i) {
                    hashes[static_cast<size_t>(i)] = words[first + i];
                }
                if (verb == "create") {
                    if (pending.kind != Pending::Kind::None) {
                        return bad("a create began before the previous write was done");
                    }
                    pending.kind = Pending::Kind::Create;
                    pending.hashes = hashes;
                    continue;
                }
                const qint64 id = words[1].toLongLong();
                if (pending.kind != Pending::Kind::Create || pending.hashes != hashes) {
                    return bad("a story was created that had not begun");
                }
                if (id <= 0 || m_stories.contains(id)) {
                    return bad("a new story got the id of an existing one");
                }
                m_stories.insert(id, hashes);
                pending = Pending();
                ++m_doneCount;
                continue;
            }
            return bad("unexpected output");
        }
        return {};
    }

    // Checks that `path` is healthy and holds exactly what was reported, give or take `pending`
    // (which is adopted when it committed). Returns an error message, or an empty string.
    QString verify(const QString& path, const Pending& pending)
    {
        auto opened = LibraryDatabase::open(path);
        if (!opened) {
            return QStringLiteral("the library does not open: ") + opened.error();
        }
        std::unique_ptr<LibraryDatabase> library = std::move(opened).value();
        if (const QStringList problems = library->integrityProblems(); !problems.isEmpty()) {
            return QStringLiteral("integrity problems: ") + problems.join(QStringLiteral("; "));
        }
        {
            // FTS5's own check that the index matches the indexed text (PRAGMA integrity_check of
            // SQLite before 3.44 does not look inside FTS5 tables).
            QSqlQuery q(library->db());
            if (!q.exec(QStringLiteral("INSERT INTO story_fts(story_fts) VALUES ('integrity-check')"))) {
                return QStringLiteral("FTS5 integrity-check failed");
            }
        }
        StoryStore store(*library);
        auto summaries = store.summaries();
        if (!summaries) {
            return QStringLiteral("cannot list the stories: ") + summaries.error();
        }
        QSet<qint64> found;
        for (const StorySummary& summary : summaries.value()) {
            found.insert(summary.id);
        }
        QList<qint64> unknown;
        for (qint64 id : std::as_const(found)) {
            if (!m_stories.contains(id)) {
                unknown << id;
            }
        }
        if (unknown.size() > 1 || (unknown.size() == 1 && pending.kind != Pending::Kind::Create)) {
            return QStringLiteral("%1 stories nobody created, e.g. %2").arg(unknown.size()).arg(unknown.first());
        }
        if (unknown.size() == 1) {
            // The last create committed, and the writer was killed before it could say so.
            auto story = store.load(unknown.first());
            if (!story) {
                return story.error();
            }
            if (hashesOf(story.value()) != pending.hashes) {
                return QStringLiteral("story %1 is not the story whose create had begun").arg(unknown.first());
            }
            m_stories.insert(unknown.first(), pending.hashes);
        }
        for (auto it = m_stories.begin(); it != m_stories.end(); ++it) {
            if (!found.contains(it.key())) {
                return QStringLiteral("story %1 was reported created and is lost").arg(it.key());
            }
            auto story = store.load(it.key());
            if (!story) {
                return story.error();
            }
            const Hashes actual = hashesOf(story.value());
            for (int slot = 0; slot < SlotCount; ++slot) {
                const auto i = static_cast<size_t>(slot);
                if (actual[i] == it.value()[i]) {
                    continue;
                }
                if (pending.kind == Pending::Kind::Edit && pending.id == it.key() && pending.slot == slot &&
                    pending.hash == actual[i]) {
                    it.value()[i] = actual[i]; // the last edit committed before the writer was killed
                    continue;
                }
                return QStringLiteral("story %1, %2: expected the value with SHA-1 %3, found %4")
                    .arg(it.key())
                    .arg(slotName(slot), QString::fromLatin1(it.value()[i]), QString::fromLatin1(actual[i]));
            }
        }
        return {};
    }

    qsizetype storyCount() const { return m_stories.size(); }
    qsizetype doneCount() const { return m_doneCount; }
    qsizetype readyCount() const { return m_readyCount; }
    QList<qint64> storyIds() const { return m_stories.keys(); }

private:
    QMap<qint64, Hashes> m_stories;
    qsizetype m_doneCount = 0;
    qsizetype m_readyCount = 0;
};

} // namespace CrashChildLog
