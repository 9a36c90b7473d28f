#include "MainWindow.h"
#include "MessageBox.h"
#include "TestSupport.h"
#include "analysis/CauseBoxItem.h"
#include "analysis/CauseCategoriesDialog.h"
#include "analysis/CauseDiagramView.h"
#include "analysis/CauseTreePage.h"
#include "analysis/CauseTreeView.h"
#include "document/Library.h"
#include "document/StoryDocument.h"
#include "library/LibraryPane.h"
#include "models/CauseCategoryModel.h"
#include "models/CauseTreeModel.h"
#include "storage/CauseStore.h"
#include "story/StoryEditor.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScopeGuard>
#include <QTest>
#include <QTimer>
#include <QXmlStreamReader>

// The root-cause page in the real main window, driven from the keyboard like a facilitator would.
class TestCauseTreePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void keyboardFlowBuildsTheTree();
    void diagramFollowsAndSelectionSyncs();
    void zoomLargeTextAndExport();
    void categoriesDialog();
    void readOnlyLibrary();

private:
    struct Window
    {
        std::unique_ptr<MainWindow> window;
        CauseTreePage* page = nullptr;
        CauseTreeView* tree = nullptr;
        CauseDiagramView* diagram = nullptr;
        CauseTreeModel* model = nullptr;
    };
    // Opens the library, makes a story (unless the library is read-only) and shows the page.
    Window open(const QString& path, bool newStory = true);
    static QLineEdit* editor();
    static QString shape(const QAbstractItemModel& model, const QModelIndex& parent = {});
    static QAction* action(QWidget* w, const char* name) { return w->findChild<QAction*>(QLatin1String(name)); }

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCauseTreePage::initTestCase()
{
    QVERIFY(m_home.isValid());
    TestSupport::isolateUserFiles(m_home);
    MessageBox::setAutoAnswer(QMessageBox::Yes);
}

void TestCauseTreePage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    MessageBox::clearLastText();
}

TestCauseTreePage::Window TestCauseTreePage::open(const QString& path, bool newStory)
{
    Window w;
    w.window = std::make_unique<MainWindow>();
    if (!w.window->openLibrary(path)) {
        return w;
    }
    w.window->resize(1200, 900);
    w.window->show();
    if (!QTest::qWaitForWindowExposed(w.window.get())) {
        return w;
    }
    if (newStory) {
        action(w.window.get(), "newStoryAction")->trigger();
    }
    w.page = w.window->findChild<CauseTreePage*>(QStringLiteral("causeTreePage"));
    if (!w.page) {
        return w;
    }
    w.window->storyEditor()->showPage(w.page);
    w.tree = w.page->findChild<CauseTreeView*>(QStringLiteral("causeTreeView"));
    w.diagram = w.page->findChild<CauseDiagramView*>(QStringLiteral("causeDiagramView"));
    w.model = qobject_cast<CauseTreeModel*>(w.tree ? w.tree->model() : nullptr);
    return w;
}

QLineEdit* TestCauseTreePage::editor()
{
    auto* line = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    return line && line->objectName() == QLatin1String("causeTextEditor") ? line : nullptr;
}

QString TestCauseTreePage::shape(const QAbstractItemModel& model, const QModelIndex& parent)
{
    QStringList parts;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        QString part = index.data().toString();
        if (model.rowCount(index) > 0) {
            part += QLatin1Char('(') + shape(model, index) + QLatin1Char(')');
        }
        parts << part;
    }
    return parts.join(QLatin1Char(','));
}

