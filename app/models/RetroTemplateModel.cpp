#include "models/RetroTemplateModel.h"

#include "storage/RetroTemplateStore.h"

RetroTemplateModel::RetroTemplateModel(RetroTemplateStore& store, QObject* parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(&m_store, &RetroTemplateStore::templateAdded, this, [this] { reload(); });
    connect(&m_store, &RetroTemplateStore::templateChanged, this, [this] { reload(); });
    connect(&m_store, &RetroTemplateStore::templateRemoved, this, [this] { reload(); });
    reload();
}

bool RetroTemplateModel::reload()
{
    auto templates = m_store.templates();
    beginResetModel();
    m_rows = templates ? templates.value() : QList<RetroTemplate> {};
    endResetModel();
    return templates.ok();
}

int RetroTemplateModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant RetroTemplateModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const RetroTemplate& t = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return t.name;
    case IdRole:
        return t.id;
    case BuiltinRole:
        return t.builtin;
    case ColumnTitlesRole: {
        QStringList titles;
        for (const RetroTemplateColumn& c : t.columns) {
            titles << c.title;
        }
        return titles;
    }
    case Qt::ToolTipRole: {
        QStringList titles;
        for (const RetroTemplateColumn& c : t.columns) {
            titles << c.title;
        }
        return titles.join(QStringLiteral(" · "));
    }
    default:
        return {};
    }
}

int RetroTemplateModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id) {
            return i;
        }
    }
    return -1;
}

Result<qint64> RetroTemplateModel::create(const RetroTemplate& t)
{
    return m_store.create(t);
}

Status RetroTemplateModel::update(const RetroTemplate& t)
{
    return m_store.update(t);
}

Status RetroTemplateModel::remove(qint64 id)
{
    return m_store.remove(id);
}

Result<QString> RetroTemplateModel::unusedName(const QString& base)
{
    return m_store.unusedName(base);
}
