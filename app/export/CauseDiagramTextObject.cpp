#include "export/CauseDiagramTextObject.h"

#include "analysis/CauseDiagramPainter.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

Q_GUI_EXPORT int qt_defaultDpiY();

namespace {

constexpr int DiagramProperty = QTextFormat::UserProperty + 17;
constexpr qreal Margin = 8; // layout units around the boxes

using DiagramPtr = std::shared_ptr<const CauseDiagramTextObject::Diagram>;

} // namespace

CauseDiagramTextObject::CauseDiagramTextObject(QObject* parent)
    : QObject(parent)
{
}

void CauseDiagramTextObject::registerOn(QTextDocument& document)
{
    if (document.findChild<CauseDiagramTextObject*>(QString(), Qt::FindDirectChildrenOnly)) {
        return;
    }
    auto* handler = new CauseDiagramTextObject(&document);
    document.documentLayout()->registerHandler(ObjectType, handler);
}

void CauseDiagramTextObject::insert(QTextCursor& cursor,
                                    const QList<CauseNode>& nodes,
                                    const QList<CauseCategory>& categories)
{
    auto diagram = std::make_shared<Diagram>();
    CauseTreeLayout::Options options;
    options.font = QFont(QStringLiteral("DejaVu Sans"));
    options.font.setPixelSize(14);
    options.font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02); // no ligatures, as in the text
    diagram->layout = CauseTreeLayout::compute(nodes, options);
    for (const CauseNode& node : nodes) {
        diagram->nodes.insert(node.id, node);
    }
    for (const CauseCategory& category : categories) {
        diagram->categoryNames.insert(category.id, category.name);
    }
    QTextCharFormat format;
    format.setObjectType(ObjectType);
    format.setProperty(DiagramProperty, QVariant::fromValue(DiagramPtr(diagram)));
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

qreal CauseDiagramTextObject::scale(QTextDocument* document, const Diagram& diagram)
{
    const QRectF bounds = diagram.layout.bounds().adjusted(-Margin, -Margin, Margin, Margin);
    QPaintDevice* device = document->documentLayout()->paintDevice();
    const qreal dpi = device ? device->logicalDpiY() : qt_defaultDpiY();
    // Layout units are CSS pixels; the device may have more dots per inch.
    const qreal toDevice = dpi / qreal(qMax(1, qt_defaultDpiY()));
    const QTextFrameFormat frame = document->rootFrame()->frameFormat();
    const qreal width = document->pageSize().width() > 0
                            ? document->pageSize().width() - (frame.leftMargin() + frame.rightMargin()) * toDevice
                            : document->textWidth();
    qreal s = toDevice;
    if (width > 0 && bounds.width() * s > width * 0.98) {
        s = width * 0.98 / bounds.width();
    }
    if (document->pageSize().height() > 0) {
        const qreal height =
            (document->pageSize().height() - (frame.topMargin() + frame.bottomMargin()) * toDevice) * 0.9;
        if (height > 0 && bounds.height() * s > height) {
            s = height / bounds.height();
        }
    }
    return s;
}

QSizeF CauseDiagramTextObject::intrinsicSize(QTextDocument* document, int position, const QTextFormat& format)
{
    Q_UNUSED(position)
    const auto diagram = format.property(DiagramProperty).value<DiagramPtr>();
    if (!diagram) {
        return {};
    }
    const QRectF bounds = diagram->layout.bounds().adjusted(-Margin, -Margin, Margin, Margin);
    return bounds.size() * scale(document, *diagram);
}

void CauseDiagramTextObject::drawObject(
    QPainter* painter, const QRectF& rect, QTextDocument* document, int position, const QTextFormat& format)
{
    Q_UNUSED(position)
    const auto diagram = format.property(DiagramProperty).value<DiagramPtr>();
    if (!diagram) {
        return;
    }
    const QRectF bounds = diagram->layout.bounds().adjusted(-Margin, -Margin, Margin, Margin);
    const qreal s = scale(document, *diagram);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(rect.topLeft());
    painter->scale(s, s);
    painter->translate(-bounds.topLeft());
    CauseDiagramPainter::paintAll(*painter, diagram->layout, diagram->nodes, diagram->categoryNames);
    painter->restore();
}
