#pragma once

#include "story/StoryPage.h"

#include <QPointer>

class CauseDiagramView;
class CauseTreeModel;
class CauseTreeView;
class QAction;
class QLabel;
class QToolBar;

// The story's root-cause analysis: the "5 Whys" outline (keyboard first) above its diagram.
class CauseTreePage : public StoryPage
{
    Q_OBJECT

public:
    explicit CauseTreePage(QWidget* parent = nullptr);

    void setDocument(StoryDocument* document) override;
    void setReadOnly(bool readOnly) override;

    CauseTreeView* treeView() const { return m_tree; }
    CauseDiagramView* diagramView() const { return m_diagram; }

    void addProblem();
    void addChild();
    void addSibling();
    void indentCurrent();
    void outdentCurrent();
    void deleteCurrent();
    void editCategories();
    // Export without asking for a file name (the actions ask first). Errors go to a message box.
    bool exportSvg(const QString& path);
    bool exportPng(const QString& path);

private:
    void exportDialog(bool svg);
    void updateActions();
    // Selects `index`, makes it visible and opens its statement for typing.
    void editNode(const QModelIndex& index);

    QPointer<StoryDocument> m_document;
    QPointer<CauseTreeModel> m_model;
    bool m_readOnly = false;
    QToolBar* m_toolBar = nullptr;
    CauseTreeView* m_tree = nullptr;
    CauseDiagramView* m_diagram = nullptr;
    QLabel* m_hint = nullptr;
    QAction* m_addProblem = nullptr;
    QAction* m_addChild = nullptr;
    QAction* m_addSibling = nullptr;
    QAction* m_indent = nullptr;
    QAction* m_outdent = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_categories = nullptr;
    QAction* m_zoomToFit = nullptr;
    QAction* m_largeText = nullptr;
    QAction* m_exportSvg = nullptr;
    QAction* m_exportPng = nullptr;
};
