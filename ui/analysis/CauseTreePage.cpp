#include "analysis/CauseTreePage.h"

#include "MessageBox.h"
#include "analysis/CauseCategoriesDialog.h"
#include "analysis/CauseDiagramView.h"
#include "analysis/CauseItemDelegate.h"
#include "analysis/CauseTreeView.h"
#include "document/StoryDocument.h"
#include "export/CauseDiagramWriter.h"
#include "models/CauseTreeModel.h"

#include <QAction>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStandardPaths>
#include <QToolBar>
#include <QVBoxLayout>

CauseTreePage::CauseTreePage(QWidget* parent)
    : StoryPage(parent)
{
    setObjectName(QStringLiteral("causeTreePage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("causeToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(m_toolBar);
    auto makeAction = [this](const QString& text, const QString& tip, const char* name) {
        auto* action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setToolTip(tip);
        m_toolBar->addAction(action);
        return action;
    };
    m_addProblem =
        makeAction(tr("Add Problem"), tr("Start a new tree with the problem to explain"), "addProblemAction");
    m_addChild =
        makeAction(tr("Why?"), tr("Ask “Why?”: add a cause below the selected node (Enter)"), "addCauseChildAction");
    m_addSibling = makeAction(
        tr("Add Sibling"), tr("Add another cause beside the selected one (Shift+Enter)"), "addCauseSiblingAction");
    m_indent = makeAction(tr("Indent"), tr("Make it a cause of the node above (Tab)"), "indentCauseAction");
    m_outdent = makeAction(tr("Outdent"), tr("Move it up one level (Shift+Tab)"), "outdentCauseAction");
    m_delete = makeAction(tr("Delete"), tr("Delete the node and everything below it (Delete)"), "deleteCauseAction");
    m_toolBar->addSeparator();
    m_categories = makeAction(tr("Categories…"), tr("Edit the library’s cause categories"), "causeCategoriesAction");
    m_toolBar->addSeparator();
    m_zoomToFit = makeAction(tr("Zoom to Fit"), tr("Show the whole diagram"), "zoomToFitAction");
    m_largeText = makeAction(tr("Large Text"), tr("Bigger boxes and text, for a projector"), "largeTextAction");
    m_largeText->setCheckable(true);
    m_exportSvg = makeAction(tr("Export SVG…"), tr("Save the diagram as an SVG drawing"), "exportCauseSvgAction");
    m_exportPng = makeAction(tr("Export PNG…"), tr("Save the diagram as a PNG picture"), "exportCausePngAction");

    m_hint = new QLabel(
        tr("Type the answer, Enter asks the next “Why?”. Shift+Enter: sibling · Tab / Shift+Tab: indent / outdent · "
           "Delete: remove with everything below · Ctrl+Tab: leave the tree"),
        this);
    m_hint->setObjectName(QStringLiteral("causeHintLabel"));
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false); // the palette's quieter colour
    layout->addWidget(m_hint);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("causeSplitter"));
    m_tree = new CauseTreeView(splitter);
    m_tree->setObjectName(QStringLiteral("causeTreeView"));
    m_tree->setItemDelegate(new CauseItemDelegate(m_tree));
    m_diagram = new CauseDiagramView(splitter);
    m_diagram->setObjectName(QStringLiteral("causeDiagramView"));
    m_diagram->setMinimumHeight(120);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({200, 400}); // the diagram gets the larger part
    layout->addWidget(splitter, 1);

    connect(m_addProblem, &QAction::triggered, this, &CauseTreePage::addProblem);
    connect(m_addChild, &QAction::triggered, this, &CauseTreePage::addChild);
    connect(m_addSibling, &QAction::triggered, this, &CauseTreePage::addSibling);
    connect(m_indent, &QAction::triggered, this, &CauseTreePage::indentCurrent);
    connect(m_outdent, &QAction::triggered, this, &CauseTreePage::outdentCurrent);
    connect(m_delete, &QAction::triggered, this, &CauseTreePage::deleteCurrent);
    connect(m_categories, &QAction::triggered, this, &CauseTreePage::editCategories);
    connect(m_zoomToFit, &QAction::triggered, m_diagram, &CauseDiagramView::zoomToFit);
    connect(m_largeText, &QAction::toggled, m_diagram, &CauseDiagramView::setLargeText);
    connect(m_exportSvg, &QAction::triggered, this, [this] { exportDialog(true); });
    connect(m_exportPng, &QAction::triggered, this, [this] { exportDialog(false); });

    connect(m_tree, &CauseTreeView::addChildRequested, this, [this](const QModelIndex& index) {
        if (m_model && !m_readOnly) {
            editNode(m_model->addChild(index));
        }
    });
    connect(m_tree, &CauseTreeView::addSiblingRequested, this, [this](const QModelIndex& index) {
        if (m_model && !m_readOnly) {
            editNode(m_model->addSibling(index));
        }
    });
    connect(m_tree, &CauseTreeView::indentRequested, this, [this](const QModelIndex& index) {
        if (m_model && !m_readOnly) {
            m_model->indent(index.siblingAtColumn(0));
        }
    });
    connect(m_tree, &CauseTreeView::outdentRequested, this, [this](const QModelIndex& index) {
        if (m_model && !m_readOnly) {
            m_model->outdent(index.siblingAtColumn(0));
        }
    });
    connect(m_tree, &CauseTreeView::deleteRequested, this, [this] { deleteCurrent(); });
    setDocument(nullptr);
}

