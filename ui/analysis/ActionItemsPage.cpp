#include "analysis/ActionItemsPage.h"

#include "analysis/ActionItemDelegate.h"
#include "analysis/CauseLinkDialog.h"
#include "commands/ActionItemLifecycleCommand.h"
#include "commands/EditActionItemCommand.h"
#include "commands/MoveActionItemCommand.h"
#include "document/StoryDocument.h"
#include "models/ActionItemModel.h"

#include <QAction>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

ActionItemsPage::ActionItemsPage(QWidget* parent)
    : StoryPage(parent)
    , m_view(new QTreeView(this))
    , m_delegate(new ActionItemDelegate(
          [this](const QModelIndex& index, const QVariant& value) { commit(index, value); }, this))
    , m_summary(new QLabel(this))
    , m_unactioned(new QLabel(this))
    , m_emptyLabel(new QLabel(this))
    , m_add(new QPushButton(tr("Add Act&ion"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
    , m_up(new QPushButton(tr("Move U&p"), this))
    , m_down(new QPushButton(tr("Move Do&wn"), this))
    , m_link(new QPushButton(tr("&Link to Causes…"), this))
    , m_ticket(new QPushButton(tr("Open &Ticket"), this))
{
    setObjectName(QStringLiteral("actionItemsPage"));
    m_delegate->setOwnerSource([this] { return m_model ? m_model->knownOwners() : QStringList(); });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    auto* heading = new QLabel(tr("<b>Action items</b>: what we will do, who owns it, and by when."), this);
    heading->setWordWrap(true);
    top->addWidget(heading, 1);
    m_summary->setObjectName(QStringLiteral("actionSummaryLabel"));
    top->addWidget(m_summary);
    layout->addLayout(top);

    m_unactioned->setObjectName(QStringLiteral("unactionedRootCausesLabel"));
    m_unactioned->setWordWrap(true);
    m_unactioned->setTextFormat(Qt::RichText);
    m_unactioned->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_unactioned->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3cd; color: #664d03; padding: 6px 8px; border: 1px solid #e0c060; }"));
    m_unactioned->setVisible(false);
    connect(m_unactioned, &QLabel::linkActivated, this, [this](const QString& link) {
        bool ok = false;
        const qint64 causeId = link.mid(link.indexOf(QLatin1Char(':')) + 1).toLongLong(&ok);
        if (ok) {
            addAction({causeId});
        }
    });
    layout->addWidget(m_unactioned);

    m_view->setObjectName(QStringLiteral("actionItemsView"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setItemDelegate(m_delegate);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    layout->addWidget(m_view, 1);

    m_emptyLabel->setObjectName(QStringLiteral("actionsEmptyLabel"));
    m_emptyLabel->setText(tr("No action items yet. Press Insert (or Add Action) to add one: "
                             "an owner and a due date make it happen."));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setEnabled(false);
    layout->addWidget(m_emptyLabel);

    auto* buttons = new QHBoxLayout;
    m_add->setObjectName(QStringLiteral("addActionButton"));
    m_add->setToolTip(tr("Adds an action item below the current one (Insert)."));
    m_remove->setObjectName(QStringLiteral("removeActionButton"));
    m_remove->setToolTip(tr("Removes the current action item (Delete)."));
    m_up->setObjectName(QStringLiteral("moveActionUpButton"));
    m_up->setToolTip(tr("Alt+Up"));
    m_down->setObjectName(QStringLiteral("moveActionDownButton"));
    m_down->setToolTip(tr("Alt+Down"));
    m_link->setObjectName(QStringLiteral("linkActionButton"));
    m_link->setToolTip(tr("Links the action item to causes in the cause tree (Ctrl+L)."));
    m_ticket->setObjectName(QStringLiteral("openTicketButton"));
    m_ticket->setToolTip(tr("Opens the ticket in the browser (Ctrl+Enter)."));
    for (QPushButton* button : {m_add, m_remove, m_up, m_down, m_link, m_ticket}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);

    auto addShortcut = [this](const QList<QKeySequence>& keys, auto slot) {
        auto* action = new QAction(m_view);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(action);
        connect(action, &QAction::triggered, this, slot);
    };
    addShortcut({QKeySequence(Qt::Key_Insert)}, [this] { addAction(); });
    addShortcut({QKeySequence(Qt::Key_Delete)}, [this] { removeAction(); });
    addShortcut({QKeySequence(Qt::ALT | Qt::Key_Up)}, [this] { moveAction(-1); });
    addShortcut({QKeySequence(Qt::ALT | Qt::Key_Down)}, [this] { moveAction(1); });
    addShortcut({QKeySequence(Qt::CTRL | Qt::Key_L)}, [this] { linkCauses(); });
    addShortcut({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
                [this] { openTicket(); });
    connect(m_add, &QPushButton::clicked, this, [this] { addAction(); });
    connect(m_remove, &QPushButton::clicked, this, &ActionItemsPage::removeAction);
    connect(m_up, &QPushButton::clicked, this, [this] { moveAction(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveAction(1); });
    connect(m_link, &QPushButton::clicked, this, &ActionItemsPage::linkCauses);
    connect(m_ticket, &QPushButton::clicked, this, &ActionItemsPage::openTicket);
    updateButtons();
    updateSummary();
}

void ActionItemsPage::setDocument(StoryDocument* document)
{
    if (m_model) {
        disconnect(m_model, nullptr, this, nullptr);
    }
    m_document = document;
    m_model = document ? document->actionItems() : nullptr;
    m_view->setModel(m_model);
    if (m_model) {
        m_model->setToday(QDate::currentDate());
        QHeaderView* header = m_view->header();
        // The title gets room of its own; the linked causes take what is left (a narrow window
        // scrolls instead of squeezing the title to nothing).
        header->setStretchLastSection(true);
        header->setSectionResizeMode(ActionItemModel::TitleColumn, QHeaderView::Interactive);
        header->resizeSection(ActionItemModel::TitleColumn,
                              qMax(220, m_view->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 36));
        for (int column : {ActionItemModel::DueColumn,
                           ActionItemModel::PriorityColumn,
                           ActionItemModel::StatusColumn,
                           ActionItemModel::TypeColumn}) {
            header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
        }
        header->resizeSection(ActionItemModel::OwnerColumn, 120);
        header->resizeSection(ActionItemModel::TicketColumn, 140);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
            // Rows added from elsewhere (undo, another window): give the keyboard a place to start.
            if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0) {
                m_view->setCurrentIndex(m_model->index(0, ActionItemModel::TitleColumn));
            }
            updateButtons();
        });
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ActionItemsPage::updateButtons);
        connect(m_model, &QAbstractItemModel::rowsMoved, this, &ActionItemsPage::updateButtons);
        connect(m_model, &QAbstractItemModel::modelReset, this, &ActionItemsPage::updateButtons);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &ActionItemsPage::updateButtons);
        connect(m_model, &ActionItemModel::summaryChanged, this, &ActionItemsPage::updateSummary);
        connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ActionItemsPage::updateButtons);
        if (m_model->rowCount() > 0) {
            m_view->setCurrentIndex(m_model->index(0, ActionItemModel::TitleColumn));
        }
    }
    updateButtons();
    updateSummary();
}

void ActionItemsPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_view->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                           QAbstractItemView::AnyKeyPressed);
    updateButtons();
    updateSummary();
}

