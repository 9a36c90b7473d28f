#pragma once

#include <QStyledItemDelegate>

// Paints a retro board's cards and groups as sticky notes: wrapped text, the author in small type,
// a group's name in bold with its card count, and the dots (votes) as a badge when shown.
class CardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CardDelegate(QObject* parent = nullptr);

    void setShowVotes(bool show) { m_showVotes = show; }
    bool showVotes() const { return m_showVotes; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QString textOf(const QModelIndex& index) const;
    QString badgeOf(const QModelIndex& index) const;
    int availableWidth(const QStyleOptionViewItem& option) const;

    bool m_showVotes = false;
};
