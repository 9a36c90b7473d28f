#include "analysis/CauseTreeLayout.h"
#include "export/CauseDiagramWriter.h"

#include <QBuffer>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// The pure layout of cause trees and the SVG/PNG export built on it.
class TestCauseDiagram : public QObject
{
    Q_OBJECT

private slots:
    void layoutTopDownWithoutOverlaps();
    void layoutLongTextGrowsTheBox();
    void layoutEmpty();
    void svgIsValidWithOneBoxPerNode();
    void pngIsWritten();
    void unwritablePathFails();

private:
    static QList<CauseNode> sampleTree();
    static CauseTreeLayout::Options options();
};

QList<CauseNode> TestCauseDiagram::sampleTree()
{
    // P1 ─ a ─ a1, a2 ; P1 ─ b ; P2 ─ c ─ c1 ─ c2 (ids 1…9, positions as siblings)
    auto node = [](qint64 id, qint64 parent, int position, const char* text, CauseType type = CauseType::Cause) {
        CauseNode n;
        n.id = id;
        n.storyId = 1;
        n.parentId = parent;
        n.position = position;
        n.statement = QString::fromUtf8(text);
        n.type = type;
        return n;
    };
    // Deliberately out of order: the layout must not depend on it.
    return {node(5, 1, 1, "Alert was muted"),
            node(1, 0, 0, "Checkout failed for 40 minutes", CauseType::Problem),
            node(3, 2, 0, "Pool too small", CauseType::RootCause),
            node(2, 1, 0, "Database slow"),
            node(4, 2, 1, "Batch job at peak", CauseType::ContributingFactor),
            node(6, 0, 1, "Emails & <late>", CauseType::Problem),
            node(7, 6, 0, "Queue backed up"),
            node(8, 7, 0, "Consumer crashed"),
            node(9, 8, 0, "")};
}

CauseTreeLayout::Options TestCauseDiagram::options()
{
    CauseTreeLayout::Options o;
    o.font = QFont(QStringLiteral("DejaVu Sans"));
    o.font.setPixelSize(16);
    return o;
}

void TestCauseDiagram::layoutTopDownWithoutOverlaps()
{
    const auto nodes = sampleTree();
    const CauseTreeLayout layout = CauseTreeLayout::compute(nodes, options());
    QCOMPARE(layout.boxes().size(), nodes.size());
    for (const CauseNode& n : nodes) {
        const auto* box = layout.box(n.id);
        QVERIFY(box);
        QCOMPARE(box->rect.width(), options().boxWidth);
        QVERIFY(layout.bounds().contains(box->rect));
        if (const auto* parent = layout.box(n.parentId)) {
            // Children are below their parent, one level down.
            QVERIFY(box->rect.top() >= parent->rect.bottom() + options().levelGap - 0.01);
            QCOMPARE(box->depth, parent->depth + 1);
        } else {
            QCOMPARE(box->rect.top(), 0.0);
        }
    }
    for (const auto& a : layout.boxes()) {
        for (const auto& b : layout.boxes()) {
            if (a.id != b.id) {
                QVERIFY2(!a.rect.intersects(b.rect), qPrintable(QStringLiteral("%1 overlaps %2").arg(a.id).arg(b.id)));
            }
        }
    }
    // Siblings in position order, left to right; a parent centred over its children.
    QVERIFY(layout.box(2)->rect.left() < layout.box(5)->rect.left());
    QVERIFY(layout.box(3)->rect.left() < layout.box(4)->rect.left());
    QCOMPARE(layout.box(2)->rect.center().x(),
             (layout.box(3)->rect.center().x() + layout.box(4)->rect.center().x()) / 2);
    QCOMPARE(layout.box(1)->rect.center().x(),
             (layout.box(2)->rect.center().x() + layout.box(5)->rect.center().x()) / 2);
    // The second tree stands to the right of the first.
    QVERIFY(layout.box(6)->rect.left() > layout.box(4)->rect.right());
    // Text areas lie inside their boxes.
    for (const auto& box : layout.boxes()) {
        QVERIFY(box.rect.contains(box.captionRect));
        QVERIFY(box.rect.contains(box.statementRect));
    }
}

