#include "RetroCollectPage.h"

#include "document/RetroDocument.h"
#include "models/RetroBoardModel.h"
#include "retro/BoardView.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

RetroCollectPage::RetroCollectPage(QWidget* parent)
    : RetroPage(parent)
    , m_column(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_author(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add Card"), this))
    , m_hidden(new QCheckBox(tr("Collect &hidden"), this))
    , m_reveal(new QPushButton(tr("&Reveal All"), this))
    , m_count(new QLabel(this))
    , m_board(new BoardView(this))
{
    setObjectName(QStringLiteral("collectPage"));
    m_column->setObjectName(QStringLiteral("collectColumnCombo"));
    m_text->setObjectName(QStringLiteral("collectCardEdit"));
    m_text->setPlaceholderText(tr("Type a card and press Enter"));
    m_text->setClearButtonEnabled(true);
    m_author->setObjectName(QStringLiteral("collectAuthorEdit"));
    m_author->setPlaceholderText(tr("optional"));
    m_add->setObjectName(QStringLiteral("collectAddButton"));
    m_hidden->setObjectName(QStringLiteral("collectHiddenCheck"));
    m_hidden->setToolTip(tr("The presenter shows cards as hidden until they are revealed"));
    m_reveal->setObjectName(QStringLiteral("revealAllButton"));
    m_count->setObjectName(QStringLiteral("collectCountLabel"));
    m_board->setObjectName(QStringLiteral("collectBoard"));

    auto* form = new QFormLayout;
    form->addRow(tr("C&olumn:"), m_column);
    auto* cardRow = new QHBoxLayout;
    cardRow->addWidget(m_text, 1);
    cardRow->addWidget(m_add);
    // A row holding a layout gets no buddy by itself: without one the "&" would show.
    auto* cardLabel = new QLabel(tr("&Card:"), this);
    cardLabel->setBuddy(m_text);
    form->addRow(cardLabel, cardRow);
    form->addRow(tr("A&uthor:"), m_author);
    auto* options = new QHBoxLayout;
    options->addWidget(m_hidden);
    options->addWidget(m_reveal);
    options->addStretch();
    options->addWidget(m_count);
    auto* hint = new QLabel(tr("Alt+1…Alt+9 or Ctrl+1…Ctrl+9 choose the column; Enter adds the card."), this);
    hint->setObjectName(QStringLiteral("collectHint"));
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addLayout(options);
    layout->addWidget(m_board, 1);

    for (int i = 1; i <= 9; ++i) {
        auto* action = new QAction(this);
        action->setObjectName(QStringLiteral("collectColumn%1Action").arg(i));
        action->setShortcuts(
            {QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + i)), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + i))});
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, i] {
            chooseColumn(i - 1);
            m_text->setFocus();
        });
        addAction(action);
    }
    connect(m_text, &QLineEdit::returnPressed, this, &RetroCollectPage::addCard);
    connect(m_add, &QPushButton::clicked, this, &RetroCollectPage::addCard);
    connect(m_hidden, &QCheckBox::toggled, this, [this](bool on) {
        if (document() && document()->retro().collectHidden != on) {
            report(document()->editField(RetroField::CollectHidden, on));
        }
    });
    connect(m_reveal, &QPushButton::clicked, this, [this] {
        if (document()) {
            report(document()->revealCards());
        }
    });
}

void RetroCollectPage::documentChanged()
{
    RetroDocument* doc = document();
    m_board->setModel(doc ? doc->board() : nullptr);
    if (doc) {
        RetroBoardModel* board = doc->board();
        connect(doc, &RetroDocument::fieldChanged, this, &RetroCollectPage::updateState);
        connect(board, &QAbstractItemModel::rowsInserted, this, &RetroCollectPage::updateState);
        connect(board, &QAbstractItemModel::rowsRemoved, this, &RetroCollectPage::updateState);
        connect(board, &QAbstractItemModel::modelReset, this, &RetroCollectPage::updateColumns);
        connect(board, &QAbstractItemModel::dataChanged, this, &RetroCollectPage::updateColumns);
    }
    updateColumns();
    updateState();
}

void RetroCollectPage::updateColumns()
{
    const int current = m_column->currentIndex();
    m_column->clear();
    if (RetroDocument* doc = document()) {
        const QList<RetroColumn> columns = doc->board()->boardColumns();
        for (int i = 0; i < columns.size(); ++i) {
            //: A column in the Collect phase's column chooser: "1. Went well".
            m_column->addItem(tr("%1. %2").arg(i + 1).arg(columns.at(i).title), columns.at(i).id);
        }
    }
    m_column->setCurrentIndex(std::clamp(current, 0, m_column->count() - 1));
}

void RetroCollectPage::updateState()
{
    RetroDocument* doc = document();
    const bool writable = doc && !doc->isReadOnly();
    m_text->setEnabled(writable);
    m_author->setEnabled(writable);
    m_add->setEnabled(writable);
    m_hidden->setEnabled(writable);
    const QSignalBlocker blocker(m_hidden);
    m_hidden->setChecked(doc && doc->retro().collectHidden);
    m_reveal->setEnabled(writable && doc->retro().cardsHidden());
    m_reveal->setVisible(doc && doc->retro().collectHidden);
    const int cards = doc ? doc->board()->cardCount() : 0;
    m_count->setText(tr("%n card(s)", nullptr, cards));
}

void RetroCollectPage::chooseColumn(int column)
{
    if (column >= 0 && column < m_column->count()) {
        m_column->setCurrentIndex(column);
    }
}

void RetroCollectPage::activate()
{
    m_text->setFocus();
}

void RetroCollectPage::addCard()
{
    RetroDocument* doc = document();
    const QString text = m_text->text().trimmed();
    if (!doc || text.isEmpty() || m_column->currentIndex() < 0) {
        return;
    }
    const qint64 columnId = m_column->currentData().toLongLong();
    if (report(doc->addCard(columnId, text, m_author->text().trimmed()))) {
        m_text->clear();
    }
    m_text->setFocus();
}
