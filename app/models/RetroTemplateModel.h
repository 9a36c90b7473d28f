#pragma once

#include "domain/RetroTemplate.h"
#include "util/Result.h"

#include <QAbstractListModel>
#include <QList>

class RetroTemplateStore;

// The retro templates (built-in first), one row each; reloads on the store's signals.
class RetroTemplateModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        BuiltinRole,      // bool
        ColumnTitlesRole, // QStringList
    };

    explicit RetroTemplateModel(RetroTemplateStore& store, QObject* parent = nullptr);

    bool reload();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    const RetroTemplate& templateAt(int row) const { return m_rows.at(row); }
    int rowOf(qint64 id) const;

    // The library's own templates, written through the store (the model follows its signals).
    Result<qint64> create(const RetroTemplate& t);
    Status update(const RetroTemplate& t);
    Status remove(qint64 id);
    // A name for a copy: "%1 (copy)", "%1 (copy 2)" … not yet taken.
    Result<QString> unusedName(const QString& base);

private:
    RetroTemplateStore& m_store;
    QList<RetroTemplate> m_rows;
};
