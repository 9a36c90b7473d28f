#include "export/CauseDiagramWriter.h"

#include "analysis/CauseDiagramPainter.h"

#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

CauseDiagramWriter::CauseDiagramWriter(QList<CauseNode> nodes, const QList<CauseCategory>& categories)
    : m_nodes(std::move(nodes))
{
    for (const CauseCategory& c : categories) {
        m_categoryNames.insert(c.id, c.name);
    }
    m_options.font = QFont(QStringLiteral("DejaVu Sans"));
    m_options.font.setPixelSize(16);
}

CauseTreeLayout CauseDiagramWriter::layout() const
{
    return CauseTreeLayout::compute(m_nodes, m_options);
}

void CauseDiagramWriter::paint(QPainter& painter, const CauseTreeLayout& layout) const
{
    const QRectF bounds = layout.bounds().adjusted(-Margin, -Margin, Margin, Margin);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.translate(-bounds.topLeft());
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawRect(bounds);
    QHash<qint64, CauseNode> byId;
    byId.reserve(m_nodes.size());
    for (const CauseNode& n : m_nodes) {
        byId.insert(n.id, n);
    }
    CauseDiagramPainter::paintAll(painter, layout, byId, m_categoryNames);
}

Status CauseDiagramWriter::writeSvg(QIODevice* device) const
{
    const CauseTreeLayout l = layout();
    const QRectF bounds = l.bounds().adjusted(-Margin, -Margin, Margin, Margin);
    QSvgGenerator generator;
    generator.setOutputDevice(device);
    generator.setSize(bounds.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), bounds.size()));
    generator.setResolution(96);
    generator.setTitle(m_title.isEmpty() ? QCoreApplication::translate("CauseDiagramWriter", "Cause tree") : m_title);
    generator.setDescription(QCoreApplication::translate("CauseDiagramWriter", "Cause tree exported by Kintsugi"));
    QPainter painter;
    if (!painter.begin(&generator)) {
        return Status::failure(QCoreApplication::translate("CauseDiagramWriter", "Cannot write the SVG drawing."));
    }
    paint(painter, l);
    painter.end();
    return {};
}

Status CauseDiagramWriter::writeSvg(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        //: %1 is a file path, %2 the system's reason
        return Status::failure(
            QCoreApplication::translate("CauseDiagramWriter", "Cannot write “%1”: %2").arg(path, file.errorString()));
    }
    if (Status s = writeSvg(&file); !s) {
        return s;
    }
    if (!file.commit()) {
        return Status::failure(
            QCoreApplication::translate("CauseDiagramWriter", "Cannot write “%1”: %2").arg(path, file.errorString()));
    }
    return {};
}

Status CauseDiagramWriter::writePng(const QString& path, qreal scale) const
{
    const CauseTreeLayout l = layout();
    const QRectF bounds = l.bounds().adjusted(-Margin, -Margin, Margin, Margin);
    const QSize size = (bounds.size() * scale).toSize();
    // Keep the picture within what image viewers and QImage handle (about 32k pixels a side).
    constexpr int MaxSide = 16000;
    const qreal fit = qMin(1.0, qMin(qreal(MaxSide) / qMax(1, size.width()), qreal(MaxSide) / qMax(1, size.height())));
    QImage image((bounds.size() * scale * fit).toSize().expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        return Status::failure(
            QCoreApplication::translate("CauseDiagramWriter", "The diagram is too large for a picture."));
    }
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.scale(scale * fit, scale * fit);
        paint(painter, l);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        return Status::failure(
            QCoreApplication::translate("CauseDiagramWriter", "Cannot write “%1”: %2").arg(path, file.errorString()));
    }
    return {};
}
