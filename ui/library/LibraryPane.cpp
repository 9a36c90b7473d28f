#include "library/LibraryPane.h"

#include "domain/StoryRules.h"
#include "models/StoryFilterProxyModel.h"
#include "models/StoryListModel.h"
#include "storage/StoryStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QTreeView>
#include <QVBoxLayout>

LibraryPane::LibraryPane(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_view(new QTreeView(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 0, 8);

    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search stories (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    auto* filters = new QHBoxLayout;
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All statuses"));
    for (StoryStatus status : StoryRules::allStatuses()) {
        m_status->addItem(StoryRules::statusName(status), static_cast<int>(status));
    }
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->addItem(tr("All kinds"));
    for (StoryKind kind : StoryRules::allKinds()) {
        m_kind->addItem(StoryRules::kindName(kind), static_cast<int>(kind));
    }
    m_tag->setObjectName(QStringLiteral("tagFilter"));
    m_tag->addItem(tr("All tags"));
    filters->addWidget(m_status);
    filters->addWidget(m_kind);
    filters->addWidget(m_tag);
    layout->addLayout(filters);

    m_view->setObjectName(QStringLiteral("storyList"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_view, 1);
    // Right-click on the header chooses the columns.
    m_view->header()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->header(), &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        if (!m_proxy) {
            return;
        }
        QMenu menu(this);
        for (int column = 1; column < m_proxy->columnCount(); ++column) {
            QAction* action = menu.addAction(m_proxy->headerData(column, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!m_view->isColumnHidden(column));
            connect(action, &QAction::toggled, this, [this, column](bool on) { m_view->setColumnHidden(column, !on); });
        }
        menu.exec(m_view->header()->mapToGlobal(pos));
    });

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(SearchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &LibraryPane::applySearchNow);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &LibraryPane::applySearchNow);
    m_tagTimer.setSingleShot(true);
    m_tagTimer.setInterval(0);
    connect(&m_tagTimer, &QTimer::timeout, this, &LibraryPane::refreshTags);

    for (QComboBox* combo : {m_status, m_kind, m_tag}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &LibraryPane::applyFilters);
    }
}

void LibraryPane::setModels(StoryStore* store, StoryListModel* model, StoryFilterProxyModel* proxy)
{
    if (m_model) {
        disconnect(m_model, nullptr, this, nullptr);
    }
    m_store = store;
    m_model = model;
    m_proxy = proxy;
    m_view->setModel(proxy);
    if (!proxy) {
        return;
    }
    proxy->setSourceModel(model);
    QHeaderView* header = m_view->header();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(StoryListModel::TitleColumn, QHeaderView::Stretch);
    // Wide enough for the longest value and the header, in the current language.
    const QFontMetrics metrics(m_view->font());
    const QFontMetrics headerMetrics(header->font());
    auto fit = [&](int column, const QStringList& values) {
        int width = headerMetrics.horizontalAdvance(proxy->headerData(column, Qt::Horizontal).toString()) + 24;
        for (const QString& value : values) {
            width = qMax(width, metrics.horizontalAdvance(value) + 16);
        }
        header->resizeSection(column, width);
    };
    QStringList statuses;
    for (StoryStatus status : StoryRules::allStatuses()) {
        statuses << StoryRules::statusName(status);
    }
    fit(StoryListModel::StatusColumn, statuses);
    fit(StoryListModel::SeverityColumn, {QStringLiteral("SEV5")});
    fit(StoryListModel::ModifiedColumn, {QLocale().toString(QDate(2000, 12, 28), QLocale::ShortFormat)});
    for (int column : {StoryListModel::KindColumn,
                       StoryListModel::AuthorsColumn,
                       StoryListModel::TagsColumn,
                       StoryListModel::StartedColumn}) {
        m_view->setColumnHidden(column, true);
    }
    m_view->sortByColumn(StoryListModel::ModifiedColumn, Qt::DescendingOrder);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            emit currentStoryChanged(current.isValid() ? current.data(StoryListModel::IdRole).toLongLong() : 0);
        });
    connect(model,
            &QAbstractItemModel::dataChanged,
            this,
            [this](const QModelIndex&, const QModelIndex&, const QList<int>&) { m_tagTimer.start(); });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] { m_tagTimer.start(); });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] { m_tagTimer.start(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { m_tagTimer.start(); });
    refreshTags();
    applyFilters();
    if (!m_search->text().isEmpty()) {
        applySearchNow();
    }
}

void LibraryPane::refreshTags()
{
    if (!m_store) {
        return;
    }
    auto tags = m_store->allTags();
    if (!tags) {
        emit message(tags.error());
        return;
    }
    const QString current = m_tag->currentIndex() > 0 ? m_tag->currentText() : QString();
    QSignalBlocker blocker(m_tag);
    while (m_tag->count() > 1) {
        m_tag->removeItem(1);
    }
    m_tag->addItems(*tags);
    const int index = current.isEmpty() ? 0 : m_tag->findText(current);
    m_tag->setCurrentIndex(qMax(0, index));
    if (index < 0) {
        applyFilters();
    }
}

void LibraryPane::applyFilters()
{
    if (!m_proxy) {
        return;
    }
    const QVariant status = m_status->currentData();
    m_proxy->setStatusFilter(status.isValid() ? std::optional(static_cast<StoryStatus>(status.toInt())) : std::nullopt);
    const QVariant kind = m_kind->currentData();
    m_proxy->setKindFilter(kind.isValid() ? std::optional(static_cast<StoryKind>(kind.toInt())) : std::nullopt);
    m_proxy->setTagFilter(m_tag->currentIndex() > 0 ? m_tag->currentText() : QString());
}

void LibraryPane::applySearchNow()
{
    m_searchTimer.stop();
    if (m_proxy && !m_proxy->setSearchText(m_search->text())) {
        emit message(m_proxy->lastError());
    }
}

qint64 LibraryPane::currentStoryId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(StoryListModel::IdRole).toLongLong() : 0;
}

bool LibraryPane::selectStory(qint64 id)
{
    if (!m_model || !m_proxy) {
        return false;
    }
    const QModelIndex source = m_model->indexOf(id);
    if (!source.isValid()) {
        return false;
    }
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) {
        clearFilters();
        index = m_proxy->mapFromSource(source);
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return index.isValid();
}

void LibraryPane::clearFilters()
{
    m_search->clear();
    applySearchNow();
    m_status->setCurrentIndex(0);
    m_kind->setCurrentIndex(0);
    m_tag->setCurrentIndex(0);
    applyFilters();
}

void LibraryPane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}