void CauseTreePage::setDocument(StoryDocument* document)
{
    if (m_model) {
        // The previous story's model keeps living in its document; it must not reach this page.
        disconnect(m_model, nullptr, m_tree, nullptr);
        disconnect(m_model, nullptr, this, nullptr);
    }
    m_document = document;
    m_model = document ? document->causeTree() : nullptr;
    QItemSelectionModel* oldSelection = m_tree->selectionModel();
    m_tree->setModel(m_model);
    if (oldSelection && oldSelection != m_tree->selectionModel()) {
        oldSelection->deleteLater();
    }
    if (m_model) {
        m_tree->header()->setSectionResizeMode(CauseTreeModel::StatementColumn, QHeaderView::Stretch);
        m_tree->header()->setStretchLastSection(false);
        m_tree->header()->resizeSection(CauseTreeModel::TypeColumn, 120);
        m_tree->header()->resizeSection(CauseTreeModel::CategoryColumn, 100);
        m_tree->header()->resizeSection(CauseTreeModel::EvidenceColumn, 130);
        m_tree->expandAll();
        connect(m_model, &QAbstractItemModel::rowsInserted, m_tree, [this](const QModelIndex& parent, int first) {
            // New nodes and restored subtrees show open, with their parent.
            m_tree->expand(parent);
            m_tree->expandRecursively(m_model->index(first, 0, parent));
        });
        connect(m_model,
                &QAbstractItemModel::rowsMoved,
                m_tree,
                [this](const QModelIndex&, int, int, const QModelIndex& to) { m_tree->expand(to); });
        connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &CauseTreePage::updateActions);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CauseTreePage::updateActions);
        connect(m_model, &QAbstractItemModel::rowsMoved, this, &CauseTreePage::updateActions);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &CauseTreePage::updateActions);
        if (m_model->rowCount() > 0) {
            m_tree->setCurrentIndex(m_model->index(0, 0));
        }
    }
    m_diagram->setModel(m_model, m_model ? m_tree->selectionModel() : nullptr);
    updateActions();
}

void CauseTreePage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_tree->setDragEnabled(!readOnly);
    m_tree->setAcceptDrops(!readOnly);
    m_tree->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                           QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    updateActions();
}

void CauseTreePage::updateActions()
{
    const bool editable = m_model && !m_readOnly && !m_model->isReadOnly();
    const QModelIndex current = m_model ? m_tree->currentIndex() : QModelIndex();
    m_addProblem->setEnabled(editable);
    m_addChild->setEnabled(editable && current.isValid());
    m_addSibling->setEnabled(editable && current.isValid());
    m_indent->setEnabled(editable && current.isValid() && current.row() > 0);
    m_outdent->setEnabled(editable && current.isValid() && current.parent().isValid());
    m_delete->setEnabled(editable && current.isValid());
    m_categories->setEnabled(m_document != nullptr);
    const bool hasNodes = m_model && m_model->nodeCount() > 0;
    m_zoomToFit->setEnabled(hasNodes);
    m_exportSvg->setEnabled(hasNodes);
    m_exportPng->setEnabled(hasNodes);
}

