#include "story/CoachDecorator.h"

#include "coach/CoachEngine.h"
#include "coach/StoryCoach.h"

#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QHelpEvent>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>

namespace {
constexpr int MaxChunkChars = 4000;
constexpr int SliceBudgetMs = 8;

QColor colourFor(CoachRule::Severity severity)
{
    return severity == CoachRule::Severity::Warning ? QColor(0xd9, 0x5f, 0x02) : QColor(0x1f, 0x6f, 0xd1);
}
} // namespace

CoachDecorator::CoachDecorator(QPlainTextEdit* edit)
    : QObject(edit)
    , m_edit(edit)
{
    setObjectName(QStringLiteral("coachDecorator"));
    m_delay.setSingleShot(true);
    m_delay.setInterval(DelayMs);
    connect(&m_delay, &QTimer::timeout, this, &CoachDecorator::split);
    m_slice.setSingleShot(true);
    m_slice.setInterval(0);
    connect(&m_slice, &QTimer::timeout, this, &CoachDecorator::work);
    connect(m_edit->document(), &QTextDocument::contentsChanged, this, [this] {
        if (m_coach) {
            m_delay.start();
        }
    });
    connect(m_edit->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (m_text.size() > LargeDocumentChars) {
            updateSelections();
        }
    });
    m_edit->viewport()->installEventFilter(this);
    m_edit->installEventFilter(this);
}

void CoachDecorator::setCoach(StoryCoach* coach)
{
    if (m_coach) {
        disconnect(m_coach, nullptr, this, nullptr);
    }
    m_coach = coach;
    m_cache.clear();
    if (m_coach) {
        connect(m_coach, &StoryCoach::changed, this, [this] {
            m_cache.clear();
            recheckNow();
        });
    }
    recheckNow();
}

void CoachDecorator::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
}

void CoachDecorator::recheckNow()
{
    m_delay.stop();
    split();
}

void CoachDecorator::split()
{
    m_slice.stop();
    m_chunks.clear();
    m_pending.clear();
    if (!m_coach || !m_coach->isAvailable()) {
        m_text.clear();
        m_hits.clear();
        publish();
        return;
    }
    m_text = m_edit->toPlainText();
    const QString masked = CoachEngine::maskCode(m_text);
    // Paragraphs end at blank lines; a very long paragraph (a pasted log) goes line by line.
    qsizetype start = 0;
    const qsizetype n = masked.size();
    while (start < n) {
        qsizetype end = start;
        qsizetype lineStart = start;
        while (end < n) {
            const qsizetype lineEnd = masked.indexOf(QLatin1Char('\n'), lineStart);
            const qsizetype stop = lineEnd < 0 ? n : lineEnd;
            const bool blank = QStringView(masked).mid(lineStart, stop - lineStart).trimmed().isEmpty();
            if (blank && lineStart > start) {
                break;
            }
            end = stop;
            lineStart = stop + 1;
            if (lineEnd < 0 || end - start >= MaxChunkChars) {
                break;
            }
        }
        Chunk chunk;
        chunk.start = start;
        chunk.text = masked.mid(start, end - start);
        auto cached = m_cache.constFind(chunk.text);
        if (cached != m_cache.constEnd()) {
            chunk.hits = cached.value();
            chunk.checked = true;
        }
        m_chunks << chunk;
        start = end + 1;
    }
    // Visible paragraphs first.
    const int first = m_edit->cursorForPosition(QPoint(0, 0)).position();
    const int last =
        m_edit->cursorForPosition(QPoint(m_edit->viewport()->width(), m_edit->viewport()->height())).position();
    QList<int> later;
    for (int i = 0; i < m_chunks.size(); ++i) {
        const Chunk& chunk = m_chunks.at(i);
        if (chunk.checked) {
            continue;
        }
        const bool visible = chunk.start <= last && chunk.start + chunk.text.size() >= first;
        (visible ? m_pending : later) << i;
    }
    m_pending += later;
    work();
}

void CoachDecorator::work()
{
    if (!m_coach) {
        return;
    }
    QElapsedTimer timer;
    timer.start();
    const bool large = m_text.size() > LargeDocumentChars;
    QHash<QString, QList<CoachHit>> fresh;
    while (!m_pending.isEmpty()) {
        Chunk& chunk = m_chunks[m_pending.takeFirst()];
        chunk.hits = m_coach->engine().checkMasked(chunk.text, m_text.mid(chunk.start, chunk.text.size()));
        chunk.checked = true;
        if (large && timer.elapsed() >= SliceBudgetMs) {
            break;
        }
    }
    // Keep only what the text still holds, so the cache does not grow with every keystroke.
    for (const Chunk& chunk : std::as_const(m_chunks)) {
        if (chunk.checked) {
            fresh.insert(chunk.text, chunk.hits);
        }
    }
    m_cache = fresh;
    publish();
    if (!m_pending.isEmpty()) {
        m_slice.start();
    }
}

void CoachDecorator::publish()
{
    m_hits.clear();
    for (const Chunk& chunk : std::as_const(m_chunks)) {
        for (CoachHit hit : chunk.hits) {
            hit.start += chunk.start;
            m_hits << hit;
        }
    }
    updateSelections();
    if (m_pending.isEmpty() && m_publishedCount != m_hits.size()) {
        m_publishedCount = int(m_hits.size());
        emit hitCountChanged(m_publishedCount);
    }
}

