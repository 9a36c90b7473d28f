#pragma once

#include "domain/RetroReviewItem.h"

#include <QAbstractTableModel>
#include <QList>

class RetroDocument;

// The Review phase: open actions of the team's earlier retros and their stories, with this retro's
// decision. Rebuilt (modelReset) when a decision or an action changes.
class RetroReviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, OwnerColumn, DueDateColumn, OriginColumn, DecisionColumn, ColumnCount };
    enum Role {
        SourceRole = Qt::UserRole + 1, // RetroReviewSource as int
        ActionIdRole,
        DecisionRole, // RetroReviewDecision as int
    };

    explicit RetroReviewModel(RetroDocument& document, QObject* parent = nullptr);

    void reload();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const RetroReviewItem& itemAt(int row) const { return m_items.at(row); }
    static QString decisionName(RetroReviewDecision decision);

private:
    RetroDocument& m_document;
    QList<RetroReviewItem> m_items;
};
