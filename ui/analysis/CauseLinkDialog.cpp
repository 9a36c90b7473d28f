#include "analysis/CauseLinkDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

CauseLinkDialog::CauseLinkDialog(const QList<CauseChoice>& choices, const QList<qint64>& linked, QWidget* parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("causeLinkDialog"));
    setWindowTitle(tr("Link to Causes"));
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(this);
    label->setWordWrap(true);
    if (choices.isEmpty()) {
        label->setText(tr("This story’s cause tree is empty. Add causes on the Root causes page first."));
    } else {
        label->setText(tr("&Causes this item answers (Space checks or unchecks):"));
        label->setBuddy(m_list);
    }
    layout->addWidget(label);
    m_list->setObjectName(QStringLiteral("causeLinkList"));
    for (const CauseChoice& choice : choices) {
        const bool root = choice.isRootCause();
        QString text = choice.statement.isEmpty() ? tr("(untitled cause)") : choice.statement;
        if (root) {
            //: %1 is the statement of a cause marked as a root cause
            text = tr("%1 — root cause").arg(text);
        }
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, choice.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(linked.contains(choice.id) ? Qt::Checked : Qt::Unchecked);
        if (root) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
    }
    m_list->setVisible(!choices.isEmpty());
    if (m_list->count() > 0) {
        m_list->setCurrentRow(0);
    }
    layout->addWidget(m_list, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter in the list accepts instead of toggling.
    connect(m_list, &QListWidget::activated, this, &QDialog::accept);
    resize(480, 360);
}

QList<qint64> CauseLinkDialog::linkedCauses() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked) {
            ids << m_list->item(row)->data(Qt::UserRole).toLongLong();
        }
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}
