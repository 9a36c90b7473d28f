#pragma once

#include <QStyledItemDelegate>

// Edits the cause tree's cells: the statement and the evidence as text ("Why?" as the hint of an
// empty statement), the type and the category with a list to pick from.
class CauseItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};
