#include "PresenterWindow.h"

#include "retro/RetroPage.h" // RetroDocument.h with the field enums it needs

#include "document/RetroDocument.h"
#include "domain/RetroPhase.h"
#include "models/RetroActionModel.h"
#include "models/RetroBoardModel.h"
#include "models/RetroDiscussionModel.h"
#include "models/RetroReviewModel.h"
#include "retro/PhaseStepper.h"
#include "retro/RetroTimerCountdown.h"
#include "retro/TimerWidget.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QScreen>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {
// Light on dark: #F2F2F2 on #111418 has a contrast ratio of about 17:1 (WCAG AAA asks for 7:1).
const QColor Background(0x11, 0x14, 0x18);
const QColor Foreground(0xF2, 0xF2, 0xF2);
const QColor CardBackground(0x24, 0x2A, 0x33);
const QColor Accent(0xFF, 0xD4, 0x00); // focus and votes; black text on it
const QColor Muted(0xC8, 0xCD, 0xD3);  // still 11:1 on the background

QString esc(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QString votesHtml(int votes, bool onAccent)
{
    if (votes <= 0) {
        return {};
    }
    //: Dots on a card in presenter mode, e.g. "● 3".
    return QStringLiteral(" <span style=\"color:%1; font-weight:bold;\">%2</span>")
        .arg(onAccent ? QStringLiteral("#000000") : Accent.name(), PresenterWindow::tr("● %1").arg(votes));
}
} // namespace

PresenterWindow::PresenterWindow(RetroDocument* document, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_document(document)
    , m_title(new QLabel(this))
    , m_phaseLabel(new QLabel(this))
    , m_stepper(new PhaseStepper(this))
    , m_content(new QTextBrowser(this))
    , m_timer(new TimerWidget(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("presenterWindow"));
    setWindowTitle(tr("Kintsugi Presenter"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    m_title->setObjectName(QStringLiteral("presenterTitle"));
    m_phaseLabel->setObjectName(QStringLiteral("presenterPhase"));
    m_phaseLabel->setWordWrap(true);
    m_stepper->setObjectName(QStringLiteral("presenterStepper"));
    m_stepper->setFocusPolicy(Qt::NoFocus); // the window handles the arrows
    m_content->setObjectName(QStringLiteral("presenterContent"));
    m_content->setFocusPolicy(Qt::NoFocus);
    m_content->setFrameShape(QFrame::NoFrame);
    m_content->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_content->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_content->setOpenLinks(false);
    m_timer->setObjectName(QStringLiteral("presenterTimer"));
    m_timer->setControlsVisible(false);
    m_timer->setSoundEnabled(false); // the facilitator's timer rings; this one flashes along
    m_timer->setFocusPolicy(Qt::NoFocus);
    setFocusPolicy(Qt::StrongFocus);

    QStringList phaseNames;
    for (RetroPhase phase : RetroPhases::all()) {
        phaseNames << RetroPhases::name(phase);
    }
    m_stepper->setSteps(phaseNames);

    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_phaseLabel);
    header->addLayout(titles, 1);
    header->addWidget(m_timer);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_stepper);
    layout->addWidget(m_content, 1);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &PresenterWindow::refresh);
    connect(m_timer, &TimerWidget::flashChanged, this, [this](bool lit) {
        m_flashLit = lit;
        applyColors();
    });

    if (m_document) {
        m_timer->setCountdown(new RetroTimerCountdown(m_document->timer(), m_timer));
        connect(m_document, &RetroDocument::phaseChanged, this, &PresenterWindow::scheduleRefresh);
        connect(m_document, &RetroDocument::fieldChanged, this, &PresenterWindow::scheduleRefresh);
        connect(m_document, &RetroDocument::reloaded, this, &PresenterWindow::scheduleRefresh);
        const QList<QAbstractItemModel*> models = {
            m_document->board(), m_document->discussion(), m_document->actions(), m_document->review()};
        for (QAbstractItemModel* model : models) {
            connect(model, &QAbstractItemModel::dataChanged, this, &PresenterWindow::scheduleRefresh);
            connect(model, &QAbstractItemModel::rowsInserted, this, &PresenterWindow::scheduleRefresh);
            connect(model, &QAbstractItemModel::rowsRemoved, this, &PresenterWindow::scheduleRefresh);
            connect(model, &QAbstractItemModel::rowsMoved, this, &PresenterWindow::scheduleRefresh);
            connect(model, &QAbstractItemModel::layoutChanged, this, &PresenterWindow::scheduleRefresh);
            connect(model, &QAbstractItemModel::modelReset, this, &PresenterWindow::scheduleRefresh);
        }
        connect(
            m_document->discussion(), &RetroDiscussionModel::currentChanged, this, &PresenterWindow::scheduleRefresh);
    }
    applyScale();
    applyColors();
    refresh();
}

