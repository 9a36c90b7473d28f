#pragma once

#include "domain/Lesson.h"
#include "domain/Retro.h"
#include "domain/RetroAction.h"
#include "domain/RetroColumn.h"
#include "domain/RetroDiscussionItem.h"
#include "domain/RetroOutcome.h"
#include "domain/RetroReviewItem.h"
#include "util/Result.h"

#include <QList>
#include <QString>

#include <memory>

class QTextDocument;
class RetroStore;
class StoryStore;

// The outcome of a retro: metadata, the top cards and groups with their votes in vote order, the
// retro's actions, what became part of the linked story (action items, lessons, causes) and the
// reviewed earlier actions. Rendered as Markdown, or as a QTextDocument / PDF.
class RetroSummary
{
public:
    // Reads everything through the store (and the linked story's title through `stories`, if given).
    static Result<RetroSummary> build(RetroStore& store, qint64 retroId, StoryStore* stories = nullptr);

    Retro retro;
    QString storyTitle;
    QList<RetroColumn> columns;
    QList<RetroDiscussionItem> items; // discussion order; items without votes included
    QList<RetroAction> actions;
    QList<RetroOutcome> outcomes;
    QList<RetroReviewItem> reviewed; // decided in this retro (done or carried over)
    // How many items the "Top cards and groups" section lists (the rest are under "Other cards").
    int topCount = 10;

    QString toMarkdown() const;
    // Rich text of the same content, for PDF and printing.
    std::unique_ptr<QTextDocument> toTextDocument() const;
    Status writeMarkdown(const QString& path) const;
    Status writePdf(const QString& path) const;
};
