#include "analysis/TimelinePage.h"

#include "analysis/TimelineDelegate.h"
#include "document/StoryDocument.h"
#include "domain/StoryRules.h"
#include "domain/TimelineRules.h"
#include "import/TimelineParser.h"
#include "models/TimelineModel.h"

#include <QAction>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

TimelinePage::TimelinePage(QWidget* parent)
    : StoryPage(parent)
{
    setObjectName(QStringLiteral("timelinePage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* bar = new QHBoxLayout;
    m_addButton = new QPushButton(tr("Add Eve&nt"), this);
    m_addButton->setObjectName(QStringLiteral("addEventButton"));
    m_deleteButton = new QPushButton(tr("De&lete"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteEventButton"));
    m_pasteButton = new QPushButton(tr("&Paste Events"), this);
    m_pasteButton->setObjectName(QStringLiteral("pasteEventsButton"));
    m_pasteButton->setToolTip(tr("Adds an event for each line of the clipboard that starts with a date or time, "
                                 "or for each row of a Markdown timeline table."));
    bar->addWidget(m_addButton);
    bar->addWidget(m_deleteButton);
    bar->addWidget(m_pasteButton);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_gaps = new QLabel(this);
    m_gaps->setObjectName(QStringLiteral("timelineGapsLabel"));
    m_gaps->setWordWrap(true);
    m_gaps->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_gaps->setToolTip(tr("From the first event of each kind. Events with a date only do not count."));
    layout->addWidget(m_gaps);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("timelineView"));
    m_delegate = new TimelineDelegate(m_view);
    m_view->setItemDelegate(m_delegate);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setTabKeyNavigation(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setAccessibleName(tr("Timeline"));
    m_view->installEventFilter(this);
    layout->addWidget(m_view, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("timelineMessageLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto* hint = new QLabel(tr("Enter on the last row adds the next event · Tab moves between cells · "
                               "Ctrl+V pastes lines or a Markdown table · Delete removes"),
                            this);
    hint->setObjectName(QStringLiteral("timelineHintLabel"));
    hint->setWordWrap(true);
    hint->setEnabled(false); // drawn in the palette's quieter colour
    layout->addWidget(hint);

    buildActions();
    connect(m_delegate, &TimelineDelegate::enterPressed, this, &TimelinePage::onEnterInEditor);
    connect(m_delegate, &TimelineDelegate::timeRejected, this, [this](const QString& text) {
        //: %1 is what was typed into the time cell
        showMessage(tr("“%1” is not a time. Type a date and time such as 2021-12-10 15:40, a time such as "
                       "15:40, or a date alone.")
                        .arg(text));
    });
    connect(m_delegate,
            &QAbstractItemDelegate::closeEditor,
            this,
            [this](QWidget*, QAbstractItemDelegate::EndEditHint endHint) {
                if (endHint == QAbstractItemDelegate::RevertModelCache) {
                    // Queued: the view is still closing the editor.
                    QTimer::singleShot(0, this, &TimelinePage::onEditorClosed);
                }
            });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        updateActions();
        QMenu menu(this);
        menu.addAction(m_useAsStartAction);
        menu.addAction(m_useAsDetectionAction);
        menu.addAction(m_useAsResolutionAction);
        menu.addSeparator();
        menu.addAction(m_addAction);
        menu.addAction(m_deleteAction);
        menu.addAction(m_pasteAction);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    setDocument(nullptr);
}

void TimelinePage::buildActions()
{
    m_addAction = new QAction(tr("&Add Event"), this);
    m_addAction->setObjectName(QStringLiteral("addEventAction"));
    m_addAction->setShortcut(QKeySequence(Qt::Key_Insert));
    m_addAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_addAction);
    connect(m_addAction, &QAction::triggered, this, [this] {
        addEventAfter(currentRow() >= 0 ? currentRow() : (m_model ? m_model->rowCount() - 1 : -1));
    });
    connect(m_addButton, &QPushButton::clicked, m_addAction, &QAction::trigger);

    m_deleteAction = new QAction(tr("&Delete Event"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteEventAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_deleteAction);
    connect(m_deleteAction, &QAction::triggered, this, &TimelinePage::deleteSelected);
    connect(m_deleteButton, &QPushButton::clicked, m_deleteAction, &QAction::trigger);

    m_pasteAction = new QAction(tr("&Paste Events"), this);
    m_pasteAction->setObjectName(QStringLiteral("pasteEventsAction"));
    m_pasteAction->setShortcut(QKeySequence::Paste);
    m_pasteAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_pasteAction);
    connect(m_pasteAction, &QAction::triggered, this, &TimelinePage::paste);
    connect(m_pasteButton, &QPushButton::clicked, m_pasteAction, &QAction::trigger);

    m_useAsStartAction = new QAction(tr("Use as &Start Time"), this);
    m_useAsStartAction->setObjectName(QStringLiteral("useAsStartAction"));
    connect(m_useAsStartAction, &QAction::triggered, this, [this] {
        useAsStoryTime(static_cast<int>(StoryField::StartedAt));
    });
    m_useAsDetectionAction = new QAction(tr("Use as De&tection Time"), this);
    m_useAsDetectionAction->setObjectName(QStringLiteral("useAsDetectionAction"));
    connect(m_useAsDetectionAction, &QAction::triggered, this, [this] {
        useAsStoryTime(static_cast<int>(StoryField::DetectedAt));
    });
    m_useAsResolutionAction = new QAction(tr("Use as &Resolution Time"), this);
    m_useAsResolutionAction->setObjectName(QStringLiteral("useAsResolutionAction"));
    connect(m_useAsResolutionAction, &QAction::triggered, this, [this] {
        useAsStoryTime(static_cast<int>(StoryField::ResolvedAt));
    });
}

void TimelinePage::setDocument(StoryDocument* document)
{
    if (m_model) {
        disconnect(m_model, nullptr, this, nullptr);
    }
    if (m_unreadableDialog) {
        m_unreadableDialog->close();
    }
    m_document = document;
    m_model = document ? document->timeline() : nullptr;
    m_freshEventId = 0;
    QItemSelectionModel* oldSelection = m_view->selectionModel();
    m_view->setModel(m_model);
    if (oldSelection && oldSelection != m_view->selectionModel()) {
        oldSelection->deleteLater();
    }
    m_message->clear();
    if (m_model) {
        connect(m_model, &TimelineModel::timelineChanged, this, &TimelinePage::updateGaps);
        connect(m_model, &TimelineModel::timelineChanged, this, &TimelinePage::updateActions);
        connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &TimelinePage::updateActions);
        // Fixed widths: measuring thousands of rows would slow down opening a long timeline.
        const QFontMetrics fm = m_view->fontMetrics();
        QHeaderView* header = m_view->horizontalHeader();
        header->setSectionResizeMode(TimelineModel::DescriptionColumn, QHeaderView::Stretch);
        header->resizeSection(TimelineModel::TimeColumn, fm.horizontalAdvance(QStringLiteral("0000-00-00 00:00")) + 16);
        int kindWidth = fm.horizontalAdvance(m_model->headerData(TimelineModel::KindColumn, Qt::Horizontal).toString());
        for (TimelineKind kind : TimelineRules::allKinds()) {
            kindWidth = std::max(kindWidth, fm.horizontalAdvance(TimelineRules::kindName(kind)));
        }
        header->resizeSection(TimelineModel::KindColumn, kindWidth + 36);
        header->resizeSection(TimelineModel::ActorColumn, fm.horizontalAdvance(QLatin1Char('x')) * 14);
    }
    updateGaps();
    updateActions();
}

void TimelinePage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_view->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                           QAbstractItemView::AnyKeyPressed);
    updateActions();
}

