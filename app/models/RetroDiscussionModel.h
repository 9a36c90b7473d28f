#pragma once

#include "domain/RetroDiscussionItem.h"

#include <QAbstractListModel>
#include <QList>

class RetroDocument;

// Groups and ungrouped cards in discussion order (votes descending), one row each, with a current
// item for Discuss. Rebuilt (modelReset) when the board or the votes change.
class RetroDiscussionModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // RetroItemRef::Kind as int
        IdRole,
        TextRole,
        CardsRole, // QStringList: a group's cards
        NotesRole,
        VotesRole,
        ColumnTitleRole,
        CurrentRole, // bool
    };

    explicit RetroDiscussionModel(RetroDocument& document, QObject* parent = nullptr);

    void reload();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const RetroDiscussionItem& itemAt(int row) const { return m_items.at(row); }
    int rowOf(const RetroItemRef& ref) const;

    // The item in focus (kept by ref across rebuilds). -1: none.
    int currentRow() const;
    void setCurrentRow(int row);
    bool next();
    bool previous();

signals:
    void currentChanged(int row);

private:
    void scheduleReload();

    RetroDocument& m_document;
    QList<RetroDiscussionItem> m_items;
    RetroItemRef m_current;
    bool m_reloadPending = false;
};
