#include "RetroDiscussPage.h"

#include "document/RetroDocument.h"
#include "models/RetroDiscussionModel.h"
#include "retro/RetroTimerCountdown.h"
#include "retro/TimerWidget.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QVBoxLayout>

RetroDiscussPage::RetroDiscussPage(QWidget* parent)
    : RetroPage(parent)
    , m_list(new QListView(this))
    , m_focus(new QLabel(this))
    , m_cards(new QLabel(this))
    , m_notes(new QPlainTextEdit(this))
    , m_timer(new TimerWidget(this))
{
    setObjectName(QStringLiteral("discussPage"));
    m_list->setObjectName(QStringLiteral("discussList"));
    m_list->setAccessibleName(tr("Topics in vote order"));
    m_focus->setObjectName(QStringLiteral("discussFocusLabel"));
    m_focus->setWordWrap(true);
    QFont big = m_focus->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_focus->setFont(big);
    m_focus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cards->setObjectName(QStringLiteral("discussCardsLabel"));
    m_cards->setWordWrap(true);
    m_notes->setObjectName(QStringLiteral("discussNotesEdit"));
    m_notes->setPlaceholderText(tr("Notes on this topic"));
    m_notes->setTabChangesFocus(true);
    m_timer->setObjectName(QStringLiteral("discussTimer"));

    auto* notesLabel = new QLabel(tr("&Notes:"), this);
    notesLabel->setBuddy(m_notes);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* header = new QHBoxLayout;
    auto* texts = new QVBoxLayout;
    texts->addWidget(m_focus);
    texts->addWidget(m_cards);
    texts->addStretch();
    header->addLayout(texts, 1);
    header->addWidget(m_timer);
    rightLayout->addLayout(header);
    rightLayout->addWidget(notesLabel);
    rightLayout->addWidget(m_notes, 1);

    auto* listLabel = new QLabel(tr("&Topics (Ctrl+Down: next):"), this);
    listLabel->setBuddy(m_list);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(listLabel);
    leftLayout->addWidget(m_list);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("discussSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    auto* next = new QAction(tr("&Next Topic"), this);
    next->setObjectName(QStringLiteral("nextTopicAction"));
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    next->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QAction::triggered, this, &RetroDiscussPage::nextTopic);
    auto* previous = new QAction(tr("&Previous Topic"), this);
    previous->setObjectName(QStringLiteral("previousTopicAction"));
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    previous->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(previous, &QAction::triggered, this, &RetroDiscussPage::previousTopic);
    addActions({next, previous});

    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (document() && m_shown.isValid()) {
            report(document()->setNotes(m_shown, m_notes->toPlainText()));
        }
    });
}

void RetroDiscussPage::documentChanged()
{
    RetroDocument* doc = document();
    m_list->setModel(doc ? doc->discussion() : nullptr);
    m_timer->setCountdown(doc ? new RetroTimerCountdown(doc->timer(), m_timer) : nullptr);
    m_shown = {};
    if (doc) {
        RetroDiscussionModel* model = doc->discussion();
        connect(model, &RetroDiscussionModel::currentChanged, this, &RetroDiscussPage::showCurrent);
        connect(model, &QAbstractItemModel::modelReset, this, &RetroDiscussPage::showCurrent);
        connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& index) {
            if (document() && index.isValid() && document()->discussion()->currentRow() != index.row()) {
                document()->discussion()->setCurrentRow(index.row());
            }
        });
        if (model->currentRow() < 0 && model->rowCount() > 0) {
            model->setCurrentRow(0);
        }
    }
    showCurrent();
}

void RetroDiscussPage::showCurrent()
{
    RetroDocument* doc = document();
    const int row = doc ? doc->discussion()->currentRow() : -1;
    if (!doc || row < 0) {
        m_shown = {};
        m_focus->setText(tr("Nothing to discuss yet."));
        m_cards->clear();
        const QSignalBlocker blocker(m_notes);
        m_notes->clear();
        m_notes->setEnabled(false);
        return;
    }
    const RetroDiscussionItem& item = doc->discussion()->itemAt(row);
    //: The topic in focus in Discuss, with its dots: "Deploys are slow (● 4)".
    m_focus->setText(item.votes > 0 ? tr("%1 (● %2)").arg(item.text).arg(item.votes) : item.text);
    m_cards->setText(item.cards.isEmpty() ? item.columnTitle
                                          : QStringLiteral("• ") + item.cards.join(QStringLiteral("\n• ")));
    m_notes->setEnabled(!doc->isReadOnly());
    if (m_shown != item.ref || m_notes->toPlainText() != item.notes) {
        // Not while typing: the rebuilt model carries the text just typed.
        if (m_shown != item.ref || !m_notes->hasFocus()) {
            const QSignalBlocker blocker(m_notes);
            m_notes->setPlainText(item.notes);
        }
    }
    m_shown = item.ref;
    const QModelIndex index = doc->discussion()->index(row, 0);
    if (m_list->currentIndex() != index) {
        m_list->setCurrentIndex(index);
    }
}

void RetroDiscussPage::nextTopic()
{
    if (document()) {
        document()->discussion()->next();
    }
}

void RetroDiscussPage::previousTopic()
{
    if (document()) {
        document()->discussion()->previous();
    }
}

void RetroDiscussPage::activate()
{
    if (document()) {
        // Entering Discuss starts with the most-voted topic, in the order of the votes just cast.
        document()->discussion()->reload();
        if (document()->discussion()->rowCount() > 0) {
            document()->discussion()->setCurrentRow(0);
        }
    }
    m_notes->setFocus();
}