PresenterWindow::~PresenterWindow() = default;

RetroDocument* PresenterWindow::document() const
{
    return m_document;
}

double PresenterWindow::bodyPointSize(const QScreen* screen)
{
    if (!screen) {
        return 28;
    }
    // Points already follow the logical DPI; larger screens (a 4K TV at scale 1) get larger type.
    const QSize size = screen->size();
    const double factor = std::min(size.width() / 1920.0, size.height() / 1080.0);
    return 28 * std::max(1.0, factor);
}

void PresenterWindow::showOn(QScreen* screen)
{
    if (!screen) {
        screen = QGuiApplication::primaryScreen();
    }
    setScreen(screen);
    setGeometry(screen->geometry());
    applyScale();
    showFullScreen();
    raise();
    activateWindow();
    setFocus();
}

void PresenterWindow::toggleFullScreen()
{
    if (isFullScreen()) {
        showNormal();
    } else {
        showFullScreen();
    }
}

void PresenterWindow::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::ScreenChangeInternal) {
        applyScale();
    }
}

void PresenterWindow::applyScale()
{
    m_bodyPt = bodyPointSize(screen());
    QFont body = font();
    body.setPointSizeF(m_bodyPt);
    m_content->setFont(body);
    m_content->document()->setDefaultFont(body);
    QFont title = body;
    title.setPointSizeF(m_bodyPt * 1.4);
    title.setBold(true);
    m_title->setFont(title);
    QFont phase = body;
    phase.setPointSizeF(m_bodyPt * 0.9);
    m_phaseLabel->setFont(phase);
    QFont stepper = body;
    stepper.setPointSizeF(m_bodyPt * 0.7);
    m_stepper->setFont(stepper);
    m_timer->setFont(body);
    const int side = QFontMetrics(body).height() * 5;
    m_timer->setFixedSize(side, side);
    scheduleRefresh();
}

void PresenterWindow::applyColors()
{
    QPalette pal = palette();
    const QColor back = m_flashLit ? TimerWidget::flashBackground() : Background;
    const QColor text = m_flashLit ? TimerWidget::flashForeground() : Foreground;
    pal.setColor(QPalette::Window, back);
    pal.setColor(QPalette::Base, back);
    pal.setColor(QPalette::WindowText, text);
    pal.setColor(QPalette::Text, text);
    pal.setColor(QPalette::Highlight, m_flashLit ? QColor(Qt::black) : Accent);
    pal.setColor(QPalette::HighlightedText, m_flashLit ? Accent : QColor(Qt::black));
    setPalette(pal);
    setAutoFillBackground(true);
    m_content->setPalette(pal);
}

void PresenterWindow::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_F11:
        toggleFullScreen();
        break;
    case Qt::Key_Escape:
        emit leaveRequested();
        close();
        break;
    case Qt::Key_Left:
        if (m_document) {
            (void)m_document->previousPhase(); // at the first phase: nothing to do
        }
        break;
    case Qt::Key_Right:
        if (m_document) {
            (void)m_document->nextPhase();
        }
        break;
    case Qt::Key_Up:
        moveFocus(-1);
        break;
    case Qt::Key_Down:
        moveFocus(1);
        break;
    case Qt::Key_Space:
        m_timer->startOrPause();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

QList<RetroItemRef> PresenterWindow::focusableItems() const
{
    QList<RetroItemRef> items;
    if (!m_document) {
        return items;
    }
    RetroBoardModel* board = m_document->board();
    for (int c = 0; c < board->rowCount(); ++c) {
        const QModelIndex column = board->index(c, 0);
        for (int r = 0; r < board->rowCount(column); ++r) {
            items << board->refAt(board->index(r, 0, column));
        }
    }
    return items;
}

