#pragma once

#include <QStyledItemDelegate>

// Edits the cells of the timeline table: a list of kinds for the kind column, text for the others
// (the time as typed, the person or role with the names already used). Enter in an editor saves and
// asks the page for the next row (enterPressed); a time that cannot be read is reported.
class TimelineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

signals:
    // Enter was pressed in an editor, after its text was saved and the editor closed.
    void enterPressed();
    // The time typed into the time column could not be read; nothing was changed.
    void timeRejected(const QString& text) const;

protected:
    bool eventFilter(QObject* object, QEvent* event) override;
};
