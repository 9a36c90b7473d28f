#include "analysis/LessonDelegate.h"

#include "domain/Lesson.h"
#include "models/LessonModel.h"

#include <QComboBox>
#include <QLineEdit>

LessonDelegate::LessonDelegate(Commit commit, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_commit(std::move(commit))
{
}

QWidget*
LessonDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (index.column() == LessonModel::KindColumn) {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("lessonKindCombo"));
        for (LessonKind kind : LessonRules::allKinds()) {
            combo->addItem(LessonRules::kindName(kind), static_cast<int>(kind));
        }
        return combo;
    }
    QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        line->setObjectName(QStringLiteral("lessonTextEditor"));
        line->setPlaceholderText(tr("What did we learn?"));
    }
    return editor;
}

void LessonDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole).toInt())));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void LessonDelegate::setModelData(QWidget* editor, QAbstractItemModel*, const QModelIndex& index) const
{
    QVariant value;
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        value = combo->currentData();
    } else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        value = line->text().trimmed();
    } else {
        return;
    }
    if (index.data(Qt::EditRole) != value && m_commit) {
        m_commit(index, value);
    }
}
