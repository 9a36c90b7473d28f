#pragma once

#include "story/StoryPage.h"

#include <QPointer>

class ActionItemDelegate;
class ActionItemModel;
class QLabel;
class QPushButton;
class QTreeView;
class StoryDocument;

// The editor's "Action items" page: what the team will do, who owns it, by when, how far it has got.
// Overdue items stand out; root causes that no action addresses are named above the list, each with
// a link that adds an action for it. Keyboard: Insert adds, F2 or typing edits a cell, Delete
// removes, Alt+Up/Alt+Down move, Ctrl+L links causes, Ctrl+Enter opens the ticket.
class ActionItemsPage : public StoryPage
{
    Q_OBJECT

public:
    explicit ActionItemsPage(QWidget* parent = nullptr);

    void setDocument(StoryDocument* document) override;
    void setReadOnly(bool readOnly) override;

    QTreeView* view() const { return m_view; }
    // Makes the action item current (after a jump from the Open actions view).
    bool selectAction(qint64 actionId);

    // Adds an action item below the current one, linked to `causeIds`, and starts editing its title.
    void addAction(const QList<qint64>& causeIds = {});
    void removeAction();
    void moveAction(int delta);
    void linkCauses();
    void openTicket();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void commit(const QModelIndex& index, const QVariant& value);
    void updateButtons();
    void updateSummary();
    int currentRow() const;

    QPointer<StoryDocument> m_document;
    ActionItemModel* m_model = nullptr;
    bool m_readOnly = false;
    QTreeView* m_view;
    ActionItemDelegate* m_delegate;
    QLabel* m_summary;
    QLabel* m_unactioned;
    QLabel* m_emptyLabel;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_link;
    QPushButton* m_ticket;
};