void CoachDecorator::updateSelections()
{
    // On big documents only the hits near the visible part get a selection: every selection keeps
    // a text cursor that the document updates on each edit.
    qsizetype from = 0;
    qsizetype to = m_text.size();
    if (m_text.size() > LargeDocumentChars) {
        const int first = m_edit->cursorForPosition(QPoint(0, 0)).position();
        const int last =
            m_edit->cursorForPosition(QPoint(m_edit->viewport()->width(), m_edit->viewport()->height())).position();
        from = first - (last - first) - 2000;
        to = last + (last - first) + 2000;
    }
    const int documentEnd = m_edit->document()->characterCount() - 1;
    QList<QTextEdit::ExtraSelection> selections;
    for (const CoachHit& hit : std::as_const(m_hits)) {
        if (hit.end() < from || hit.start > to || hit.end() > documentEnd) {
            continue;
        }
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_edit->document());
        selection.cursor.setPosition(int(hit.start));
        selection.cursor.setPosition(int(hit.end()), QTextCursor::KeepAnchor);
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(colourFor(hit.severity));
        selections << selection;
    }
    m_edit->setExtraSelections(selections);
}

std::optional<CoachHit> CoachDecorator::hitAt(int position) const
{
    for (const CoachHit& hit : m_hits) {
        if (hit.start <= position && position <= hit.end()) {
            return hit;
        }
    }
    return std::nullopt;
}

QString CoachDecorator::toolTipFor(const CoachHit& hit) const
{
    const CoachRule* rule = m_coach ? m_coach->engine().rule(hit.ruleId) : nullptr;
    //: Tooltip of a phrase flagged by the blameless-language coach: %1 rule title, %2 why, %3 a reframe
    return tr("<p><b>%1</b></p><p>%2</p><p><i>Try:</i> %3</p>")
        .arg((rule ? rule->title : hit.ruleId).toHtmlEscaped(),
             hit.explanation.toHtmlEscaped(),
             hit.suggestion.toHtmlEscaped());
}

QMenu* CoachDecorator::createContextMenu(int position)
{
    QMenu* menu = m_edit->createStandardContextMenu();
    const std::optional<CoachHit> hit = hitAt(position);
    if (!hit || !m_coach) {
        return menu;
    }
    QAction* before = menu->actions().value(0);
    const CoachRule* rule = m_coach->engine().rule(hit->ruleId);
    auto* ignore = new QAction(tr("Ignore this phrase"), menu);
    ignore->setObjectName(QStringLiteral("coachIgnoreAction"));
    //: %1 is the title of a coach rule
    auto* disable =
        new QAction(tr("Switch off rule “%1” for this library").arg(rule ? rule->title : hit->ruleId), menu);
    disable->setObjectName(QStringLiteral("coachDisableRuleAction"));
    const bool writable = !m_readOnly && !m_coach->isReadOnly();
    ignore->setEnabled(writable);
    disable->setEnabled(writable);
    QPointer<StoryCoach> coach = m_coach;
    const CoachHit target = *hit;
    connect(ignore, &QAction::triggered, this, [coach, target] {
        if (coach) {
            coach->ignore(target);
        }
    });
    connect(disable, &QAction::triggered, this, [coach, target] {
        if (coach) {
            (void)coach->setRuleEnabled(target.ruleId, false); // the store reports failures
        }
    });
    menu->insertAction(before, ignore);
    menu->insertAction(before, disable);
    menu->insertSeparator(before);
    return menu;
}

bool CoachDecorator::eventFilter(QObject* watched, QEvent* event)
{
    // Only these two events are ours. Checking the type first also keeps the editor untouched while
    // it is being destroyed (its viewport still gets events then, but it is no scroll area any more).
    if (event->type() != QEvent::ToolTip && event->type() != QEvent::ContextMenu) {
        return QObject::eventFilter(watched, event);
    }
    if (watched == m_edit->viewport() && event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QTextCursor cursor = m_edit->cursorForPosition(help->pos());
        const std::optional<CoachHit> hit = hitAt(cursor.position());
        if (hit) {
            QToolTip::showText(help->globalPos(), toolTipFor(*hit), m_edit->viewport());
            return true;
        }
        return false;
    }
    if (event->type() == QEvent::ContextMenu && (watched == m_edit->viewport() || watched == m_edit)) {
        auto* menuEvent = static_cast<QContextMenuEvent*>(event);
        const bool keyboard = menuEvent->reason() == QContextMenuEvent::Keyboard;
        const int position =
            keyboard ? m_edit->textCursor().position() : m_edit->cursorForPosition(menuEvent->pos()).position();
        if (!hitAt(position)) {
            return false; // the editor's own menu
        }
        QMenu* menu = createContextMenu(position);
        const QPoint at =
            keyboard ? m_edit->viewport()->mapToGlobal(m_edit->cursorRect().bottomLeft()) : menuEvent->globalPos();
        menu->exec(at);
        delete menu;
        return true;
    }
    return QObject::eventFilter(watched, event);
}
