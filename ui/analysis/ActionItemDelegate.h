#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

#include <functional>

// Inline editors for the action items table: a date editor for the due date (Delete clears it),
// lists for priority, status and type, a line edit with the known owners for the owner. A changed
// value goes to `commit` (which makes the undo command); the model is never written directly.
// Overdue due dates get a warning icon.
class ActionItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using Commit = std::function<void(const QModelIndex& index, const QVariant& value)>;

    ActionItemDelegate(Commit commit, QObject* parent = nullptr);

    // Names offered while typing an owner, asked for when the editor opens.
    void setOwnerSource(std::function<QStringList()> source) { m_ownerSource = std::move(source); }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
    bool eventFilter(QObject* object, QEvent* event) override;

private:
    Commit m_commit;
    std::function<QStringList()> m_ownerSource;
};
