#include "analysis/ActionItemDelegate.h"

#include "domain/ActionItem.h"
#include "models/ActionItemModel.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStyle>

namespace {
// The date editor shows "No due date" at its minimum.
const QDate NoDate(2000, 1, 1);
} // namespace

ActionItemDelegate::ActionItemDelegate(Commit commit, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_commit(std::move(commit))
{
}

QWidget*
ActionItemDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    switch (index.column()) {
    case ActionItemModel::DueColumn: {
        auto* edit = new QDateEdit(parent);
        edit->setObjectName(QStringLiteral("dueDateEditor"));
        edit->setCalendarPopup(true);
        edit->setMinimumDate(NoDate);
        edit->setSpecialValueText(tr("No due date"));
        edit->setToolTip(tr("Delete clears the due date."));
        edit->installEventFilter(const_cast<ActionItemDelegate*>(this));
        return edit;
    }
    case ActionItemModel::PriorityColumn:
    case ActionItemModel::StatusColumn:
    case ActionItemModel::TypeColumn: {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("actionFieldCombo"));
        if (index.column() == ActionItemModel::PriorityColumn) {
            for (int priority : ActionRules::allPriorities()) {
                combo->addItem(ActionRules::priorityName(priority), priority);
            }
        } else if (index.column() == ActionItemModel::StatusColumn) {
            for (ActionStatus status : ActionRules::allStatuses()) {
                combo->addItem(ActionRules::statusName(status), static_cast<int>(status));
            }
        } else {
            for (ActionType type : ActionRules::allTypes()) {
                combo->addItem(ActionRules::typeName(type), static_cast<int>(type));
                combo->setItemData(combo->count() - 1, ActionRules::typeDescription(type), Qt::ToolTipRole);
            }
        }
        return combo;
    }
    case ActionItemModel::OwnerColumn: {
        auto* edit = new QLineEdit(parent);
        edit->setObjectName(QStringLiteral("ownerEditor"));
        auto* completer = new QCompleter(m_ownerSource ? m_ownerSource() : QStringList(), edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        edit->setCompleter(completer);
        edit->setPlaceholderText(tr("Who follows it through"));
        return edit;
    }
    case ActionItemModel::TicketColumn: {
        auto* edit = new QLineEdit(parent);
        edit->setObjectName(QStringLiteral("ticketEditor"));
        edit->setPlaceholderText(tr("https://tracker.example/TICKET-1"));
        return edit;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void ActionItemDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto* edit = qobject_cast<QDateEdit*>(editor)) {
        const QDate date = value.toDate();
        edit->setDate(date.isValid() ? date : NoDate);
        return;
    }
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(qMax(0, combo->findData(value.toInt())));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ActionItemDelegate::setModelData(QWidget* editor, QAbstractItemModel*, const QModelIndex& index) const
{
    QVariant value;
    if (auto* edit = qobject_cast<QDateEdit*>(editor)) {
        value = edit->date() == NoDate ? QDate() : edit->date();
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        value = combo->currentData();
    } else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        value = line->text().simplified();
    } else {
        return;
    }
    const QVariant old = index.data(Qt::EditRole);
    const bool same = old.typeId() == QMetaType::QDate ? old.toDate() == value.toDate() : old == value;
    if (!same && m_commit) {
        m_commit(index, value);
    }
}

void ActionItemDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == ActionItemModel::DueColumn && index.data(ActionItemModel::OverdueRole).toBool()) {
        const QStyle* style = option->widget ? option->widget->style() : QApplication::style();
        option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning);
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(16, 16);
    }
    if (index.column() == ActionItemModel::TicketColumn && !option->text.isEmpty()) {
        option->font.setUnderline(true);
    }
}

bool ActionItemDelegate::eventFilter(QObject* object, QEvent* event)
{
    if (auto* edit = qobject_cast<QDateEdit*>(object); edit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
            edit->setDate(NoDate);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}
