#include "story/AwardsPage.h"

#include "document/StoryDocument.h"
#include "models/AwardModel.h"

#include <QAction>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QAbstractItemView::EditTriggers editTriggers(bool readOnly)
{
    return readOnly ? QAbstractItemView::NoEditTriggers
                    : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed;
}
} // namespace

AwardsPage::AwardsPage(QWidget* parent)
    : StoryPage(parent)
    , m_view(new QTableView(this))
    , m_add(new QPushButton(tr("&Add Award"), this))
    , m_remove(new QPushButton(tr("&Remove Award"), this))
{
    setObjectName(QStringLiteral("awardsPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* intro = new QLabel(tr("Celebrate what this story taught: give it an award for the hall of fame of the "
                                "failure handbook, with a citation saying why."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_view->setObjectName(QStringLiteral("awardsView"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(editTriggers(false));
    m_view->setWordWrap(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setVisible(false);
    layout->addWidget(m_view, 1);
    auto* buttons = new QHBoxLayout;
    m_add->setObjectName(QStringLiteral("addAwardButton"));
    m_remove->setObjectName(QStringLiteral("removeAwardButton"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    // Delete removes the current award when the list (not a cell editor) has the focus.
    auto* removeAction = new QAction(tr("Remove Award"), m_view);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, &AwardsPage::removeCurrent);
    connect(m_add, &QPushButton::clicked, this, &AwardsPage::addAward);
    connect(m_remove, &QPushButton::clicked, this, &AwardsPage::removeCurrent);
    updateButtons();
}

void AwardsPage::setDocument(StoryDocument* document)
{
    if (m_model) {
        disconnect(m_model, nullptr, this, nullptr);
    }
    m_model = document ? document->awards() : nullptr;
    m_view->setModel(m_model);
    if (m_model) {
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &AwardsPage::updateButtons);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AwardsPage::updateButtons);
        connect(m_model, &QAbstractItemModel::modelReset, this, &AwardsPage::updateButtons);
        connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &AwardsPage::updateButtons);
        // Room for a year and its spin box arrows while editing.
        m_view->setColumnWidth(AwardModel::YearColumn, fontMetrics().horizontalAdvance(QStringLiteral("0000")) + 48);
        m_view->setColumnWidth(AwardModel::TitleColumn, 260);
    }
    updateButtons();
}

void AwardsPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_view->setEditTriggers(editTriggers(readOnly));
    updateButtons();
}

void AwardsPage::addAward()
{
    if (!m_model || m_readOnly) {
        return;
    }
    Award award;
    award.year = QDate::currentDate().year();
    award.title = AwardModel::defaultTitle();
    const qint64 id = m_model->addAward(award);
    const int row = m_model->rowOf(id);
    if (id > 0 && row >= 0) {
        const QModelIndex citation = m_model->index(row, AwardModel::CitationColumn);
        m_view->setCurrentIndex(citation);
        m_view->setFocus();
        m_view->edit(citation);
    }
}

void AwardsPage::removeCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (m_model && !m_readOnly && current.isValid()) {
        m_model->removeAward(current.row());
    }
}

void AwardsPage::updateButtons()
{
    const bool editable = m_model && !m_readOnly;
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable && m_view->currentIndex().isValid());
}
