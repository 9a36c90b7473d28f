#pragma once

#include "analysis/CauseTreeLayout.h"
#include "domain/CauseCategory.h"
#include "domain/CauseNode.h"

#include <QHash>
#include <QObject>
#include <QTextObjectInterface>

#include <memory>

class QTextCursor;
class QTextDocument;

// A cause tree inside a QTextDocument: a custom text object painted with CauseDiagramPainter, so
// it reaches the PDF or the printer as vectors and real text. Scaled down to the page's text width
// (never up) and to one page's height.
class CauseDiagramTextObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int ObjectType = QTextFormat::UserObject + 17;

    // Registers the handler on `document` (once; the handler is a child of the document).
    static void registerOn(QTextDocument& document);
    // Inserts one diagram of `nodes` (one tree or several) at the cursor.
    static void insert(QTextCursor& cursor, const QList<CauseNode>& nodes, const QList<CauseCategory>& categories);

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter,
                    const QRectF& rect,
                    QTextDocument* document,
                    int position,
                    const QTextFormat& format) override;

    struct Diagram
    {
        CauseTreeLayout layout;
        QHash<qint64, CauseNode> nodes;
        QHash<qint64, QString> categoryNames;
    };

private:
    explicit CauseDiagramTextObject(QObject* parent);
    static qreal scale(QTextDocument* document, const Diagram& diagram);
};

Q_DECLARE_METATYPE(std::shared_ptr<const CauseDiagramTextObject::Diagram>)