void ActionItemsPage::showEvent(QShowEvent* event)
{
    // A new day may have made items overdue since the page was last shown.
    if (m_model) {
        m_model->setToday(QDate::currentDate());
    }
    StoryPage::showEvent(event);
}

bool ActionItemsPage::selectAction(qint64 actionId)
{
    const int row = m_model ? m_model->rowOf(actionId) : -1;
    if (row < 0) {
        return false;
    }
    const QModelIndex index = m_model->index(row, ActionItemModel::TitleColumn);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_view->setFocus();
    return true;
}

int ActionItemsPage::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ActionItemsPage::updateButtons()
{
    const bool editable = m_model && m_document && !m_readOnly;
    const int row = currentRow();
    const int rows = m_model ? m_model->rowCount() : 0;
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable && row >= 0);
    m_up->setEnabled(editable && row > 0);
    m_down->setEnabled(editable && row >= 0 && row < rows - 1);
    m_link->setEnabled(editable && row >= 0);
    m_ticket->setEnabled(m_model && row >= 0 && !m_model->itemAt(row).ticketUrl.isEmpty());
    m_emptyLabel->setVisible(m_model && rows == 0);
}

void ActionItemsPage::updateSummary()
{
    if (!m_model) {
        m_summary->clear();
        m_unactioned->setVisible(false);
        return;
    }
    const int open = m_model->openCount();
    const int overdue = m_model->overdueCount();
    //: the number of open action items of a story
    QString text = tr("%1 open").arg(open);
    if (overdue > 0) {
        //: appended to "%1 open" on the action items page
        text += QStringLiteral(" · <span style=\"color:#9b1c1c; font-weight:bold\">%1</span>")
                    .arg(tr("%1 overdue").arg(overdue));
    }
    m_summary->setText(text);

    QStringList causes;
    const QList<CauseChoice> unactioned = m_model->unactionedRootCauses();
    for (const CauseChoice& cause : unactioned) {
        const QString statement = cause.statement.isEmpty() ? tr("(untitled cause)") : cause.statement;
        QString name = statement.toHtmlEscaped();
        if (!m_readOnly) {
            //: %1 is a root cause's statement; the link adds an action item for it
            name = tr("“%1” (<a href=\"cause:%2\">add an action</a>)").arg(name).arg(cause.id);
        } else {
            //: %1 is a root cause's statement
            name = tr("“%1”").arg(name);
        }
        causes << name;
    }
    if (causes.isEmpty()) {
        m_unactioned->setVisible(false);
        m_unactioned->clear();
    } else {
        m_unactioned->setText(
            causes.size() == 1
                ? tr("No action item addresses this root cause: %1").arg(causes.first())
                : tr("No action item addresses these root causes: %1").arg(causes.join(QStringLiteral("; "))));
        m_unactioned->setVisible(true);
    }
}

