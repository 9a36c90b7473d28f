#include "AboutDialog.h"

#include "highlight/CodeHighlighter.h"
#include "highlight/CodeHighlighterFactory.h"
#include "util/AppInfo.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace {
QString codeHighlighting()
{
    CodeHighlighter* code = CodeHighlighterFactory::shared();
    return code->isAvailable() ? code->backendName()
                               : QCoreApplication::translate("AboutDialog", "none, plain monospace");
}
} // namespace

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
        QStringLiteral("<h2>Kintsugi %1</h2><p>%2</p><p>%3</p><p><small>%4<br>%5</small></p>")
            .arg(AppInfo::version().toHtmlEscaped(),
                 tr("Blameless failure stories, incident postmortems and team retrospectives.").toHtmlEscaped(),
                 tr("Kintsugi is the Japanese art of mending broken pottery with gold: the break becomes part of "
                    "the object's history instead of something to hide.")
                     .toHtmlEscaped(),
                 //: %1 Qt version, %2 SQLite version
                 tr("Built with Qt %1 and SQLite %2. Released under the MIT licence.")
                     .arg(QString::fromLatin1(qVersion()), AppInfo::sqliteVersion())
                     .toHtmlEscaped(),
                 //: %1 names the engine, or says that code is shown without colours
                 tr("Code highlighting: %1").arg(codeHighlighting()).toHtmlEscaped()));
    text->setMinimumWidth(380);
    top->addWidget(text, 1);
    layout->addLayout(top);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}
