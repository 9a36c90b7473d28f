#pragma once

#include "domain/ImportedStory.h"

#include <QByteArray>
#include <QString>
#include <QTimeZone>

#include <optional>

// Reads one Markdown postmortem (Google SRE template, Atlassian- and PagerDuty-style headings, the
// DFDS format, YAML front matter) into a story with its timeline, lessons and action items. Known
// headings map to sections by meaning; timeline tables and lists become events (TimelineParser);
// "Action items" lists and tables become action items; "Lessons learned" and "What went well /
// wrong / lucky" lists become lessons; everything else goes into Supporting information. Nothing is
// lost: every non-empty line of the source ends up somewhere in the story (see ImportCoverage).
// Pure: no database, no widgets.
class PostmortemImporter
{
public:
    struct Options
    {
        // For times written without a zone and without a note such as "All times in UTC".
        QTimeZone zone = QTimeZone(Qt::UTC);
        // Larger files are skipped.
        qint64 maxBytes = 20 * 1024 * 1024;
    };

    struct Outcome
    {
        std::optional<ImportedStory> story; // empty: skipped
        QString skipReason;
    };

    static Outcome readFile(const QString& path, const Options& options);
    // `name` is the file name, used as the title when the text has none.
    static Outcome readBytes(const QByteArray& bytes, const QString& name, const Options& options);
    static ImportedStory readText(const QString& text, const QString& name, const Options& options);

    // The text of `bytes`: UTF-8 (with or without BOM) or UTF-16 with BOM. Invalid UTF-8 is replaced
    // (U+FFFD) and reported in `warnings`. Nullopt for binary data.
    static std::optional<QString> decode(const QByteArray& bytes, QStringList* warnings);

    // The line Supporting information ends with, naming the source and its fingerprint.
    static QString sourceLine(const QString& name, const QString& fingerprint);
    static QString fingerprintOf(const QByteArray& bytes);

    // True when `heading` names a part of a story (a section, the timeline, lessons, actions …).
    static bool isKnownHeading(const QString& heading);
};