void ActionItemsPage::addAction(const QList<qint64>& causeIds)
{
    if (!m_model || !m_document || m_readOnly) {
        return;
    }
    const int row = currentRow();
    ActionItem item;
    item.storyId = m_document->id();
    item.causeIds = causeIds;
    const int position = row >= 0 ? row + 1 : m_model->rowCount();
    const int before = m_model->rowCount();
    m_document->undoStack()->push(
        new ActionItemLifecycleCommand(*m_document, ActionItemLifecycleCommand::Action::Add, item, position));
    if (m_model->rowCount() == before + 1) {
        const QModelIndex index = m_model->index(position, ActionItemModel::TitleColumn);
        m_view->setFocus();
        m_view->setCurrentIndex(index);
        m_view->edit(index);
    }
}

void ActionItemsPage::removeAction()
{
    const int row = currentRow();
    if (!m_model || !m_document || m_readOnly || row < 0) {
        return;
    }
    const int column = m_view->currentIndex().column();
    m_document->undoStack()->push(new ActionItemLifecycleCommand(
        *m_document, ActionItemLifecycleCommand::Action::Remove, m_model->itemAt(row), row));
    const int rows = m_model->rowCount();
    if (rows > 0) {
        m_view->setCurrentIndex(m_model->index(qMin(row, rows - 1), column));
    }
}

void ActionItemsPage::moveAction(int delta)
{
    const int row = currentRow();
    if (!m_model || !m_document || m_readOnly || row < 0) {
        return;
    }
    const int to = row + delta;
    if (to < 0 || to >= m_model->rowCount()) {
        return;
    }
    m_document->undoStack()->push(new MoveActionItemCommand(*m_document, m_model->itemAt(row).id, row, to));
    m_view->scrollTo(m_view->currentIndex());
}

void ActionItemsPage::linkCauses()
{
    const int row = currentRow();
    if (!m_model || !m_document || m_readOnly || row < 0) {
        return;
    }
    const ActionItem item = m_model->itemAt(row);
    CauseLinkDialog dialog(m_model->causeChoices(), item.causeIds, this);
    if (dialog.exec() != QDialog::Accepted || !m_document) {
        return;
    }
    const QList<qint64> linked = dialog.linkedCauses();
    if (linked != item.causeIds) {
        m_document->undoStack()->push(new EditActionItemCommand(*m_document,
                                                                item.id,
                                                                ActionField::Causes,
                                                                QVariant::fromValue(item.causeIds),
                                                                QVariant::fromValue(linked)));
    }
    m_view->setFocus();
}

void ActionItemsPage::openTicket()
{
    const int row = currentRow();
    if (!m_model || row < 0) {
        return;
    }
    const QString url = m_model->itemAt(row).ticketUrl;
    if (!url.isEmpty()) {
        QDesktopServices::openUrl(QUrl(url, QUrl::StrictMode));
    }
}

void ActionItemsPage::commit(const QModelIndex& index, const QVariant& value)
{
    if (!m_model || !m_document || m_readOnly || !index.isValid()) {
        return;
    }
    const ActionItem& item = m_model->itemAt(index.row());
    const ActionField field = ActionItemModel::fieldOf(index.column());
    m_document->undoStack()->push(new EditActionItemCommand(*m_document, item.id, field, item.field(field), value));
}
