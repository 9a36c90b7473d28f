#include "RetroReviewPage.h"

#include "document/RetroDocument.h"
#include "models/RetroReviewModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

RetroReviewPage::RetroReviewPage(QWidget* parent)
    : RetroPage(parent)
    , m_view(new QTableView(this))
    , m_empty(new QLabel(tr("No open actions from the team's earlier retrospectives."), this))
    , m_done(new QPushButton(tr("Mark &Done"), this))
    , m_carry(new QPushButton(tr("&Carry Over"), this))
{
    setObjectName(QStringLiteral("reviewPage"));
    m_view->setObjectName(QStringLiteral("reviewView"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTabKeyNavigation(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_empty->setObjectName(QStringLiteral("reviewEmptyLabel"));
    m_done->setObjectName(QStringLiteral("reviewDoneButton"));
    m_done->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_done->setToolTip(tr("The action is done (Ctrl+D)"));
    m_carry->setObjectName(QStringLiteral("reviewCarryButton"));
    m_carry->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_carry->setToolTip(tr("Copy the action into this retrospective's actions (Ctrl+Shift+C)"));

    auto* hint =
        new QLabel(tr("Go through the open actions of earlier retrospectives: what is done, what carries over?"), this);
    hint->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_done);
    buttons->addWidget(m_carry);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);

    connect(m_done, &QPushButton::clicked, this, [this] { decide(int(RetroReviewDecision::Done)); });
    connect(m_carry, &QPushButton::clicked, this, [this] { decide(int(RetroReviewDecision::CarriedOver)); });
}

void RetroReviewPage::documentChanged()
{
    RetroDocument* doc = document();
    m_view->setModel(doc ? doc->review() : nullptr);
    if (doc) {
        connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &RetroReviewPage::updateButtons);
        connect(doc->review(), &QAbstractItemModel::modelReset, this, &RetroReviewPage::updateButtons);
        m_view->resizeColumnsToContents();
    }
    updateButtons();
}

void RetroReviewPage::activate()
{
    m_view->setFocus();
    if (m_view->model() && !m_view->currentIndex().isValid() && m_view->model()->rowCount() > 0) {
        m_view->setCurrentIndex(m_view->model()->index(0, 0));
    }
}

void RetroReviewPage::updateButtons()
{
    const bool any = document() && document()->review()->rowCount() > 0;
    m_empty->setVisible(!any);
    const bool current = any && m_view->currentIndex().isValid() && !document()->isReadOnly();
    m_done->setEnabled(current);
    m_carry->setEnabled(current);
}

void RetroReviewPage::decide(int decision)
{
    RetroDocument* doc = document();
    const QModelIndex current = m_view->currentIndex();
    if (!doc || !current.isValid()) {
        return;
    }
    const int row = current.row();
    report(doc->decideReview(doc->review()->itemAt(row), RetroReviewDecision(decision)));
    // On to the next open action.
    if (row + 1 < doc->review()->rowCount()) {
        m_view->setCurrentIndex(doc->review()->index(row + 1, 0));
    }
    m_view->setFocus();
}