void PresenterWindow::moveFocus(int delta)
{
    if (!m_document) {
        return;
    }
    if (m_document->retro().phase == RetroPhase::Discuss) {
        if (delta > 0) {
            m_document->discussion()->next();
        } else {
            m_document->discussion()->previous();
        }
        return;
    }
    const QList<RetroItemRef> items = focusableItems();
    if (items.isEmpty()) {
        return;
    }
    int row = int(items.indexOf(m_focus));
    row = row < 0 ? (delta > 0 ? 0 : int(items.size()) - 1) : std::clamp(row + delta, 0, int(items.size()) - 1);
    m_focus = items.at(row);
    refresh();
}

void PresenterWindow::scheduleRefresh()
{
    m_refreshTimer->start();
}

QString PresenterWindow::contentText() const
{
    return m_content->toPlainText();
}

void PresenterWindow::refresh()
{
    m_refreshTimer->stop();
    if (!m_document) {
        m_title->clear();
        m_content->clear();
        return;
    }
    const Retro& retro = m_document->retro();
    m_title->setText(retro.displayTitle());
    //: Presenter heading: "Vote — Put your dots on what matters most."
    m_phaseLabel->setText(tr("%1 — %2").arg(RetroPhases::name(retro.phase), RetroPhases::description(retro.phase)));
    m_stepper->setCurrentIndex(RetroPhases::index(retro.phase));

    QString html;
    switch (retro.phase) {
    case RetroPhase::ReviewActions:
        html = reviewHtml();
        break;
    case RetroPhase::Collect:
    case RetroPhase::Group:
        html = boardHtml(false);
        break;
    case RetroPhase::Vote:
        html = boardHtml(true);
        break;
    case RetroPhase::Discuss:
        html = discussHtml();
        break;
    case RetroPhase::Actions:
        html = actionsHtml();
        break;
    case RetroPhase::Summary:
        html = summaryHtml();
        break;
    }
    m_content->setHtml(html);
    m_content->document()->setDefaultFont(m_content->font());
}

QString PresenterWindow::boardHtml(bool showVotes) const
{
    RetroBoardModel* board = m_document->board();
    const int columns = board->rowCount();
    if (columns == 0) {
        return QStringLiteral("<p>%1</p>").arg(esc(tr("This board has no columns.")));
    }
    const int cellWidth = 100 / columns;
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"12\" cellpadding=\"0\"><tr>");
    for (int c = 0; c < columns; ++c) {
        const QModelIndex column = board->index(c, 0);
        html += QStringLiteral("<td width=\"%1%\" valign=\"top\">").arg(cellWidth);
        html += QStringLiteral("<p style=\"font-weight:bold; font-size:%1pt;\">%2</p>")
                    .arg(m_bodyPt * 1.1)
                    .arg(esc(column.data(RetroBoardModel::TextRole).toString()));
        for (int r = 0; r < board->rowCount(column); ++r) {
            const QModelIndex item = board->index(r, 0, column);
            const bool focused = board->refAt(item) == m_focus;
            const QColor back = focused ? Accent : CardBackground;
            const QColor fore = focused ? QColor(Qt::black) : Foreground;
            const int votes = showVotes ? item.data(RetroBoardModel::VotesRole).toInt() : 0;
            html += QStringLiteral("<table width=\"100%\" cellpadding=\"10\" style=\"margin-bottom:10px;\">"
                                   "<tr><td bgcolor=\"%1\" style=\"color:%2;\">")
                        .arg(back.name(), fore.name());
            if (board->kindAt(item) == RetroBoardModel::Kind::Group) {
                html += QStringLiteral("<b>%1</b>%2")
                            .arg(esc(item.data(Qt::DisplayRole).toString()), votesHtml(votes, focused));
                for (int k = 0; k < board->rowCount(item); ++k) {
                    html += QStringLiteral("<br>• %1").arg(esc(board->index(k, 0, item).data().toString()));
                }
            } else {
                html += esc(item.data(Qt::DisplayRole).toString()) + votesHtml(votes, focused);
            }
            html += QStringLiteral("</td></tr></table>");
        }
        html += QStringLiteral("</td>");
    }
    html += QStringLiteral("</tr></table>");
    return html;
}

