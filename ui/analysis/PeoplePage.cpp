#include "analysis/PeoplePage.h"

#include "document/StoryDocument.h"
#include "models/PeopleModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

PeoplePage::PeoplePage(QWidget* parent)
    : StoryPage(parent)
    , m_view(new QTableView(this))
    , m_add(new QPushButton(tr("&Add Person"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_up(new QPushButton(tr("Move &Up"), this))
    , m_down(new QPushButton(tr("Move Do&wn"), this))
{
    setObjectName(QStringLiteral("peoplePage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* intro = new QLabel(tr("Who was involved, and in which role. The language coach uses the names to spot a "
                                "person named as the subject of a mistake."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_view->setObjectName(QStringLiteral("peopleView"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setVisible(false);
    layout->addWidget(m_view, 1);
    auto* buttons = new QHBoxLayout;
    m_add->setObjectName(QStringLiteral("addPersonButton"));
    m_remove->setObjectName(QStringLiteral("removePersonButton"));
    m_up->setObjectName(QStringLiteral("movePersonUpButton"));
    m_down->setObjectName(QStringLiteral("movePersonDownButton"));
    for (QPushButton* button : {m_add, m_remove, m_up, m_down}) {
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    // Delete removes the current person when the list (not a cell editor) has the focus.
    auto* removeAction = new QAction(tr("Remove Person"), m_view);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, &PeoplePage::removeCurrent);
    connect(m_add, &QPushButton::clicked, this, &PeoplePage::addPerson);
    connect(m_remove, &QPushButton::clicked, this, &PeoplePage::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    updateButtons();
}

void PeoplePage::setDocument(StoryDocument* document)
{
    if (m_model) {
        disconnect(m_model, nullptr, this, nullptr);
    }
    m_model = document ? document->people() : nullptr;
    m_view->setModel(m_model);
    if (m_model) {
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &PeoplePage::updateButtons);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PeoplePage::updateButtons);
        connect(m_model, &QAbstractItemModel::rowsMoved, this, &PeoplePage::updateButtons);
        connect(m_model, &QAbstractItemModel::modelReset, this, &PeoplePage::updateButtons);
        connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &PeoplePage::updateButtons);
    }
    updateButtons();
}

void PeoplePage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_view->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                           QAbstractItemView::AnyKeyPressed);
    updateButtons();
}

void PeoplePage::addPerson()
{
    if (!m_model || m_readOnly) {
        return;
    }
    const int row = m_model->rowCount();
    if (m_model->addPerson(Person {tr("New person"), QString()}, row)) {
        const QModelIndex name = m_model->index(row, PeopleModel::NameColumn);
        m_view->setCurrentIndex(name);
        m_view->setFocus();
        m_view->edit(name);
    }
}

void PeoplePage::removeCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (m_model && !m_readOnly && current.isValid()) {
        m_model->removePerson(current.row());
    }
}

void PeoplePage::moveCurrent(int delta)
{
    const QModelIndex current = m_view->currentIndex();
    if (!m_model || m_readOnly || !current.isValid()) {
        return;
    }
    const int to = current.row() + delta;
    if (m_model->movePerson(current.row(), to)) {
        m_view->setCurrentIndex(m_model->index(to, current.column()));
    }
}

void PeoplePage::updateButtons()
{
    const bool editable = m_model && !m_readOnly;
    const QModelIndex current = m_view->currentIndex();
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable && current.isValid());
    m_up->setEnabled(editable && current.isValid() && current.row() > 0);
    m_down->setEnabled(editable && current.isValid() && m_model && current.row() < m_model->rowCount() - 1);
}