void CauseTreePage::editNode(const QModelIndex& index)
{
    if (!index.isValid()) {
        return;
    }
    const QModelIndex statement = index.siblingAtColumn(CauseTreeModel::StatementColumn);
    m_tree->setFocus();
    m_tree->scrollTo(statement);
    m_tree->setCurrentIndex(statement);
    m_tree->edit(statement);
}

void CauseTreePage::addProblem()
{
    if (m_model && !m_readOnly) {
        editNode(m_model->addChild({}));
    }
}

void CauseTreePage::addChild()
{
    if (m_model && !m_readOnly) {
        editNode(m_model->addChild(m_tree->currentIndex()));
    }
}

void CauseTreePage::addSibling()
{
    if (m_model && !m_readOnly) {
        editNode(m_model->addSibling(m_tree->currentIndex()));
    }
}

void CauseTreePage::indentCurrent()
{
    if (m_model && !m_readOnly) {
        m_model->indent(m_tree->currentIndex().siblingAtColumn(0));
    }
}

void CauseTreePage::outdentCurrent()
{
    if (m_model && !m_readOnly) {
        m_model->outdent(m_tree->currentIndex().siblingAtColumn(0));
    }
}

void CauseTreePage::deleteCurrent()
{
    if (!m_model || m_readOnly) {
        return;
    }
    const QModelIndex current = m_tree->currentIndex().siblingAtColumn(0);
    if (!current.isValid()) {
        return;
    }
    const QModelIndex parent = current.parent();
    const int row = current.row();
    // No question asked: Edit ▸ Undo brings the whole subtree back.
    if (m_model->removeSubtree(current)) {
        const int rows = m_model->rowCount(parent);
        const QModelIndex next = rows > 0 ? m_model->index(qMin(row, rows - 1), 0, parent) : parent;
        if (next.isValid()) {
            m_tree->setCurrentIndex(next);
        }
    }
}

void CauseTreePage::editCategories()
{
    if (!m_document || !m_document->causeCategories()) {
        return;
    }
    CauseCategoriesDialog dialog(m_document->causeCategories(), this);
    dialog.exec();
}

bool CauseTreePage::exportSvg(const QString& path)
{
    if (!m_model) {
        return false;
    }
    CauseDiagramWriter writer(m_model->nodesInOrder(), m_model->categories());
    if (m_document) {
        writer.setTitle(m_document->story().displayTitle());
    }
    if (Status s = writer.writeSvg(path); !s) {
        MessageBox::critical(this, tr("Export Failed"), s.error());
        return false;
    }
    return true;
}

bool CauseTreePage::exportPng(const QString& path)
{
    if (!m_model) {
        return false;
    }
    CauseDiagramWriter writer(m_model->nodesInOrder(), m_model->categories());
    if (Status s = writer.writePng(path); !s) {
        MessageBox::critical(this, tr("Export Failed"), s.error());
        return false;
    }
    return true;
}

void CauseTreePage::exportDialog(bool svg)
{
    if (!m_model) {
        return;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    //: Default file name of an exported cause diagram (without extension)
    const QString base = dir + QLatin1Char('/') + tr("cause-tree");
    const QString path =
        svg ? QFileDialog::getSaveFileName(
                  this, tr("Export Cause Diagram as SVG"), base + QStringLiteral(".svg"), tr("SVG drawings (*.svg)"))
            : QFileDialog::getSaveFileName(
                  this, tr("Export Cause Diagram as PNG"), base + QStringLiteral(".png"), tr("PNG pictures (*.png)"));
    if (path.isEmpty()) {
        return;
    }
    svg ? exportSvg(path) : exportPng(path);
}
