#pragma once

#include <QStyledItemDelegate>

#include <functional>

// Inline editors for the lessons table: a list of kinds for the kind, a line edit for the text. A
// changed value goes to `commit` (which makes the undo command); the model is never written directly.
class LessonDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using Commit = std::function<void(const QModelIndex& index, const QVariant& value)>;

    LessonDelegate(Commit commit, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    Commit m_commit;
};
