#include "RetroVotePage.h"

#include "document/RetroDocument.h"
#include "models/RetroBoardModel.h"
#include "retro/BoardView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

RetroVotePage::RetroVotePage(QWidget* parent)
    : RetroPage(parent)
    , m_participant(new QComboBox(this))
    , m_budget(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_plus(new QPushButton(tr("+ Dot"), this))
    , m_minus(new QPushButton(tr("− Dot"), this))
    , m_board(new BoardView(this))
{
    setObjectName(QStringLiteral("votePage"));
    m_participant->setObjectName(QStringLiteral("voteParticipantCombo"));
    m_budget->setObjectName(QStringLiteral("voteBudgetLabel"));
    m_problem->setObjectName(QStringLiteral("voteProblemLabel"));
    m_problem->setWordWrap(true);
    QPalette warn = m_problem->palette();
    warn.setColor(QPalette::WindowText, QColor(0xA0, 0x20, 0x00));
    m_problem->setPalette(warn);
    m_plus->setObjectName(QStringLiteral("votePlusButton"));
    m_plus->setToolTip(tr("Add a dot to the card in focus (+)"));
    m_minus->setObjectName(QStringLiteral("voteMinusButton"));
    m_minus->setToolTip(tr("Take a dot from the card in focus (-)"));
    m_board->setObjectName(QStringLiteral("voteBoard"));
    m_board->setShowVotes(true);
    m_board->setVoteKeysEnabled(true);

    auto* label = new QLabel(tr("&Votes of:"), this);
    label->setBuddy(m_participant);
    auto* top = new QHBoxLayout;
    top->addWidget(label);
    top->addWidget(m_participant);
    top->addWidget(m_plus);
    top->addWidget(m_minus);
    top->addWidget(m_budget, 1);
    auto* hint = new QLabel(tr("Move to a card with the arrow keys, then + adds a dot and - takes one away."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(hint);
    layout->addWidget(m_problem);
    layout->addWidget(m_board, 1);

    connect(m_board, &BoardView::voteRequested, this, &RetroVotePage::vote);
    connect(m_plus, &QPushButton::clicked, this, [this] { vote(1); });
    connect(m_minus, &QPushButton::clicked, this, [this] { vote(-1); });
    connect(m_participant, &QComboBox::currentIndexChanged, this, [this] {
        m_problem->clear();
        updateBudget();
    });
}

void RetroVotePage::documentChanged()
{
    RetroDocument* doc = document();
    m_board->setModel(doc ? doc->board() : nullptr);
    if (doc) {
        connect(doc, &RetroDocument::fieldChanged, this, [this](RetroField field) {
            if (field == RetroField::Participants) {
                updateParticipants();
            }
            updateBudget();
        });
        connect(doc->board(), &QAbstractItemModel::dataChanged, this, &RetroVotePage::updateBudget);
        connect(doc->board(), &QAbstractItemModel::modelReset, this, &RetroVotePage::updateBudget);
    }
    m_problem->clear();
    updateParticipants();
}

void RetroVotePage::updateParticipants()
{
    const QString current = participant();
    const QSignalBlocker blocker(m_participant);
    m_participant->clear();
    //: The vote page's participant chooser: votes counted for the whole room at once.
    m_participant->addItem(tr("Room tally"), QString());
    if (RetroDocument* doc = document()) {
        for (const QString& name : doc->retro().participants) {
            m_participant->addItem(name, name);
        }
    }
    m_participant->setCurrentIndex(std::max(0, m_participant->findData(current)));
    updateBudget();
}

QString RetroVotePage::participant() const
{
    return m_participant->currentData().toString();
}

void RetroVotePage::updateBudget()
{
    RetroDocument* doc = document();
    if (!doc) {
        m_budget->clear();
        return;
    }
    const RetroVoting voting = doc->voting();
    const QString who = participant();
    const QString name = who.isEmpty() ? tr("The room") : who;
    //: Vote budget, e.g. "Anna: 3 of 5 dots left, at most 3 per card".
    m_budget->setText(tr("%1: %2 of %3 dots left, at most %4 per card")
                          .arg(name)
                          .arg(voting.remaining(who))
                          .arg(voting.budget(who))
                          .arg(voting.maxPerItem(who)));
}

void RetroVotePage::vote(int delta)
{
    RetroDocument* doc = document();
    const RetroItemRef target = m_board->currentItem();
    if (!doc) {
        return;
    }
    if (!target.isValid()) {
        m_problem->setText(tr("Move to a card or a group first."));
        return;
    }
    const Status status = delta > 0 ? doc->addVote(participant(), target) : doc->removeVote(participant(), target);
    m_problem->setText(status ? QString() : status.error());
    updateBudget();
    // Keep the keyboard on the card (the model may have re-sorted or rebuilt).
    m_board->selectItem(target);
}

void RetroVotePage::activate()
{
    m_board->focusColumn(0);
}
