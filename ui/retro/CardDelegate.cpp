#include "CardDelegate.h"

#include "models/RetroBoardModel.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QTextLayout>

namespace {
constexpr int Margin = 4;
constexpr int Padding = 8;

bool isGroup(const QModelIndex& index)
{
    return index.data(RetroBoardModel::KindRole).toInt() == int(RetroBoardModel::Kind::Group);
}
} // namespace

CardDelegate::CardDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

QString CardDelegate::textOf(const QModelIndex& index) const
{
    QString text = index.data(Qt::DisplayRole).toString();
    if (isGroup(index)) {
        //: A group on the retro board: its name and how many cards it holds.
        text = tr("%1 (%n cards)", nullptr, index.data(RetroBoardModel::CardCountRole).toInt()).arg(text);
    }
    const QString author = index.data(RetroBoardModel::AuthorRole).toString();
    if (!author.isEmpty() && !index.data(RetroBoardModel::HiddenRole).toBool()) {
        //: The author of a retro card, shown under its text.
        text += QLatin1Char('\n') + tr("— %1").arg(author);
    }
    return text;
}

QString CardDelegate::badgeOf(const QModelIndex& index) const
{
    if (!m_showVotes) {
        return {};
    }
    const int votes = index.data(RetroBoardModel::VotesRole).toInt();
    //: Votes (dots) on a retro card, e.g. "● 3".
    return votes > 0 ? tr("● %1").arg(votes) : QString();
}

int CardDelegate::availableWidth(const QStyleOptionViewItem& option) const
{
    int width = option.rect.width();
    if (const auto* view = qobject_cast<const QAbstractItemView*>(option.widget)) {
        width = view->viewport()->width() - 2 * Margin - 24; // leave room for the tree's indentation
    }
    return std::max(60, width);
}

QSize CardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QFont font = option.font;
    font.setBold(isGroup(index));
    const QFontMetrics fm(font);
    const int badge = badgeOf(index).isEmpty() ? 0 : fm.horizontalAdvance(badgeOf(index)) + Padding;
    const int width = availableWidth(option) - 2 * Padding - badge;
    const QRect bounds = fm.boundingRect(QRect(0, 0, std::max(20, width), 100000), Qt::TextWordWrap, textOf(index));
    return {availableWidth(option), bounds.height() + 2 * Padding + 2 * Margin};
}

void CardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = option.palette;
    const bool group = isGroup(index);
    const bool selected = option.state & QStyle::State_Selected;
    const QRect card = option.rect.adjusted(Margin, Margin, -Margin, -Margin);

    // Cards: a pale yellow note; groups: a pale blue frame. Dark text on both (contrast > 10:1).
    QColor fill = group ? QColor(0xE3, 0xEE, 0xFA) : QColor(0xFF, 0xF6, 0xC8);
    QColor text = QColor(0x1A, 0x1A, 0x1A);
    if (index.data(RetroBoardModel::HiddenRole).toBool()) {
        fill = QColor(0xE0, 0xE0, 0xE0);
        text = QColor(0x44, 0x44, 0x44);
    }
    if (selected) {
        fill = pal.color(QPalette::Highlight);
        text = pal.color(QPalette::HighlightedText);
    }
    painter->setPen(QPen(selected ? pal.color(QPalette::Highlight).darker(130) : QColor(0xB0, 0xB0, 0xB0), 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(card, 4, 4);
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(pal.color(QPalette::Highlight).darker(150), 2, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card.adjusted(1, 1, -1, -1), 4, 4);
    }

    QFont font = option.font;
    font.setBold(group);
    painter->setFont(font);
    QRect textRect = card.adjusted(Padding, Padding, -Padding, -Padding);
    const QString badge = badgeOf(index);
    if (!badge.isEmpty()) {
        QFont badgeFont = option.font;
        badgeFont.setBold(true);
        painter->setFont(badgeFont);
        const int w = QFontMetrics(badgeFont).horizontalAdvance(badge);
        painter->setPen(selected ? text : QColor(0xB0, 0x30, 0x00));
        painter->drawText(
            QRect(textRect.right() - w, textRect.top(), w, textRect.height()), Qt::AlignRight | Qt::AlignTop, badge);
        textRect.setRight(textRect.right() - w - Padding);
        painter->setFont(font);
    }
    painter->setPen(text);
    painter->drawText(textRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, textOf(index));
    painter->restore();
}
