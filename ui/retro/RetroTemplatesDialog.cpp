#include "RetroTemplatesDialog.h"

#include "MessageBox.h"
#include "models/RetroTemplateModel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

RetroTemplatesDialog::RetroTemplatesDialog(RetroTemplateModel* model, QWidget* parent)
    : QDialog(parent)
    , m_model(model)
    , m_list(new QListView(this))
    , m_name(new QLineEdit(this))
    , m_columns(new QTableWidget(0, 2, this))
    , m_info(new QLabel(this))
    , m_new(new QPushButton(tr("&New"), this))
    , m_duplicate(new QPushButton(tr("D&uplicate"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_addColumn(new QPushButton(tr("&Add Column"), this))
    , m_removeColumn(new QPushButton(tr("&Remove Column"), this))
    , m_save(new QPushButton(tr("&Save"), this))
{
    setObjectName(QStringLiteral("retroTemplatesDialog"));
    setWindowTitle(tr("Retrospective Templates"));
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setModel(m_model);
    m_name->setObjectName(QStringLiteral("templateNameEdit"));
    m_columns->setObjectName(QStringLiteral("templateColumnsTable"));
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("Prompt")});
    m_columns->horizontalHeader()->setStretchLastSection(true);
    m_columns->verticalHeader()->hide();
    m_columns->setTabKeyNavigation(false);
    m_info->setObjectName(QStringLiteral("templateInfoLabel"));
    m_info->setWordWrap(true);
    m_new->setObjectName(QStringLiteral("templateNewButton"));
    m_duplicate->setObjectName(QStringLiteral("templateDuplicateButton"));
    m_delete->setObjectName(QStringLiteral("templateDeleteButton"));
    m_addColumn->setObjectName(QStringLiteral("templateAddColumnButton"));
    m_removeColumn->setObjectName(QStringLiteral("templateRemoveColumnButton"));
    m_save->setObjectName(QStringLiteral("templateSaveButton"));

    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_duplicate);
    listButtons->addWidget(m_delete);
    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto* columnButtons = new QHBoxLayout;
    columnButtons->addWidget(m_addColumn);
    columnButtons->addWidget(m_removeColumn);
    columnButtons->addStretch();
    columnButtons->addWidget(m_save);
    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_columns, 1);
    right->addLayout(columnButtons);
    right->addWidget(m_info);

    auto* main = new QHBoxLayout;
    main->addLayout(left, 1);
    main->addLayout(right, 2);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(main, 1);
    layout->addWidget(close);

    connect(m_new, &QPushButton::clicked, this, &RetroTemplatesDialog::newTemplate);
    connect(m_duplicate, &QPushButton::clicked, this, &RetroTemplatesDialog::duplicateTemplate);
    connect(m_delete, &QPushButton::clicked, this, &RetroTemplatesDialog::deleteTemplate);
    connect(m_addColumn, &QPushButton::clicked, this, &RetroTemplatesDialog::addColumn);
    connect(m_removeColumn, &QPushButton::clicked, this, &RetroTemplatesDialog::removeColumn);
    connect(m_save, &QPushButton::clicked, this, &RetroTemplatesDialog::save);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &RetroTemplatesDialog::showTemplate);
    if (m_model->rowCount() > 0) {
        m_list->setCurrentIndex(m_model->index(0, 0));
    }
    showTemplate();
    resize(760, 420);
}

qint64 RetroTemplatesDialog::currentTemplateId() const
{
    return m_current.id;
}

