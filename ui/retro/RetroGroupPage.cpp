#include "RetroGroupPage.h"

#include "document/RetroDocument.h"
#include "models/RetroBoardModel.h"
#include "retro/BoardView.h"

#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QVBoxLayout>

RetroGroupPage::RetroGroupPage(QWidget* parent)
    : RetroPage(parent)
    , m_board(new BoardView(this))
{
    setObjectName(QStringLiteral("groupPage"));
    m_board->setObjectName(QStringLiteral("groupBoard"));
    m_board->setDragEnabled(true);
    auto* hint = new QLabel(tr("Drag a card onto another to group them, onto a column to ungroup it. Keyboard: select "
                               "cards with Ctrl+Space, then Ctrl+G groups, Ctrl+Shift+G ungroups, F2 renames a group."),
                            this);
    hint->setObjectName(QStringLiteral("groupHint"));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_board, 1);

    auto* group = new QAction(tr("&Group Cards"), this);
    group->setObjectName(QStringLiteral("groupCardsAction"));
    group->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    group->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(group, &QAction::triggered, this, &RetroGroupPage::groupSelected);
    auto* ungroup = new QAction(tr("&Ungroup"), this);
    ungroup->setObjectName(QStringLiteral("ungroupAction"));
    ungroup->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    ungroup->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(ungroup, &QAction::triggered, this, &RetroGroupPage::ungroupSelected);
    auto* rename = new QAction(tr("&Rename Group…"), this);
    rename->setObjectName(QStringLiteral("renameGroupAction"));
    rename->setShortcut(QKeySequence(Qt::Key_F2));
    rename->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(rename, &QAction::triggered, this, &RetroGroupPage::renameGroup);
    addActions({group, ungroup, rename});
}

void RetroGroupPage::documentChanged()
{
    m_board->setModel(document() ? document()->board() : nullptr);
}

void RetroGroupPage::activate()
{
    m_board->focusColumn(0);
}

void RetroGroupPage::groupSelected()
{
    RetroDocument* doc = document();
    if (!doc) {
        return;
    }
    const QList<RetroItemRef> selected = m_board->selectedItems();
    QList<qint64> cards;
    qint64 groupId = 0;
    for (const RetroItemRef& ref : selected) {
        if (ref.isGroup()) {
            groupId = groupId ? groupId : ref.id;
        } else {
            cards << ref.id;
        }
    }
    if (groupId != 0 && !cards.isEmpty()) {
        report(doc->addToGroup(cards, groupId));
        m_board->selectItem(RetroItemRef::group(groupId));
        return;
    }
    if (cards.size() < 2) {
        emit message(tr("Select two or more cards to group (Ctrl+Space adds a card to the selection)."));
        return;
    }
    // The card under the cursor names the group; otherwise the first selected one.
    qint64 target = cards.first();
    const RetroItemRef current = m_board->currentItem();
    if (current.isCard() && cards.contains(current.id)) {
        target = current.id;
    }
    cards.removeAll(target);
    auto grouped = doc->groupCards(target, cards);
    if (report(grouped)) {
        m_board->selectItem(RetroItemRef::group(*grouped));
    }
}

void RetroGroupPage::ungroupSelected()
{
    RetroDocument* doc = document();
    if (!doc) {
        return;
    }
    QList<RetroItemRef> selected = m_board->selectedItems();
    if (selected.isEmpty() && m_board->currentItem().isValid()) {
        selected << m_board->currentItem();
    }
    RetroBoardModel* board = doc->board();
    QHash<qint64, QList<qint64>> cardsByColumn;
    for (const RetroItemRef& ref : std::as_const(selected)) {
        if (ref.isGroup()) {
            report(doc->ungroup(ref.id));
            continue;
        }
        const QModelIndex index = board->cardIndex(ref.id);
        if (index.data(RetroBoardModel::GroupIdRole).toLongLong() != 0) {
            cardsByColumn[index.data(RetroBoardModel::ColumnIdRole).toLongLong()] << ref.id;
        }
    }
    for (auto it = cardsByColumn.cbegin(); it != cardsByColumn.cend(); ++it) {
        report(doc->moveToColumn(it.value(), it.key()));
    }
}

void RetroGroupPage::renameGroup()
{
    RetroDocument* doc = document();
    RetroItemRef ref = m_board->currentItem();
    if (!doc || !ref.isValid()) {
        return;
    }
    if (ref.isCard()) {
        // A card in a group renames its group.
        const qint64 groupId = doc->board()->cardIndex(ref.id).data(RetroBoardModel::GroupIdRole).toLongLong();
        if (groupId == 0) {
            emit message(tr("Put the cursor on a group to rename it."));
            return;
        }
        ref = RetroItemRef::group(groupId);
    }
    const QString old = doc->board()->groupIndex(ref.id).data(RetroBoardModel::TextRole).toString();
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Rename Group"), tr("Group &name:"), QLineEdit::Normal, old, &ok);
    if (ok && !name.trimmed().isEmpty() && name.trimmed() != old) {
        report(doc->editGroup(ref.id, RetroGroupField::Name, name.trimmed()));
    }
    m_board->selectItem(ref);
}
