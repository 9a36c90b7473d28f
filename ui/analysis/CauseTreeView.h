#pragma once

#include <QTreeView>

// The cause tree as an outline, driven from the keyboard by a facilitator: type the answer, Enter
// asks the next "Why?" as a child, Shift+Enter adds a sibling, Tab and Shift+Tab indent and
// outdent (also while typing), Delete removes a node with its subtree. Ctrl+Tab leaves the view.
// The view only asks; the page turns the requests into undo commands.
class CauseTreeView : public QTreeView
{
    Q_OBJECT

public:
    explicit CauseTreeView(QWidget* parent = nullptr);

signals:
    void addChildRequested(const QModelIndex& index);
    void addSiblingRequested(const QModelIndex& index);
    void indentRequested(const QModelIndex& index);
    void outdentRequested(const QModelIndex& index);
    void deleteRequested(const QModelIndex& index);

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;
};