void RetroTemplatesDialog::showTemplate()
{
    const QModelIndex index = m_list->currentIndex();
    m_current = index.isValid() ? m_model->templateAt(index.row()) : RetroTemplate {};
    const bool editable = index.isValid() && !m_current.builtin;
    m_name->setText(m_current.name);
    m_name->setReadOnly(!editable);
    m_columns->setRowCount(0);
    for (const RetroTemplateColumn& column : std::as_const(m_current.columns)) {
        const int row = m_columns->rowCount();
        m_columns->insertRow(row);
        m_columns->setItem(row, 0, new QTableWidgetItem(column.title));
        m_columns->setItem(row, 1, new QTableWidgetItem(column.prompt));
    }
    m_columns->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
    m_addColumn->setEnabled(editable);
    m_removeColumn->setEnabled(editable);
    m_save->setEnabled(editable);
    m_delete->setEnabled(editable);
    m_duplicate->setEnabled(index.isValid());
    m_info->setText(m_current.builtin ? tr("A built-in template cannot be changed. Duplicate it to make your own.")
                                      : QString());
}

RetroTemplate RetroTemplatesDialog::edited() const
{
    RetroTemplate t = m_current;
    t.name = m_name->text().trimmed();
    t.columns.clear();
    for (int row = 0; row < m_columns->rowCount(); ++row) {
        const QString title = m_columns->item(row, 0) ? m_columns->item(row, 0)->text().trimmed() : QString();
        const QString prompt = m_columns->item(row, 1) ? m_columns->item(row, 1)->text().trimmed() : QString();
        if (!title.isEmpty()) {
            t.columns << RetroTemplateColumn {title, prompt};
        }
    }
    return t;
}

void RetroTemplatesDialog::selectId(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_list->setCurrentIndex(m_model->index(row, 0));
    }
    showTemplate();
}

void RetroTemplatesDialog::showError(const QString& text)
{
    m_info->setText(text);
}

void RetroTemplatesDialog::newTemplate()
{
    RetroTemplate t;
    auto name = m_model->unusedName(tr("My template"));
    t.name = name ? *name : tr("My template");
    t.columns = {{tr("Went well"), QString()}, {tr("To improve"), QString()}};
    auto id = m_model->create(t);
    if (!id) {
        showError(id.error());
        return;
    }
    selectId(*id);
    m_name->setFocus();
    m_name->selectAll();
}

void RetroTemplatesDialog::duplicateTemplate()
{
    if (m_current.id == 0) {
        return;
    }
    RetroTemplate t = edited();
    auto name = m_model->unusedName(m_current.name);
    t.name = name ? *name : m_current.name + tr(" (copy)");
    auto id = m_model->create(t);
    if (!id) {
        showError(id.error());
        return;
    }
    selectId(*id);
    m_name->setFocus();
}

void RetroTemplatesDialog::deleteTemplate()
{
    if (m_current.id == 0 || m_current.builtin) {
        return;
    }
    if (MessageBox::question(
            this,
            tr("Delete Template"),
            tr("Delete the template “%1”? Retrospectives made from it keep their columns.").arg(m_current.name),
            QMessageBox::Yes | QMessageBox::No,
            QMessageBox::No) != QMessageBox::Yes) {
        return;
    }
    if (Status s = m_model->remove(m_current.id); !s) {
        showError(s.error());
        return;
    }
    showTemplate();
}

bool RetroTemplatesDialog::save()
{
    if (m_current.id == 0 || m_current.builtin) {
        return false;
    }
    const RetroTemplate t = edited();
    if (Status s = m_model->update(t); !s) {
        showError(s.error());
        return false;
    }
    selectId(t.id);
    showError(tr("Saved."));
    return true;
}

void RetroTemplatesDialog::addColumn()
{
    const int row = m_columns->rowCount();
    m_columns->insertRow(row);
    m_columns->setItem(row, 0, new QTableWidgetItem(tr("New column")));
    m_columns->setItem(row, 1, new QTableWidgetItem);
    m_columns->setCurrentCell(row, 0);
    m_columns->setFocus();
    m_columns->editItem(m_columns->item(row, 0));
}

void RetroTemplatesDialog::removeColumn()
{
    const int row = m_columns->currentRow();
    if (row >= 0 && m_columns->rowCount() > 1) {
        m_columns->removeRow(row);
    }
}