QString PresenterWindow::discussHtml() const
{
    RetroDiscussionModel* discussion = m_document->discussion();
    if (discussion->rowCount() == 0) {
        return QStringLiteral("<p>%1</p>").arg(esc(tr("Nothing to discuss yet.")));
    }
    const int current = std::max(0, discussion->currentRow());
    const RetroDiscussionItem& item = discussion->itemAt(current);
    QString html =
        QStringLiteral("<table width=\"100%\" cellpadding=\"16\"><tr><td bgcolor=\"%1\" style=\"color:#000000;\">")
            .arg(Accent.name());
    html += QStringLiteral("<p style=\"font-size:%1pt; font-weight:bold;\">%2%3</p>")
                .arg(m_bodyPt * 1.3)
                .arg(esc(item.text), votesHtml(item.votes, true));
    for (const QString& card : item.cards) {
        html += QStringLiteral("<p>• %1</p>").arg(esc(card));
    }
    html += QStringLiteral("</td></tr></table>");
    if (!item.notes.trimmed().isEmpty()) {
        html += QStringLiteral("<p style=\"color:%1;\"><b>%2</b></p><p>%3</p>")
                    .arg(Muted.name(), esc(tr("Notes")), esc(item.notes));
    }
    if (current + 1 < discussion->rowCount()) {
        html += QStringLiteral("<p style=\"color:%1;\"><b>%2</b></p>").arg(Muted.name(), esc(tr("Up next")));
        for (int r = current + 1; r < std::min(discussion->rowCount(), current + 4); ++r) {
            const RetroDiscussionItem& next = discussion->itemAt(r);
            html += QStringLiteral("<p>%1%2</p>").arg(esc(next.text), votesHtml(next.votes, false));
        }
    }
    return html;
}

QString PresenterWindow::actionsHtml() const
{
    RetroActionModel* actions = m_document->actions();
    QString html;
    if (actions->rowCount() == 0) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("No action items yet.")));
    }
    for (int r = 0; r < actions->rowCount(); ++r) {
        const RetroAction& action = actions->actionAt(r);
        QStringList details;
        if (!action.owner.isEmpty()) {
            details << action.owner;
        }
        if (action.dueDate.isValid()) {
            //: Presenter: when an action item is due.
            details << tr("due %1").arg(QLocale().toString(action.dueDate, QLocale::ShortFormat));
        }
        html += QStringLiteral("<p>☐ <b>%1</b>").arg(esc(action.title));
        if (!details.isEmpty()) {
            html += QStringLiteral(" <span style=\"color:%1;\">— %2</span>")
                        .arg(Muted.name(), esc(details.join(QStringLiteral(", "))));
        }
        html += QStringLiteral("</p>");
    }
    return html;
}

QString PresenterWindow::reviewHtml() const
{
    RetroReviewModel* review = m_document->review();
    if (review->rowCount() == 0) {
        return QStringLiteral("<p>%1</p>").arg(esc(tr("No open actions from earlier retrospectives.")));
    }
    QString html;
    for (int r = 0; r < review->rowCount(); ++r) {
        const RetroReviewItem& item = review->itemAt(r);
        QString mark = QStringLiteral("☐");
        if (item.decision == RetroReviewDecision::Done) {
            mark = QStringLiteral("☑");
        } else if (item.decision == RetroReviewDecision::CarriedOver) {
            mark = QStringLiteral("↻");
        }
        html += QStringLiteral("<p>%1 <b>%2</b> <span style=\"color:%3;\">— %4</span></p>")
                    .arg(mark,
                         esc(item.title),
                         Muted.name(),
                         esc(item.owner.isEmpty()
                                 ? RetroReviewModel::decisionName(item.decision)
                                 : tr("%1, %2").arg(item.owner, RetroReviewModel::decisionName(item.decision))));
    }
    return html;
}

QString PresenterWindow::summaryHtml() const
{
    const QList<RetroDiscussionItem> items = m_document->discussionOrder();
    QString html = QStringLiteral("<p style=\"color:%1;\"><b>%2</b></p>").arg(Muted.name(), esc(tr("Top items")));
    int shown = 0;
    for (const RetroDiscussionItem& item : items) {
        if (shown == 5 || item.votes <= 0) {
            break;
        }
        html += QStringLiteral("<p>%1%2</p>").arg(esc(item.text), votesHtml(item.votes, false));
        ++shown;
    }
    if (shown == 0) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("No votes.")));
    }
    html += QStringLiteral("<p style=\"color:%1;\"><b>%2</b></p>").arg(Muted.name(), esc(tr("Actions")));
    html += actionsHtml();
    return html;
}
