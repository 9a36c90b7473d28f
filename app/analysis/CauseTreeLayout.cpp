#include "analysis/CauseTreeLayout.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <vector>

QFont CauseTreeLayout::captionFont(const QFont& font)
{
    QFont caption = font;
    if (font.pointSizeF() > 0) {
        caption.setPointSizeF(font.pointSizeF() * 0.75);
    } else if (font.pixelSize() > 0) {
        caption.setPixelSize(qMax(6, font.pixelSize() * 3 / 4));
    }
    caption.setBold(true);
    return caption;
}

const CauseTreeLayout::Box* CauseTreeLayout::box(qint64 id) const
{
    auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_boxes[*it];
}

CauseTreeLayout CauseTreeLayout::compute(const QList<CauseNode>& nodes, const Options& options)
{
    CauseTreeLayout layout;
    layout.m_options = options;
    const qsizetype n = nodes.size();
    if (n == 0) {
        return layout;
    }

    QHash<qint64, qsizetype> byId;
    byId.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        byId.insert(nodes[i].id, i);
    }
    std::vector<std::vector<qsizetype>> children(static_cast<size_t>(n));
    std::vector<qsizetype> tops;
    for (qsizetype i = 0; i < n; ++i) {
        auto parent = byId.constFind(nodes[i].parentId);
        if (nodes[i].parentId > 0 && parent != byId.cend() && *parent != i) {
            children[static_cast<size_t>(*parent)].push_back(i);
        } else {
            tops.push_back(i);
        }
    }
    auto byPosition = [&nodes](qsizetype a, qsizetype b) {
        return nodes[a].position != nodes[b].position ? nodes[a].position < nodes[b].position
                                                      : nodes[a].id < nodes[b].id;
    };
    std::stable_sort(tops.begin(), tops.end(), byPosition);
    for (auto& list : children) {
        if (list.size() > 1) {
            std::stable_sort(list.begin(), list.end(), byPosition);
        }
    }

    // Heights: the caption line plus the wrapped statement (at least one line, for "Why?").
    const QFontMetricsF metrics(options.font);
    const QFontMetricsF captionMetrics(captionFont(options.font));
    const qreal textWidth = options.boxWidth - 2 * options.padding;
    const qreal lineHeight = metrics.lineSpacing();
    const qreal captionHeight = captionMetrics.lineSpacing();
    std::vector<qreal> heights(static_cast<size_t>(n));
    std::vector<int> depth(static_cast<size_t>(n), 0);
    std::vector<qreal> levelHeight;
    // Depth first from the tops; a node is reached once (the parent links form a forest).
    std::vector<qsizetype> order;
    order.reserve(static_cast<size_t>(n));
    {
        std::vector<qsizetype> stack(tops.rbegin(), tops.rend());
        std::vector<bool> seen(static_cast<size_t>(n), false);
        while (!stack.empty()) {
            const qsizetype i = stack.back();
            stack.pop_back();
            if (seen[static_cast<size_t>(i)]) {
                continue;
            }
            seen[static_cast<size_t>(i)] = true;
            order.push_back(i);
            const auto& kids = children[static_cast<size_t>(i)];
            for (auto it = kids.rbegin(); it != kids.rend(); ++it) {
                depth[static_cast<size_t>(*it)] = depth[static_cast<size_t>(i)] + 1;
                stack.push_back(*it);
            }
        }
    }
    for (qsizetype i : order) {
        const QString& text = nodes[i].statement;
        int lines = 1;
        if (!text.isEmpty()) {
            const qreal width = metrics.horizontalAdvance(text);
            if (width > textWidth || text.contains(QLatin1Char('\n'))) {
                const QRectF r = metrics.boundingRect(QRectF(0, 0, textWidth, 1e6), Qt::TextWordWrap, text);
                lines = qMax(1, static_cast<int>(std::ceil(r.height() / lineHeight - 0.01)));
            }
        }
        lines = qMin(lines, qMax(1, options.maxLines));
        const qreal h = 2 * options.padding + captionHeight + 4 + lines * lineHeight;
        heights[static_cast<size_t>(i)] = h;
        const size_t d = static_cast<size_t>(depth[static_cast<size_t>(i)]);
        if (levelHeight.size() <= d) {
            levelHeight.resize(d + 1, 0);
        }
        levelHeight[d] = qMax(levelHeight[d], h);
    }
    std::vector<qreal> levelTop(levelHeight.size(), 0);
    for (size_t d = 1; d < levelHeight.size(); ++d) {
        levelTop[d] = levelTop[d - 1] + levelHeight[d - 1] + options.levelGap;
    }

    // Widths bottom-up (reverse depth-first order visits children before parents): a subtree is
    // as wide as its children side by side, and its node sits centred between the first and the
    // last child (not over the whole span, which leans towards a wide branch).
    std::vector<qreal> span(static_cast<size_t>(n), options.boxWidth);
    std::vector<qreal> centre(static_cast<size_t>(n), options.boxWidth / 2); // within the span
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const size_t u = static_cast<size_t>(*it);
        const auto& kids = children[u];
        if (kids.empty()) {
            continue;
        }
        qreal x = 0;
        qreal first = 0;
        qreal last = 0;
        for (size_t k = 0; k < kids.size(); ++k) {
            const size_t c = static_cast<size_t>(kids[k]);
            if (k == 0) {
                first = x + centre[c];
            }
            last = x + centre[c];
            x += span[c] + options.siblingGap;
        }
        span[u] = x - options.siblingGap;
        centre[u] = (first + last) / 2;
    }
    // Positions top-down.
    std::vector<qreal> left(static_cast<size_t>(n), 0);
    qreal x = 0;
    for (qsizetype t : tops) {
        left[static_cast<size_t>(t)] = x;
        x += span[static_cast<size_t>(t)] + options.siblingGap * 2;
    }
    layout.m_boxes.reserve(static_cast<qsizetype>(order.size()));
    layout.m_index.reserve(static_cast<qsizetype>(order.size()));
    for (qsizetype i : order) {
        const size_t u = static_cast<size_t>(i);
        const auto& kids = children[u];
        qreal childLeft = left[u];
        for (qsizetype k : kids) {
            left[static_cast<size_t>(k)] = childLeft;
            childLeft += span[static_cast<size_t>(k)] + options.siblingGap;
        }
        Box box;
        box.id = nodes[i].id;
        box.parentId = nodes[i].parentId;
        box.depth = depth[u];
        const qreal top = levelTop[static_cast<size_t>(depth[u])];
        box.rect = QRectF(left[u] + centre[u] - options.boxWidth / 2, top, options.boxWidth, heights[u]);
        box.captionRect =
            QRectF(box.rect.left() + options.padding, box.rect.top() + options.padding, textWidth, captionHeight);
        box.statementRect = QRectF(box.rect.left() + options.padding,
                                   box.captionRect.bottom() + 4,
                                   textWidth,
                                   heights[u] - 2 * options.padding - captionHeight - 4);
        layout.m_index.insert(box.id, layout.m_boxes.size());
        layout.m_boxes << box;
        layout.m_bounds = layout.m_bounds.isNull() ? box.rect : layout.m_bounds.united(box.rect);
    }
    return layout;
}