void TestCauseTreePage::keyboardFlowBuildsTheTree()
{
    const QString path = TestSupport::libraryPath(*m_dir);
    {
        Window w = open(path);
        QVERIFY(w.page && w.tree && w.diagram && w.model);
        QAbstractItemModelTester tester(w.model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QTRY_VERIFY(w.page->isVisible());
        w.tree->setFocus();
        QTRY_VERIFY(w.tree->hasFocus());

        // Enter on an empty tree starts with the problem, ready for typing.
        QTest::keyClick(w.tree, Qt::Key_Return);
        QTRY_VERIFY(editor());
        QCOMPARE(editor()->placeholderText().isEmpty(), false);
        QTest::keyClicks(editor(), QStringLiteral("Checkout down"));
        // Enter after the answer asks the next "Why?" below it.
        QTest::keyClick(editor(), Qt::Key_Return);
        QTRY_COMPARE(w.model->nodeCount(), 2);
        QTRY_VERIFY(editor());
        QTest::keyClicks(editor(), QStringLiteral("DB slow"));
        QTest::keyClick(editor(), Qt::Key_Return);
        QTRY_COMPARE(w.model->nodeCount(), 3);
        QTRY_VERIFY(editor());
        QTest::keyClicks(editor(), QStringLiteral("Pool exhausted"));
        QCOMPARE(shape(*w.model), QStringLiteral("Checkout down(DB slow())")); // not written before Enter
        // Shift+Tab while typing: keeps the text, moves the node up a level, keeps typing.
        QTest::keyClick(editor(), Qt::Key_Backtab, Qt::ShiftModifier);
        QTRY_COMPARE(shape(*w.model), QStringLiteral("Checkout down(DB slow,Pool exhausted)"));
        QTRY_VERIFY(editor());
        QTest::keyClicks(editor(), QStringLiteral("!"));
        // Tab while typing: back under "DB slow".
        QTest::keyClick(editor(), Qt::Key_Tab);
        QTRY_COMPARE(shape(*w.model), QStringLiteral("Checkout down(DB slow(Pool exhausted!))"));
        QTRY_VERIFY(editor());
        // Enter on an empty answer ends the chain.
        QTest::keyClick(editor(), Qt::Key_Return);
        QTRY_COMPARE(w.model->nodeCount(), 4);
        QTRY_VERIFY(editor());
        QTest::keyClick(editor(), Qt::Key_Return);
        QTRY_VERIFY(!editor());
        QCOMPARE(w.model->nodeCount(), 4);
        QTRY_VERIFY(w.tree->hasFocus());

        // Not typing: Tab / Shift+Tab on the selected node, Shift+Enter adds a sibling.
        QCOMPARE(shape(*w.model), QStringLiteral("Checkout down(DB slow(Pool exhausted!()))"));
        const QModelIndex empty = w.tree->currentIndex();
        QCOMPARE(empty.data().toString(), QString());
        QCOMPARE(empty.parent().data().toString(), QStringLiteral("Pool exhausted!"));
        QTest::keyClick(w.tree, Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(shape(*w.model), QStringLiteral("Checkout down(DB slow(Pool exhausted!,))"));
        QTest::keyClick(w.tree, Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(shape(*w.model), QStringLiteral("Checkout down(DB slow(Pool exhausted!),)"));
        QTest::keyClick(w.tree, Qt::Key_Tab);
        QCOMPARE(shape(*w.model), QStringLiteral("Checkout down(DB slow(Pool exhausted!,))"));
        QTest::keyClick(w.tree, Qt::Key_Backtab, Qt::ShiftModifier);
        const QString built = QStringLiteral("Checkout down(DB slow(Pool exhausted!),)");
        QCOMPARE(shape(*w.model), built);
        QCOMPARE(w.tree->currentIndex().data().toString(), QString()); // the moved node stays selected

        // Delete removes the node and everything below it; Ctrl+Z brings it all back.
        w.tree->setCurrentIndex(w.model->index(0, 0, w.model->index(0, 0)));
        QCOMPARE(w.tree->currentIndex().data().toString(), QStringLiteral("DB slow"));
        QTest::keyClick(w.tree, Qt::Key_Delete);
        QCOMPARE(shape(*w.model), QStringLiteral("Checkout down()"));
        QCOMPARE(w.window->library()->causes().nodes(w.model->storyId()).value().size(), 2);
        QTest::keyClick(w.tree, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(shape(*w.model), built);
        QTest::keyClick(w.tree, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(shape(*w.model), QStringLiteral("Checkout down()"));
        action(w.window.get(), "undoAction")->trigger();
        QCOMPARE(w.model->nodeCount(), 4);
        QCOMPARE(shape(*w.model), built);

        w.tree->setCurrentIndex(w.model->index(0, 0, w.model->index(0, 0)));
        QTest::keyClick(w.tree, Qt::Key_Return, Qt::ShiftModifier);
        QTRY_VERIFY(editor());
        QTest::keyClicks(editor(), QStringLiteral("Cache cold"));
        QTest::keyClick(editor(), Qt::Key_Escape);
        QTRY_VERIFY(!editor());
        // Escape drops what was typed; the new sibling stays, empty.
        QCOMPARE(shape(*w.model), QStringLiteral("Checkout down(DB slow(Pool exhausted!),,)"));

        // Typing on a selected node opens it for typing; leaving the field keeps the text.
        w.tree->setCurrentIndex(w.model->index(1, 0, w.model->index(0, 0)));
        QTest::keyClick(w.tree, 'C'); // the first key opens the editor …
        QTRY_VERIFY(editor());
        QTest::keyClicks(editor(), QStringLiteral("ache cold")); // … which takes the rest
        QCOMPARE(editor()->text(), QStringLiteral("Cache cold"));
        w.tree->setFocus();
        QTRY_COMPARE(shape(*w.model), QStringLiteral("Checkout down(DB slow(Pool exhausted!),Cache cold,)"));
    }
    // Everything is on disk: a new window on the same library shows the same tree.
    {
        Window w = open(path, false);
        QVERIFY(w.page);
        w.window->libraryPane()->findChild<QWidget*>(QStringLiteral("storyList"))->setFocus();
        StoryDocument* doc = w.window->library()->document(w.window->libraryPane()->currentStoryId());
        QVERIFY(doc);
        QCOMPARE(shape(*doc->causeTree()), QStringLiteral("Checkout down(DB slow(Pool exhausted!),Cache cold,)"));
        QCOMPARE(w.tree->model(), doc->causeTree());
    }
}

void TestCauseTreePage::diagramFollowsAndSelectionSyncs()
{
    Window w = open(TestSupport::libraryPath(*m_dir));
    QVERIFY(w.page && w.model);
    const QModelIndex p = w.model->addChild({}, QStringLiteral("Checkout down"));
    const QModelIndex a = w.model->addChild(p, QStringLiteral("DB slow"));
    const QModelIndex b = w.model->addChild(p, QStringLiteral("Cache cold"));
    w.model->setData(b.siblingAtColumn(CauseTreeModel::TypeColumn), int(CauseType::RootCause));
    QTRY_COMPARE(w.diagram->boxCount(), 3);
    const qint64 aId = CauseTreeModel::idAt(a);
    const qint64 bId = CauseTreeModel::idAt(b);
    QCOMPARE(w.diagram->boxFor(bId)->node().type, CauseType::RootCause);
    // Top-down: causes below the problem.
    QVERIFY(w.diagram->boxFor(aId)->rect().top() > w.diagram->boxFor(CauseTreeModel::idAt(p))->rect().bottom());

    // Tree → diagram.
    w.tree->setCurrentIndex(a);
    QCOMPARE(w.diagram->selectedNodeId(), aId);
    // Diagram → tree, with a real click on the box.
    w.diagram->zoomToFit();
    const QPoint where = w.diagram->mapFromScene(w.diagram->boxFor(bId)->rect().center());
    QTest::mouseClick(w.diagram->viewport(), Qt::LeftButton, {}, where);
    QCOMPARE(w.diagram->selectedNodeId(), bId);
    QCOMPARE(CauseTreeModel::idAt(w.tree->currentIndex()), bId);

    // Changes in the model reach the diagram; the selection survives the rebuild.
    w.model->setData(a, QStringLiteral("Database slow"));
    QTRY_VERIFY(!w.diagram->rebuildPending());
    QCOMPARE(w.diagram->boxFor(aId)->node().statement, QStringLiteral("Database slow"));
    QCOMPARE(w.diagram->selectedNodeId(), bId);
    QVERIFY(w.model->removeSubtree(b));
    QTRY_COMPARE(w.diagram->boxCount(), 2);
    QVERIFY(!w.diagram->boxFor(bId));
    w.window->library()->document(w.model->storyId())->undoStack()->undo();
    QTRY_COMPARE(w.diagram->boxCount(), 3);
    QVERIFY(w.diagram->boxFor(bId));
    // Indent moves the box one level down, below its new parent.
    QVERIFY(w.model->indent(w.model->indexForId(bId)));
    QTRY_VERIFY(!w.diagram->rebuildPending());
    QVERIFY(w.diagram->boxFor(bId)->rect().top() > w.diagram->boxFor(aId)->rect().bottom());

    // Another story shows its own (empty) tree; the first one's changes stay out of it.
    CauseTreeModel* first = w.model;
    action(w.window.get(), "newStoryAction")->trigger();
    QTRY_VERIFY(w.tree->model() != first);
    QCOMPARE(w.tree->model()->rowCount(), 0);
    QTRY_COMPARE(w.diagram->boxCount(), 0);
    first->addChild({}, QStringLiteral("Elsewhere"));
    QCOMPARE(w.tree->model()->rowCount(), 0);
    QTRY_VERIFY(!w.diagram->rebuildPending());
    QCOMPARE(w.diagram->boxCount(), 0);
}

void TestCauseTreePage::zoomLargeTextAndExport()
{
    Window w = open(TestSupport::libraryPath(*m_dir));
    QVERIFY(w.page && w.model);
    const QModelIndex p = w.model->addChild({}, QStringLiteral("Checkout down"));
    for (int i = 0; i < 12; ++i) {
        w.model->addChild(p, QStringLiteral("Cause %1").arg(i));
    }
    w.model->addChild(w.model->index(3, 0, p), QStringLiteral("Deeper"));
    QTRY_COMPARE(w.diagram->boxCount(), 14);
    const qint64 pId = CauseTreeModel::idAt(p);
    const qreal normalWidth = w.diagram->boxFor(pId)->rect().width();

    // Zoom in by hand, then zoom to fit shows the whole diagram.
    w.diagram->zoomBy(3);
    QVERIFY(!w.diagram->viewport()->rect().contains(w.diagram->mapFromScene(w.diagram->sceneRect()).boundingRect()));
    action(w.page, "zoomToFitAction")->trigger();
    QVERIFY(w.diagram->viewport()
                ->rect()
                .adjusted(-2, -2, 2, 2)
                .contains(w.diagram->mapFromScene(w.diagram->sceneRect()).boundingRect()));

    // Large text for a projector: bigger boxes, bigger text.
    action(w.page, "largeTextAction")->trigger();
    QVERIFY(w.diagram->largeText());
    QTRY_VERIFY(!w.diagram->rebuildPending());
    QVERIFY(w.diagram->boxFor(pId)->rect().width() > normalWidth);
    QVERIFY(w.diagram->layoutOptions().font.pixelSize() >= 24);

    // SVG: valid XML, one box per node (plus the page).
    const QString svgPath = m_dir->filePath(QStringLiteral("tree.svg"));
    QVERIFY(w.page->exportSvg(svgPath));
    QFile svg(svgPath);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&svg);
    int rects = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("rect")) {
            ++rects;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(rects, 14 + 1);
    const QString pngPath = m_dir->filePath(QStringLiteral("tree.png"));
    QVERIFY(w.page->exportPng(pngPath));
    QVERIFY(!QImage(pngPath).isNull());
    // A failed export says why.
    QVERIFY(!w.page->exportSvg(QStringLiteral("/nonexistent-dir/tree.svg")));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("/nonexistent-dir/tree.svg")));
}

void TestCauseTreePage::categoriesDialog()
{
    Window w = open(TestSupport::libraryPath(*m_dir));
    QVERIFY(w.page && w.model);
    bool ran = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<CauseCategoriesDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto closeDialog = qScopeGuard([dialog] { dialog->reject(); }); // also when a check fails
        ran = true;
        auto* list = dialog->findChild<QListView*>(QStringLiteral("categoryList"));
        QCOMPARE(list->model()->rowCount(), 5);
        dialog->findChild<QPushButton*>(QStringLiteral("addCategoryButton"))->click();
        // The new category is open for its name.
        QTRY_VERIFY(qobject_cast<QLineEdit*>(list->indexWidget(list->currentIndex())));
        auto* edit = qobject_cast<QLineEdit*>(list->indexWidget(list->currentIndex()));
        QCOMPARE(edit->text(), QStringLiteral("New category"));
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("Vendors"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE(list->model()->index(5, 0).data().toString(), QStringLiteral("Vendors"));
        // Move it to the top, then undo that move with the dialog's own history.
        list->setCurrentIndex(list->model()->index(5, 0));
        for (int i = 0; i < 5; ++i) {
            dialog->findChild<QPushButton*>(QStringLiteral("moveCategoryUpButton"))->click();
        }
        QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("Vendors"));
        QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(list->model()->index(1, 0).data().toString(), QStringLiteral("Vendors"));
        dialog->findChild<QPushButton*>(QStringLiteral("redoCategoryButton"))->click();
        QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("Vendors"));
        // Remove "People".
        list->setCurrentIndex(list->model()->index(1, 0));
        dialog->findChild<QPushButton*>(QStringLiteral("removeCategoryButton"))->click();
        QCOMPARE(list->model()->rowCount(), 5);
    });
    action(w.page, "causeCategoriesAction")->trigger();
    QVERIFY(ran);
    QStringList names;
    const QList<CauseCategory> stored = w.window->library()->causes().categories().value();
    for (const CauseCategory& c : stored) {
        names << c.name;
    }
    QCOMPARE(names,
             (QStringList {QStringLiteral("Vendors"),
                           QStringLiteral("Process"),
                           QStringLiteral("Tools"),
                           QStringLiteral("Environment"),
                           QStringLiteral("Communication")}));
    // The tree's category list follows.
    QCOMPARE(w.model->categories().size(), 5);
    QCOMPARE(w.model->categories().first().name, QStringLiteral("Vendors"));
    // The dialog's history went with it; the library model takes no edits now.
    QVERIFY(!w.window->library()->document(w.model->storyId())->causeCategories()->undoStack());
}

