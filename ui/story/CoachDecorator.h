#pragma once

#include "coach/CoachHit.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class QMenu;
class QPlainTextEdit;
class StoryCoach;

// Underlines the coach's hits in one section editor with extra selections (a wavy line, one colour
// per severity), which Qt draws over the syntax highlighter's formats. Hovering a hit shows why it
// hurts learning and a reframe; its context menu ignores the phrase or switches the rule off.
// After an edit it waits a moment, then checks only paragraphs whose text changed; on big
// documents the visible paragraphs come first and the rest follows in small slices.
class CoachDecorator : public QObject
{
    Q_OBJECT

public:
    explicit CoachDecorator(QPlainTextEdit* edit);

    void setCoach(StoryCoach* coach);
    void setReadOnly(bool readOnly);
    QPlainTextEdit* editor() const { return m_edit; }

    // The hits in the whole text, in document positions, once checking is complete.
    const QList<CoachHit>& hits() const { return m_hits; }
    int hitCount() const { return int(m_hits.size()); }
    bool isComplete() const { return m_pending.isEmpty() && !m_delay.isActive(); }
    // The hit at a document position, if any.
    std::optional<CoachHit> hitAt(int position) const;
    // The editor's context menu with the coach's entries for the hit at `position` first.
    QMenu* createContextMenu(int position);
    // Checks again now (tests; switching stories).
    void recheckNow();

    static constexpr int DelayMs = 250;
    // Above this size the visible part is checked first and the rest in slices.
    static constexpr int LargeDocumentChars = 50000;

signals:
    void hitCountChanged(int count);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Chunk
    {
        qsizetype start = 0;
        QString text; // masked (code blanked out)
        bool checked = false;
        QList<CoachHit> hits; // offsets relative to the chunk
    };
    void split();
    void work();
    void publish();
    void updateSelections();
    QString toolTipFor(const CoachHit& hit) const;

    QPlainTextEdit* m_edit;
    QPointer<StoryCoach> m_coach;
    bool m_readOnly = false;
    QTimer m_delay;
    QTimer m_slice;
    QList<Chunk> m_chunks;
    QList<int> m_pending; // chunk indexes still to check, most urgent first
    QString m_text;
    QHash<QString, QList<CoachHit>> m_cache; // masked paragraph text -> hits
    QList<CoachHit> m_hits;
    int m_publishedCount = -1;
};