void TestCauseDiagram::layoutLongTextGrowsTheBox()
{
    QList<CauseNode> nodes = sampleTree();
    const qreal shortHeight = CauseTreeLayout::compute(nodes, options()).box(8)->rect.height();
    nodes[7].statement = QStringLiteral("The consumer crashed because a malformed message from the new producer "
                                        "version hit an unchecked branch in the parser");
    const CauseTreeLayout layout = CauseTreeLayout::compute(nodes, options());
    QVERIFY(layout.box(8)->rect.height() > shortHeight);
    // A level is as tall as its tallest box: the next level moves down.
    QVERIFY(layout.box(9)->rect.top() >= layout.box(8)->rect.bottom() + options().levelGap - 0.01);
    // Never taller than maxLines allow.
    nodes[7].statement = nodes[7].statement.repeated(20);
    const CauseTreeLayout capped = CauseTreeLayout::compute(nodes, options());
    const QFontMetricsF metrics(options().font);
    QVERIFY(capped.box(8)->statementRect.height() <= options().maxLines * metrics.lineSpacing() + 0.01);
}

void TestCauseDiagram::layoutEmpty()
{
    const CauseTreeLayout layout = CauseTreeLayout::compute({}, options());
    QVERIFY(layout.boxes().isEmpty());
    QVERIFY(layout.bounds().isNull());
    QVERIFY(!layout.box(1));
}

void TestCauseDiagram::svgIsValidWithOneBoxPerNode()
{
    const auto nodes = sampleTree();
    CauseDiagramWriter writer(nodes, {CauseCategory {1, QStringLiteral("Process"), 0}});
    writer.setTitle(QStringLiteral("Checkout outage"));
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(writer.writeSvg(&buffer));
    const QByteArray svg = buffer.data();

    QXmlStreamReader xml(svg);
    int rects = 0;
    QString text;
    QString title;
    bool root = false;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            if (!root) {
                QCOMPARE(xml.name(), QLatin1String("svg"));
                root = true;
            }
            if (xml.name() == QLatin1String("rect")) {
                ++rects;
            } else if (xml.name() == QLatin1String("text")) {
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements) + QLatin1Char('\n');
            } else if (xml.name() == QLatin1String("title")) {
                title = xml.readElementText();
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(root);
    // One box per node, plus the white page behind them.
    QCOMPARE(rects, nodes.size() + 1);
    QCOMPARE(title, QStringLiteral("Checkout outage"));
    for (const char* expected : {"Database slow", "Pool too small", "Emails", "<late>", "Root cause", "Why?"}) {
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    }
}

void TestCauseDiagram::pngIsWritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tree.png"));
    CauseDiagramWriter writer(sampleTree(), {});
    QVERIFY(writer.writePng(path, 1.0));
    QImage image(path);
    QVERIFY(!image.isNull());
    const CauseTreeLayout layout = CauseTreeLayout::compute(sampleTree(), writer.options());
    QCOMPARE(image.width(), qRound(layout.bounds().width() + 2 * CauseDiagramWriter::Margin));
    // The corner is the white page; a problem box has its own colour somewhere in the picture.
    QCOMPARE(image.pixelColor(1, 1), QColor(Qt::white));
    const QRectF problem = layout.box(1)->rect.translated(
        -layout.bounds().topLeft() + QPointF(CauseDiagramWriter::Margin, CauseDiagramWriter::Margin));
    QCOMPARE(image.pixelColor(qRound(problem.left() + 4), qRound(problem.bottom() - 4)),
             CauseNode::typeFill(CauseType::Problem));
    // Twice the size at scale 2.
    QVERIFY(writer.writePng(path, 2.0));
    QCOMPARE(QImage(path).width(), qRound((layout.bounds().width() + 2 * CauseDiagramWriter::Margin) * 2));
}

void TestCauseDiagram::unwritablePathFails()
{
    CauseDiagramWriter writer(sampleTree(), {});
    const Status s = writer.writeSvg(QStringLiteral("/nonexistent-dir/x.svg"));
    QVERIFY(!s);
    QVERIFY(s.error().contains(QStringLiteral("/nonexistent-dir/x.svg")));
    QVERIFY(!writer.writePng(QStringLiteral("/nonexistent-dir/x.png")));
}

QTEST_MAIN(TestCauseDiagram)
#include "TestCauseDiagram.moc"
