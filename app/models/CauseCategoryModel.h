#pragma once

#include "domain/CauseCategory.h"

#include <QAbstractListModel>

class CauseStore;
class QUndoStack;

// The library's cause categories in their order. Follows the CauseStore with exact signals; edits
// (setData renames, the helpers below) become commands on the undo stack set with setUndoStack().
class CauseCategoryModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
    };

    explicit CauseCategoryModel(CauseStore& store, QObject* parent = nullptr);

    // Where the edits go; without a stack the model is read-only.
    void setUndoStack(QUndoStack* stack) { m_undoStack = stack; }
    QUndoStack* undoStack() const { return m_undoStack; }

    QList<CauseCategory> categories() const { return m_categories; }
    int rowOf(qint64 id) const;

    // Returns the new row (-1 on failure).
    int addCategory(const QString& name);
    bool removeCategory(int row);
    bool moveCategory(int row, int newRow);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    void onAdded(qint64 id, int position);
    void onRenamed(qint64 id);
    void onMoved(qint64 id, int oldPosition, int newPosition);
    void onRemoved(qint64 id, int position);
    void reload();

    CauseStore& m_store;
    QUndoStack* m_undoStack = nullptr;
    QList<CauseCategory> m_categories;
};