int TimelinePage::currentRow() const
{
    return m_model && m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
}

void TimelinePage::updateActions()
{
    const bool writable = m_model && !m_readOnly && !m_model->isReadOnly();
    const bool hasEvent = currentRow() >= 0;
    m_addAction->setEnabled(writable);
    m_deleteAction->setEnabled(writable && hasEvent);
    m_pasteAction->setEnabled(writable);
    m_addButton->setEnabled(writable);
    m_deleteButton->setEnabled(writable && hasEvent);
    m_pasteButton->setEnabled(writable);
    const bool canSetStory = writable && hasEvent && m_document;
    m_useAsStartAction->setEnabled(canSetStory);
    m_useAsDetectionAction->setEnabled(canSetStory);
    m_useAsResolutionAction->setEnabled(canSetStory);
}

void TimelinePage::updateGaps()
{
    if (!m_model) {
        m_gaps->clear();
        return;
    }
    const TimelineRules::Gaps gaps = m_model->gaps();
    QStringList parts;
    if (gaps.triggerToDetection) {
        //: %1 is a duration such as "25 min"
        parts << tr("Trigger → detection: %1").arg(StoryRules::formatDuration(*gaps.triggerToDetection));
    }
    if (gaps.detectionToRepair) {
        //: %1 is a duration such as "1 h 5 min"
        parts << tr("Detection → repair: %1").arg(StoryRules::formatDuration(*gaps.detectionToRepair));
    }
    if (gaps.triggerToRepair) {
        //: %1 is a duration such as "1 h 30 min"
        parts << tr("Trigger → repair: %1").arg(StoryRules::formatDuration(*gaps.triggerToRepair));
    }
    if (parts.isEmpty()) {
        m_gaps->setText(tr("Mark events as Trigger, Detection and Repair to see the time between them."));
    } else {
        m_gaps->setText(parts.join(QStringLiteral("   ·   ")));
    }
}

