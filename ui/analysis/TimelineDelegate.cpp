#include "analysis/TimelineDelegate.h"

#include "domain/TimelineRules.h"
#include "models/TimelineModel.h"
#include "story/UndoShortcutFilter.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>

#include <algorithm>

QWidget*
TimelineDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QWidget* editor = nullptr;
    if (index.column() == TimelineModel::KindColumn) {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("timelineKindEditor"));
        for (TimelineKind kind : TimelineRules::allKinds()) {
            combo->addItem(TimelineRules::kindName(kind), static_cast<int>(kind));
        }
        editor = combo;
    } else {
        auto* line = new QLineEdit(parent);
        line->setFrame(false);
        if (index.column() == TimelineModel::TimeColumn) {
            line->setObjectName(QStringLiteral("timelineTimeEditor"));
            line->setToolTip(tr("A date and time (2021-12-10 15:40), a time on the same day (15:40) or a date alone."));
        } else if (index.column() == TimelineModel::ActorColumn) {
            line->setObjectName(QStringLiteral("timelineActorEditor"));
            QStringList names;
            for (int row = 0; row < index.model()->rowCount(); ++row) {
                const QString name = index.model()->index(row, TimelineModel::ActorColumn).data().toString();
                if (!name.isEmpty() && !names.contains(name)) {
                    names << name;
                }
            }
            std::sort(names.begin(), names.end());
            auto* completer = new QCompleter(names, line);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            line->setCompleter(completer);
        } else {
            line->setObjectName(QStringLiteral("timelineDescriptionEditor"));
            line->setPlaceholderText(tr("What happened?"));
        }
        editor = line;
    }
    Q_UNUSED(option);
    // Ctrl+Z belongs to the story's history, not to the editor's own.
    auto* filter = new UndoShortcutFilter(editor);
    filter->watch(editor);
    return editor;
}

void TimelineDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void TimelineDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    auto* line = qobject_cast<QLineEdit*>(editor);
    if (!line) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    if (line->text() == index.data(Qt::EditRole).toString()) {
        return; // nothing typed: no undo step
    }
    if (!model->setData(index, line->text(), Qt::EditRole) && index.column() == TimelineModel::TimeColumn) {
        emit timeRejected(line->text());
    }
}

bool TimelineDelegate::eventFilter(QObject* object, QEvent* event)
{
    auto* editor = qobject_cast<QWidget*>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        auto* line = qobject_cast<QLineEdit*>(editor);
        const bool completing =
            line && line->completer() && line->completer()->popup() && line->completer()->popup()->isVisible();
        if (enter && !completing && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            emit commitData(editor);
            emit closeEditor(editor, QAbstractItemDelegate::NoHint);
            emit enterPressed();
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}
