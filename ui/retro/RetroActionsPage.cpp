#include "RetroActionsPage.h"

#include "document/RetroDocument.h"
#include "models/RetroActionModel.h"
#include "models/RetroDiscussionModel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

RetroActionsPage::RetroActionsPage(QWidget* parent)
    : RetroPage(parent)
    , m_sources(new QListView(this))
    , m_kind(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_owner(new QLineEdit(this))
    , m_hasDue(new QCheckBox(tr("D&ue:"), this))
    , m_due(new QDateEdit(QDate::currentDate().addDays(14), this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_actions(new QTableView(this))
{
    setObjectName(QStringLiteral("actionsPage"));
    m_sources->setObjectName(QStringLiteral("actionsSourceList"));
    m_kind->setObjectName(QStringLiteral("actionKindCombo"));
    m_title->setObjectName(QStringLiteral("actionTitleEdit"));
    m_owner->setObjectName(QStringLiteral("actionOwnerEdit"));
    m_hasDue->setObjectName(QStringLiteral("actionDueCheck"));
    m_due->setObjectName(QStringLiteral("actionDueEdit"));
    m_due->setCalendarPopup(true);
    m_due->setEnabled(false);
    m_add->setObjectName(QStringLiteral("actionAddButton"));
    m_add->setToolTip(tr("Add (Ctrl+Return)"));
    m_actions->setObjectName(QStringLiteral("actionsTable"));
    m_actions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_actions->setTabKeyNavigation(false);
    m_actions->verticalHeader()->hide();
    // The action's text takes the room; owner, due date and status fit their contents.
    m_actions->horizontalHeader()->setStretchLastSection(false);
    m_actions->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* sourcesLabel = new QLabel(tr("&From card or group (vote order):"), this);
    sourcesLabel->setBuddy(m_sources);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(sourcesLabel);
    leftLayout->addWidget(m_sources);

    auto* form = new QFormLayout;
    form->addRow(tr("&Make:"), m_kind);
    form->addRow(tr("&Text:"), m_title);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(m_hasDue, m_due);
    auto* addRow = new QHBoxLayout;
    addRow->addStretch();
    addRow->addWidget(m_add);
    auto* actionsLabel = new QLabel(tr("Action items of this retrospective (Delete removes one):"), this);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(form);
    rightLayout->addLayout(addRow);
    rightLayout->addWidget(actionsLabel);
    rightLayout->addWidget(m_actions, 1);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    auto* addAction = new QAction(tr("Add Outcome"), this);
    addAction->setObjectName(QStringLiteral("addOutcomeAction"));
    addAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    addAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(addAction, &QAction::triggered, this, &RetroActionsPage::addOutcome);
    auto* remove = new QAction(tr("Remove Action Item"), m_actions);
    remove->setObjectName(QStringLiteral("removeActionItemAction"));
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &RetroActionsPage::removeSelectedAction);
    addActions({addAction});
    m_actions->addAction(remove);

    connect(m_add, &QPushButton::clicked, this, &RetroActionsPage::addOutcome);
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    connect(m_title, &QLineEdit::returnPressed, this, &RetroActionsPage::addOutcome);
    connect(m_owner, &QLineEdit::returnPressed, this, &RetroActionsPage::addOutcome);
}

void RetroActionsPage::documentChanged()
{
    RetroDocument* doc = document();
    m_sources->setModel(doc ? doc->discussion() : nullptr);
    m_actions->setModel(doc ? doc->actions() : nullptr);
    if (m_actions->model() && m_actions->model()->columnCount() > 0) {
        m_actions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    }
    if (doc) {
        connect(
            m_sources->selectionModel(), &QItemSelectionModel::currentChanged, this, &RetroActionsPage::sourceChanged);
        connect(doc, &RetroDocument::fieldChanged, this, [this](RetroField field) {
            if (field == RetroField::StoryId) {
                updateKinds();
            }
        });
        m_actions->resizeColumnsToContents();
    }
    updateKinds();
}

void RetroActionsPage::updateKinds()
{
    const bool story = document() && document()->retro().storyId != 0;
    const int current = m_kind->currentIndex();
    m_kind->clear();
    m_kind->addItem(tr("Action item of this retrospective"), RetroActionKind);
    if (story) {
        m_kind->addItem(tr("Action item in the linked story"), StoryActionKind);
        m_kind->addItem(tr("Lesson in the linked story"), StoryLessonKind);
        m_kind->addItem(tr("Cause in the linked story"), StoryCauseKind);
    }
    m_kind->setCurrentIndex(std::clamp(current, 0, m_kind->count() - 1));
    m_kind->setToolTip(story ? QString()
                             : tr("Link a story in the retrospective's details to add lessons and causes to it."));
}

void RetroActionsPage::sourceChanged()
{
    const QModelIndex index = m_sources->currentIndex();
    if (document() && index.isValid()) {
        m_title->setText(document()->discussion()->itemAt(index.row()).text);
    }
}

void RetroActionsPage::addOutcome()
{
    RetroDocument* doc = document();
    const QString text = m_title->text().trimmed();
    if (!doc) {
        return;
    }
    if (text.isEmpty()) {
        emit message(tr("Type the action item's text first."));
        m_title->setFocus();
        return;
    }
    RetroItemRef source;
    if (const QModelIndex index = m_sources->currentIndex(); index.isValid()) {
        source = doc->discussion()->itemAt(index.row()).ref;
    }
    const QDate due = m_hasDue->isChecked() ? m_due->date() : QDate();
    const Kind kind = Kind(m_kind->currentData().toInt());
    bool ok = false;
    if (kind == RetroActionKind) {
        RetroAction action;
        action.source = source;
        action.title = text;
        action.owner = m_owner->text().trimmed();
        action.dueDate = due;
        ok = report(doc->addAction(action));
    } else if (!source.isValid()) {
        emit message(tr("Choose the card or group it comes from."));
        m_sources->setFocus();
        return;
    } else {
        const RetroOutcomeKind outcome = kind == StoryActionKind   ? RetroOutcomeKind::ActionItem
                                         : kind == StoryLessonKind ? RetroOutcomeKind::Lesson
                                                                   : RetroOutcomeKind::Cause;
        ok = report(doc->addToStory(source, outcome, text, m_owner->text().trimmed(), due));
        if (ok) {
            emit message(tr("Added to the linked story."));
        }
    }
    if (ok) {
        m_title->clear();
        m_owner->clear();
        m_title->setFocus();
    }
}

void RetroActionsPage::removeSelectedAction()
{
    RetroDocument* doc = document();
    const QModelIndex index = m_actions->currentIndex();
    if (doc && index.isValid()) {
        report(doc->removeAction(doc->actions()->actionAt(index.row()).id));
    }
}

void RetroActionsPage::activate()
{
    if (document()) {
        document()->discussion()->reload();
    }
    m_sources->setFocus();
    if (m_sources->model() && !m_sources->currentIndex().isValid() && m_sources->model()->rowCount() > 0) {
        m_sources->setCurrentIndex(m_sources->model()->index(0, 0));
    }
}