void TimelinePage::showMessage(const QString& text)
{
    m_message->setText(text);
}

int TimelinePage::addEventAfter(int row)
{
    if (!m_model || m_readOnly || m_model->isReadOnly() || !m_document) {
        return -1;
    }
    TimelineEvent event;
    if (row >= 0 && row < m_model->rowCount()) {
        const TimelineEvent& previous = m_model->event(row);
        event.dateOnly = previous.dateOnly;
        event.occurredAt = previous.dateOnly ? previous.occurredAt : previous.occurredAt.addSecs(NextEventMinutes * 60);
    } else {
        const QDateTime start = m_document->story().startedAt;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        event.occurredAt = start.isValid() ? start : now.addSecs(-now.time().second()).addMSecs(-now.time().msec());
    }
    const QList<qint64> ids = m_model->addEvents({event});
    if (ids.isEmpty()) {
        return -1;
    }
    const int added = m_model->rowOf(ids.first());
    m_freshEventId = ids.first();
    m_freshUndoIndex = m_document->undoStack()->index();
    const QModelIndex index = m_model->index(added, TimelineModel::DescriptionColumn);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_view->setFocus();
    m_view->edit(index);
    m_message->clear();
    return added;
}

void TimelinePage::onEnterInEditor()
{
    if (!m_model) {
        return;
    }
    const int row = currentRow();
    if (row < 0) {
        return;
    }
    if (row == m_model->rowCount() - 1) {
        addEventAfter(row);
        return;
    }
    const QModelIndex next = m_model->index(row + 1, m_view->currentIndex().column());
    m_view->setCurrentIndex(next);
}

void TimelinePage::onEditorClosed()
{
    // Escape on a row just added with Enter, before anything was typed: take the row back.
    if (!m_model || !m_document || m_freshEventId == 0) {
        return;
    }
    const qint64 id = std::exchange(m_freshEventId, 0);
    const int row = m_model->rowOf(id);
    if (row >= 0 && m_model->event(row).description.isEmpty() && m_document->undoStack()->index() == m_freshUndoIndex) {
        const int previous = row > 0 ? row - 1 : 0;
        m_document->undoStack()->undo();
        if (m_model->rowCount() > 0) {
            m_view->setCurrentIndex(
                m_model->index(qMin(previous, m_model->rowCount() - 1), TimelineModel::DescriptionColumn));
        }
    }
}

void TimelinePage::deleteSelected()
{
    if (!m_model || m_readOnly) {
        return;
    }
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex& index : selected) {
        rows << index.row();
    }
    if (rows.isEmpty() && currentRow() >= 0) {
        rows << currentRow();
    }
    if (rows.isEmpty()) {
        return;
    }
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int row : std::as_const(rows)) {
        ids << m_model->event(row).id;
    }
    const int first = rows.first();
    m_freshEventId = 0;
    if (m_model->removeEvents(ids) && m_model->rowCount() > 0) {
        m_view->setCurrentIndex(
            m_model->index(qMin(first, m_model->rowCount() - 1), qMax(0, m_view->currentIndex().column())));
    }
    updateActions();
}

void TimelinePage::paste()
{
    pasteText(QGuiApplication::clipboard()->text());
}

