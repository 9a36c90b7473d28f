#include "import/ImportReportDialog.h"

#include "import/PostmortemImport.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ImportReportDialog::ImportReportDialog(const ImportReport& report, QWidget* parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("importReportDialog"));
    setWindowTitle(tr("Import Report"));
    auto* layout = new QVBoxLayout(this);
    //: the first line of the import report dialog
    auto* summary = new QLabel(
        tr("%n file(s) imported as draft stories", nullptr, static_cast<int>(report.imported.size())) +
            (report.skipped.isEmpty() ? QString()
                                      : tr(", %n skipped", nullptr, static_cast<int>(report.skipped.size()))) +
            (report.canceled ? tr(" (canceled)") : QString()),
        this);
    summary->setObjectName(QStringLiteral("importReportSummary"));
    layout->addWidget(summary);
    m_text->setObjectName(QStringLiteral("importReportText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setPlainText(report.text());
    layout->addWidget(m_text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("&Copy Report"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyImportReportButton"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(reportText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 420);
}

QString ImportReportDialog::reportText() const
{
    return m_text->toPlainText();
}
