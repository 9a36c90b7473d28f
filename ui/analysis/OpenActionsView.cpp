#include "analysis/OpenActionsView.h"

#include "document/Library.h"
#include "models/OpenActionsFilterProxyModel.h"
#include "models/OpenActionsModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
const QString OwnerKey = QStringLiteral("openActions/owner");
const QString OverdueKey = QStringLiteral("openActions/overdueOnly");
constexpr int DayCheckMs = 5 * 60 * 1000;
} // namespace

OpenActionsView::OpenActionsView(QWidget* parent)
    : QWidget(parent)
    , m_proxy(new OpenActionsFilterProxyModel(this))
    , m_owner(new QComboBox(this))
    , m_overdue(new QCheckBox(tr("O&verdue only"), this))
    , m_count(new QLabel(this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("openActionsView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* filters = new QHBoxLayout;
    auto* ownerLabel = new QLabel(tr("O&wner:"), this);
    ownerLabel->setBuddy(m_owner);
    m_owner->setObjectName(QStringLiteral("ownerFilterCombo"));
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_overdue->setObjectName(QStringLiteral("overdueOnlyCheck"));
    m_count->setObjectName(QStringLiteral("openActionsCountLabel"));
    filters->addWidget(ownerLabel);
    filters->addWidget(m_owner);
    filters->addWidget(m_overdue);
    filters->addStretch(1);
    filters->addWidget(m_count);
    layout->addLayout(filters);

    m_view->setObjectName(QStringLiteral("openActionsList"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(false);
    m_view->setToolTip(tr("Enter or a double click opens the action item in its story."));
    layout->addWidget(m_view, 1);

    m_owner->addItem(tr("All owners"), QString());
    const QSettings settings;
    m_overdue->setChecked(settings.value(OverdueKey, false).toBool());

    connect(m_owner, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(OwnerKey, m_owner->currentData().toString());
        applyFilters();
    });
    connect(m_overdue, &QCheckBox::toggled, this, [this](bool checked) {
        QSettings().setValue(OverdueKey, checked);
        applyFilters();
    });
    connect(m_view, &QTreeView::activated, this, &OpenActionsView::activate);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, &OpenActionsView::updateCount);
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &OpenActionsView::updateCount);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &OpenActionsView::updateCount);

    m_dayTimer.setInterval(DayCheckMs);
    connect(&m_dayTimer, &QTimer::timeout, this, &OpenActionsView::checkDate);
    m_dayTimer.start();
    updateCount();
}

OpenActionsView::~OpenActionsView()
{
    clearModels();
}

void OpenActionsView::clearModels()
{
    m_view->setModel(nullptr);
    m_proxy->setSourceModel(nullptr);
    delete m_model;
    m_model = nullptr;
    m_loaded = false;
}

void OpenActionsView::setLibrary(Library* library)
{
    clearModels();
    m_library = library;
    if (library && isVisible()) {
        load();
    }
    updateCount();
}

void OpenActionsView::showEvent(QShowEvent* event)
{
    if (m_library && !m_loaded) {
        load();
    }
    checkDate();
    QWidget::showEvent(event);
}

void OpenActionsView::load()
{
    if (!m_library) {
        return;
    }
    clearModels();
    m_model = new OpenActionsModel(m_library->actions(), m_library->stories(), this);
    connect(m_model, &OpenActionsModel::ownersChanged, this, &OpenActionsView::refreshOwners);
    refreshOwners();
    m_proxy->setOverdueOnly(m_overdue->isChecked());
    m_proxy->setOwnerFilter(m_owner->currentData().toString());
    m_proxy->setSourceModel(m_model);
    // Sorted by due date (undated last), then priority: the order the store returns them in.
    m_proxy->sort(OpenActionsModel::DueColumn, Qt::AscendingOrder);
    m_view->setModel(m_proxy);
    m_view->header()->setSortIndicator(OpenActionsModel::DueColumn, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(OpenActionsModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(OpenActionsModel::StoryColumn, QHeaderView::Interactive);
    header->resizeSection(OpenActionsModel::DueColumn, 110);
    header->resizeSection(OpenActionsModel::OwnerColumn, 120);
    header->resizeSection(OpenActionsModel::PriorityColumn, 80);
    header->resizeSection(OpenActionsModel::StatusColumn, 90);
    header->resizeSection(OpenActionsModel::TypeColumn, 80);
    header->resizeSection(OpenActionsModel::StoryColumn, 220);
    m_loaded = true;
    if (m_proxy->rowCount() > 0) {
        m_view->setCurrentIndex(m_proxy->index(0, OpenActionsModel::TitleColumn));
    }
    updateCount();
}

void OpenActionsView::refreshOwners()
{
    const QString wanted =
        m_owner->count() > 1 ? m_owner->currentData().toString() : QSettings().value(OwnerKey).toString();
    const QSignalBlocker blocker(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("All owners"), QString());
    //: owner filter: action items nobody owns yet
    m_owner->addItem(tr("Nobody"), OpenActionsFilterProxyModel::noOwner());
    QStringList owners = m_model ? m_model->owners() : QStringList();
    // Keep a chosen owner in the list even when their last open item was just closed.
    if (!wanted.isEmpty() && wanted != OpenActionsFilterProxyModel::noOwner() &&
        !owners.contains(wanted, Qt::CaseInsensitive)) {
        owners << wanted;
    }
    for (const QString& owner : std::as_const(owners)) {
        m_owner->addItem(owner, owner);
    }
    const int index = m_owner->findData(wanted);
    m_owner->setCurrentIndex(index >= 0 ? index : 0);
}

void OpenActionsView::applyFilters()
{
    m_proxy->setOwnerFilter(m_owner->currentData().toString());
    m_proxy->setOverdueOnly(m_overdue->isChecked());
    updateCount();
}

void OpenActionsView::updateCount()
{
    if (!m_model) {
        m_count->clear();
        return;
    }
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const int overdue = m_proxy->overdueCount();
    QString text;
    if (shown == total) {
        text = total == 1 ? tr("1 open action") : tr("%1 open actions").arg(total);
    } else {
        //: %1 of %2 open actions are shown (after filtering)
        text = tr("%1 of %2 open actions").arg(shown).arg(total);
    }
    if (overdue > 0) {
        //: appended to the count of open actions
        text += QStringLiteral(" · ") + tr("%1 overdue").arg(overdue);
    }
    m_count->setText(text);
}

void OpenActionsView::activate(const QModelIndex& index)
{
    if (!index.isValid()) {
        return;
    }
    emit actionRequested(index.data(OpenActionsModel::StoryIdRole).toLongLong(),
                         index.data(OpenActionsModel::ActionIdRole).toLongLong());
}

void OpenActionsView::focusList()
{
    m_view->setFocus();
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0) {
        m_view->setCurrentIndex(m_proxy->index(0, OpenActionsModel::TitleColumn));
    }
}

void OpenActionsView::checkDate()
{
    if (m_model && m_model->today() != QDate::currentDate()) {
        m_model->setToday(QDate::currentDate());
        m_proxy->invalidate();
    }
}