int TimelinePage::pasteText(const QString& text)
{
    if (!m_model || m_readOnly || !m_document) {
        return 0;
    }
    TimelineParser::Options options;
    options.zone = m_model->timeZone();
    // Time-only lines before the first date fall on the story's start, else on the last event's day.
    const QDateTime start = m_document->story().startedAt;
    if (start.isValid()) {
        options.referenceDate = start.toTimeZone(options.zone).date();
    } else if (m_model->rowCount() > 0) {
        const TimelineEvent& last = m_model->event(m_model->rowCount() - 1);
        options.referenceDate = last.dateOnly ? last.date() : last.occurredAt.toTimeZone(options.zone).date();
    } else {
        options.referenceDate = QDateTime::currentDateTimeUtc().toTimeZone(options.zone).date();
    }
    const TimelineParseResult result = TimelineParser::parse(text, options);
    QList<qint64> ids;
    if (!result.events.isEmpty()) {
        //: the undo step of pasting timeline events
        ids = m_model->addEvents(result.events, tr("Paste %n event(s)", nullptr, int(result.events.size())));
        if (ids.isEmpty()) {
            return 0; // not saved; the store said why
        }
        m_freshEventId = 0;
        m_view->clearSelection();
        for (qint64 id : std::as_const(ids)) {
            m_view->selectionModel()->select(m_model->index(m_model->rowOf(id), 0),
                                             QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        const QModelIndex first = m_model->index(m_model->rowOf(ids.first()), TimelineModel::DescriptionColumn);
        m_view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_view->scrollTo(first);
    }
    if (result.unreadable.isEmpty()) {
        showMessage(tr("Pasted %n event(s).", nullptr, int(ids.size())));
        return int(ids.size());
    }
    //: %1 is the number of lines that could not be read
    showMessage(tr("Pasted %n event(s); %1 line(s) could not be read.", nullptr, int(ids.size()))
                    .arg(result.unreadable.size()));

    if (m_unreadableDialog) {
        m_unreadableDialog->close();
    }
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("unreadableLinesDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Lines Not Pasted"));
    auto* layout = new QVBoxLayout(dialog);
    auto* label = new QLabel(tr("%n event(s) were added. These lines did not become events; fix them and paste them "
                                "again, or add them by hand:",
                                nullptr,
                                int(ids.size())),
                             dialog);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto* list = new QListWidget(dialog);
    list->setObjectName(QStringLiteral("unreadableLinesList"));
    for (const UnreadableLine& line : result.unreadable) {
        //: %1 is a line number, %2 the line's text, %3 why it could not be read
        auto* item = new QListWidgetItem(tr("Line %1: %2").arg(line.lineNumber).arg(line.text.trimmed()), list);
        item->setToolTip(line.reason);
        item->setData(Qt::UserRole, line.lineNumber);
        item->setData(Qt::UserRole + 1, line.text);
    }
    list->setCurrentRow(0);
    list->setMinimumWidth(560);
    layout->addWidget(list);
    auto* reason = new QLabel(dialog);
    reason->setObjectName(QStringLiteral("unreadableReasonLabel"));
    reason->setWordWrap(true);
    layout->addWidget(reason);
    connect(list, &QListWidget::currentItemChanged, reason, [reason](QListWidgetItem* item) {
        reason->setText(item ? item->toolTip() : QString());
    });
    reason->setText(list->currentItem() ? list->currentItem()->toolTip() : QString());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    auto* copy = buttons->addButton(tr("&Copy Lines"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyUnreadableButton"));
    QStringList lines;
    for (const UnreadableLine& line : result.unreadable) {
        lines << line.text;
    }
    connect(copy, &QPushButton::clicked, dialog, [lines] {
        QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    m_unreadableDialog = dialog;
    dialog->open();
    return int(ids.size());
}

void TimelinePage::useAsStoryTime(int field)
{
    const int row = currentRow();
    if (!m_document || !m_model || row < 0) {
        return;
    }
    const QDateTime time = TimelineRules::effectiveTime(m_model->event(row), m_model->timeZone());
    m_document->editField(static_cast<StoryField>(field), time);
}

bool TimelinePage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress && m_model) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && key->modifiers() == Qt::NoModifier && m_view->hasFocus()) {
            const int row = currentRow();
            if (m_model->rowCount() == 0 || row == m_model->rowCount() - 1) {
                addEventAfter(m_model->rowCount() - 1);
            } else if (row >= 0) {
                m_view->edit(m_view->currentIndex());
            } else {
                addEventAfter(m_model->rowCount() - 1);
            }
            return true;
        }
    }
    return StoryPage::eventFilter(watched, event);
}
