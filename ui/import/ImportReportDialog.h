#pragma once

#include <QDialog>

class QPlainTextEdit;
struct ImportReport;

// The report of an import: a summary, then one line a file (imported with its story, or skipped
// with the reason), selectable and copyable.
class ImportReportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportReportDialog(const ImportReport& report, QWidget* parent = nullptr);

    QString reportText() const;

private:
    QPlainTextEdit* m_text;
};
