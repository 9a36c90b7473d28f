#include "analysis/CauseItemDelegate.h"

#include "models/CauseTreeModel.h"
#include "story/UndoShortcutFilter.h"

#include <QComboBox>
#include <QLineEdit>

QWidget*
CauseItemDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const auto* model = qobject_cast<const CauseTreeModel*>(index.model());
    switch (index.column()) {
    case CauseTreeModel::TypeColumn: {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("causeTypeEditor"));
        for (CauseType type : CauseNode::allTypes()) {
            combo->addItem(CauseNode::typeName(type), static_cast<int>(type));
        }
        return combo;
    }
    case CauseTreeModel::CategoryColumn: {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("causeCategoryEditor"));
        //: The choice for a cause without a category
        combo->addItem(tr("(none)"), qint64(0));
        if (model) {
            const auto categories = model->categories();
            for (const CauseCategory& c : categories) {
                combo->addItem(c.name, c.id);
            }
        }
        return combo;
    }
    default: {
        QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto* line = qobject_cast<QLineEdit*>(editor)) {
            // Ctrl+Z goes to the story's history, not the line edit's own.
            (new UndoShortcutFilter(line))->watch(line);
            line->setObjectName(QStringLiteral("causeTextEditor"));
            if (index.column() == CauseTreeModel::StatementColumn) {
                //: Hint in an empty cause statement: the question it answers
                line->setPlaceholderText(tr("Why? Type the answer, then Enter asks the next “Why?”"));
            } else {
                line->setPlaceholderText(tr("What shows it: a graph, a log line, a ticket"));
            }
        }
        return editor;
    }
    }
}

void CauseItemDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const int row = combo->findData(index.data(Qt::EditRole));
        combo->setCurrentIndex(qMax(0, row));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void CauseItemDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}