void TestCauseTreePage::readOnlyLibrary()
{
    const QString path = TestSupport::libraryPath(*m_dir);
    {
        Window w = open(path);
        QVERIFY(w.model);
        w.model->addChild({}, QStringLiteral("Checkout down"));
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
    Window w = open(path, false);
    QVERIFY(w.page);
    w.window->libraryPane()->findChild<QWidget*>(QStringLiteral("storyList"))->setFocus();
    QTRY_VERIFY(w.tree->model());
    auto* model = qobject_cast<CauseTreeModel*>(w.tree->model());
    QVERIFY(model);
    QCOMPARE(shape(*model), QStringLiteral("Checkout down"));
    QVERIFY(!action(w.page, "addProblemAction")->isEnabled());
    QVERIFY(!action(w.page, "deleteCauseAction")->isEnabled());
    QVERIFY(action(w.page, "exportCauseSvgAction")->isEnabled());
    w.tree->setFocus();
    w.tree->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(w.tree, Qt::Key_Return);
    QTest::keyClick(w.tree, Qt::Key_Delete);
    QTest::keyClicks(w.tree, QStringLiteral("x"));
    QVERIFY(!editor());
    QCOMPARE(shape(*model), QStringLiteral("Checkout down"));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
}

QTEST_MAIN(TestCauseTreePage)
#include "TestCauseTreePage.moc"
