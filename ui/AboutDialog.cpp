#include "AboutDialog.h"

#include "util/AppInfo.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Kintsugi"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/kintsugi.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setOpenExternalLinks(true);
    text->setText(
        QStringLiteral("<h2>Kintsugi %1</h2><p>%2</p><p>%3</p><p><small>%4</small></p>")
            .arg(AppInfo::version().toHtmlEscaped(),
                 tr("Blameless failure stories, incident postmortems and team retrospectives.").toHtmlEscaped(),
                 tr("Kintsugi is the Japanese art of mending broken pottery with gold: the break becomes part of "
                    "the object's history instead of something to hide.")
                     .toHtmlEscaped(),
                 //: %1 Qt version, %2 SQLite version
                 tr("Built with Qt %1 and SQLite %2. Released under the MIT licence.")
                     .arg(QString::fromLatin1(qVersion()), AppInfo::sqliteVersion())
                     .toHtmlEscaped()));
    text->setMinimumWidth(380);
    top->addWidget(text, 1);
    layout->addLayout(top);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}
