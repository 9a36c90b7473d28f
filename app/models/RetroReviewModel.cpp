#include "models/RetroReviewModel.h"

#include "document/RetroDocument.h"
#include "storage/ActionStore.h"
#include "storage/RetroStore.h"

#include <QCoreApplication>
#include <QLocale>

RetroReviewModel::RetroReviewModel(RetroDocument& document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    RetroStore& store = m_document.store();
    connect(&store, &RetroStore::reviewChanged, this, [this](qint64 id) {
        if (id == m_document.id()) {
            reload();
        }
    });
    connect(&store, &RetroStore::actionChanged, this, [this] { reload(); });
    connect(&store, &RetroStore::retroChanged, this, [this](qint64 id, RetroField field) {
        if (id == m_document.id() && (field == RetroField::Team || field == RetroField::HeldOn)) {
            reload();
        }
    });
    if (ActionStore* actions = m_document.actionStore()) {
        connect(actions, &ActionStore::actionChanged, this, [this] { reload(); });
    }
    reload();
}

void RetroReviewModel::reload()
{
    beginResetModel();
    m_items = m_document.reviewItems();
    endResetModel();
}

QString RetroReviewModel::decisionName(RetroReviewDecision decision)
{
    switch (decision) {
    case RetroReviewDecision::Undecided:
        return QCoreApplication::translate("RetroReviewModel", "Open");
    case RetroReviewDecision::Done:
        return QCoreApplication::translate("RetroReviewModel", "Done");
    case RetroReviewDecision::CarriedOver:
        return QCoreApplication::translate("RetroReviewModel", "Carried over");
    }
    return {};
}

int RetroReviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int RetroReviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RetroReviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size()) {
        return {};
    }
    const RetroReviewItem& item = m_items.at(index.row());
    switch (role) {
    case SourceRole:
        return static_cast<int>(item.source);
    case ActionIdRole:
        return item.actionId;
    case DecisionRole:
        return static_cast<int>(item.decision);
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return item.title;
        case OwnerColumn:
            return item.owner;
        case DueDateColumn:
            return item.dueDate.isValid() ? QLocale().toString(item.dueDate, QLocale::ShortFormat) : QString();
        case OriginColumn:
            return item.originDate.isValid()
                       //: %1 is the title of an earlier retro or story, %2 its date
                       ? QCoreApplication::translate("RetroReviewModel", "%1 (%2)")
                             .arg(item.originTitle, QLocale().toString(item.originDate, QLocale::ShortFormat))
                       : item.originTitle;
        case DecisionColumn:
            return decisionName(item.decision);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant RetroReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TitleColumn:
        return QCoreApplication::translate("RetroReviewModel", "Action");
    case OwnerColumn:
        return QCoreApplication::translate("RetroReviewModel", "Owner");
    case DueDateColumn:
        return QCoreApplication::translate("RetroReviewModel", "Due");
    case OriginColumn:
        return QCoreApplication::translate("RetroReviewModel", "From");
    case DecisionColumn:
        return QCoreApplication::translate("RetroReviewModel", "Decision");
    default:
        return {};
    }
}
