#include "analysis/CauseCategoriesDialog.h"

#include "models/CauseCategoryModel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

CauseCategoriesDialog::CauseCategoriesDialog(CauseCategoryModel* model, QWidget* parent)
    : QDialog(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("causeCategoriesDialog"));
    setWindowTitle(tr("Cause Categories"));
    m_model->setUndoStack(&m_undoStack);

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The categories of causes in this library, in the order they are offered."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* row = new QHBoxLayout;
    layout->addLayout(row, 1);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("categoryList"));
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    row->addWidget(m_list, 1);

    auto* buttons = new QVBoxLayout;
    row->addLayout(buttons);
    auto makeButton = [&](const QString& text, const char* name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setAutoDefault(false);
        buttons->addWidget(b);
        return b;
    };
    m_add = makeButton(tr("&Add"), "addCategoryButton");
    m_rename = makeButton(tr("Re&name"), "renameCategoryButton");
    m_remove = makeButton(tr("&Remove"), "removeCategoryButton");
    m_up = makeButton(tr("Move &Up"), "moveCategoryUpButton");
    m_down = makeButton(tr("Move &Down"), "moveCategoryDownButton");
    buttons->addSpacing(12);
    m_undo = makeButton(tr("U&ndo"), "undoCategoryButton");
    m_redo = makeButton(tr("Red&o"), "redoCategoryButton");
    buttons->addStretch(1);

    auto* box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);

    auto* undo = m_undoStack.createUndoAction(this);
    undo->setShortcuts(QKeySequence::Undo);
    addAction(undo);
    auto* redo = m_undoStack.createRedoAction(this);
    redo->setShortcuts(QKeySequence::Redo);
    addAction(redo);

    connect(m_add, &QPushButton::clicked, this, &CauseCategoriesDialog::addCategory);
    connect(m_rename, &QPushButton::clicked, this, [this] {
        if (m_list->currentIndex().isValid()) {
            m_list->edit(m_list->currentIndex());
        }
    });
    connect(m_remove, &QPushButton::clicked, this, &CauseCategoriesDialog::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_undo, &QPushButton::clicked, &m_undoStack, &QUndoStack::undo);
    connect(m_redo, &QPushButton::clicked, &m_undoStack, &QUndoStack::redo);
    connect(&m_undoStack, &QUndoStack::indexChanged, this, &CauseCategoriesDialog::updateButtons);
    connect(
        m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &CauseCategoriesDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &CauseCategoriesDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CauseCategoriesDialog::updateButtons);
    if (m_model->rowCount() > 0) {
        m_list->setCurrentIndex(m_model->index(0));
    }
    updateButtons();
    resize(420, 320);
}

CauseCategoriesDialog::~CauseCategoriesDialog()
{
    // The model outlives the dialog; its edits must not reach this stack any more.
    if (m_model->undoStack() == &m_undoStack) {
        m_model->setUndoStack(nullptr);
    }
}

void CauseCategoriesDialog::addCategory()
{
    const int row = m_model->addCategory(tr("New category"));
    if (row >= 0) {
        const QModelIndex index = m_model->index(row);
        m_list->setCurrentIndex(index);
        m_list->edit(index);
    }
}

void CauseCategoriesDialog::removeCurrent()
{
    const int row = m_list->currentIndex().row();
    if (row >= 0 && m_model->removeCategory(row) && m_model->rowCount() > 0) {
        m_list->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1)));
    }
}

void CauseCategoriesDialog::moveCurrent(int delta)
{
    const int row = m_list->currentIndex().row();
    if (row >= 0 && m_model->moveCategory(row, row + delta)) {
        m_list->setCurrentIndex(m_model->index(row + delta));
    }
}

void CauseCategoriesDialog::updateButtons()
{
    const int row = m_list->currentIndex().row();
    const bool editable = m_model->flags(m_model->index(qMax(0, row))) & Qt::ItemIsEditable || row < 0;
    m_add->setEnabled(editable);
    m_rename->setEnabled(row >= 0 && editable);
    m_remove->setEnabled(row >= 0 && editable);
    m_up->setEnabled(row > 0 && editable);
    m_down->setEnabled(row >= 0 && row < m_model->rowCount() - 1 && editable);
    m_undo->setEnabled(m_undoStack.canUndo());
    m_redo->setEnabled(m_undoStack.canRedo());
}
