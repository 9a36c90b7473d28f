#include "TestSupport.h"
#include "commands/CauseCategoryCommand.h"
#include "document/Library.h"
#include "document/StoryDocument.h"
#include "models/CauseCategoryModel.h"
#include "models/CauseTreeModel.h"
#include "storage/CauseStore.h"
#include "storage/StoryStore.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <functional>

// The cause tree end to end below the widgets: CauseStore, CauseTreeModel (under the model tester)
// and the undo commands, checked against what is on disk after every step.
class TestCauseTree : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void storeKeepsPositionsDense();
    void storeRefusesMovingBelowItself();
    void addChildSiblingUndoRedo();
    void indentOutdentUndoRedo();
    void dragAndDropMoveUndoRedo();
    void dropRejectedBelowItself();
    void removeSubtreeRestoresIdsAndLinks();
    void editFieldsAndTypingMerges();
    void everyOperationUndoesToEmptyAndRedoes();
    void otherStoryIsUntouched();
    void categoriesEditUndo();
    void readOnlyLibraryRefusesEdits();

private:
    // The model's tree as "statement(children…)" text, and the same read from the store.
    static QString modelShape(const QAbstractItemModel& model, const QModelIndex& parent = {});
    QString storeShape(qint64 storyId);
    // Positions under every parent are 0, 1, 2 … in the store.
    void verifyDense(qint64 storyId);
    qint64 newStory();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
};

void TestCauseTree::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto lib = Library::open(TestSupport::libraryPath(*m_dir));
    QVERIFY2(lib.ok(), qPrintable(lib.error()));
    m_library = std::move(lib).value();
}

void TestCauseTree::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

qint64 TestCauseTree::newStory()
{
    return m_library->createStory(Story {}).value();
}

QString TestCauseTree::modelShape(const QAbstractItemModel& model, const QModelIndex& parent)
{
    QStringList parts;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        QString part = index.data(CauseTreeModel::StatementRole).toString();
        if (model.rowCount(index) > 0) {
            part += QLatin1Char('(') + modelShape(model, index) + QLatin1Char(')');
        }
        parts << part;
    }
    return parts.join(QLatin1Char(','));
}

QString TestCauseTree::storeShape(qint64 storyId)
{
    const QList<CauseNode> nodes = m_library->causes().nodes(storyId).value();
    std::function<QString(qint64)> shape = [&](qint64 parent) {
        QList<CauseNode> children;
        for (const CauseNode& n : nodes) {
            if (n.parentId == parent) {
                children << n;
            }
        }
        std::sort(children.begin(), children.end(), [](const CauseNode& a, const CauseNode& b) {
            return a.position < b.position;
        });
        QStringList parts;
        for (const CauseNode& n : children) {
            const QString below = shape(n.id);
            parts << (below.isEmpty() ? n.statement : n.statement + QLatin1Char('(') + below + QLatin1Char(')'));
        }
        return parts.join(QLatin1Char(','));
    };
    return shape(0);
}

void TestCauseTree::verifyDense(qint64 storyId)
{
    const QList<CauseNode> nodes = m_library->causes().nodes(storyId).value();
    QHash<qint64, QList<int>> positions;
    for (const CauseNode& n : nodes) {
        positions[n.parentId] << n.position;
    }
    for (auto it = positions.begin(); it != positions.end(); ++it) {
        QList<int> list = it.value();
        std::sort(list.begin(), list.end());
        for (int i = 0; i < list.size(); ++i) {
            QCOMPARE(list[i], i);
        }
    }
}

void TestCauseTree::storeKeepsPositionsDense()
{
    const qint64 story = newStory();
    CauseStore& store = m_library->causes();
    QSignalSpy touched(&m_library->stories(), &StoryStore::storyTouched);
    CauseNode problem;
    problem.storyId = story;
    problem.statement = QStringLiteral("P");
    problem.type = CauseType::Problem;
    const qint64 p = store.insert(problem).value();
    QCOMPARE(touched.count(), 1);
    QList<qint64> ids;
    for (const char* s : {"a", "b", "c", "d"}) {
        CauseNode n;
        n.storyId = story;
        n.parentId = p;
        n.position = -1;
        n.statement = QString::fromLatin1(s);
        ids << store.insert(n).value();
    }
    // Insert in the middle, then remove and move around.
    CauseNode x;
    x.storyId = story;
    x.parentId = p;
    x.position = 1;
    x.statement = QStringLiteral("x");
    const qint64 xId = store.insert(x).value();
    QCOMPARE(storeShape(story), QStringLiteral("P(a,x,b,c,d)"));
    verifyDense(story);
    QVERIFY(store.removeSubtree(ids[1]));
    QCOMPARE(storeShape(story), QStringLiteral("P(a,x,c,d)"));
    verifyDense(story);
    QVERIFY(store.move(ids[0], p, 3));
    QCOMPARE(storeShape(story), QStringLiteral("P(x,c,d,a)"));
    QVERIFY(store.move(ids[0], xId, 0));
    QCOMPARE(storeShape(story), QStringLiteral("P(x(a),c,d)"));
    QVERIFY(store.move(ids[3], 0, 0));
    QCOMPARE(storeShape(story), QStringLiteral("d,P(x(a),c)"));
    verifyDense(story);
    // The search index covers the statements.
    QCOMPARE(m_library->stories().matchingIds(QStringLiteral("x")).value(), QList<qint64>({story}));
}

void TestCauseTree::storeRefusesMovingBelowItself()
{
    const qint64 story = newStory();
    CauseStore& store = m_library->causes();
    CauseNode a;
    a.storyId = story;
    a.statement = QStringLiteral("A");
    const qint64 aId = store.insert(a).value();
    CauseNode b = a;
    b.parentId = aId;
    b.statement = QStringLiteral("B");
    const qint64 bId = store.insert(b).value();
    QSignalSpy failed(&store, &CauseStore::writeFailed);
    QVERIFY(!store.move(aId, bId, 0));
    QVERIFY(!store.move(aId, aId, 0));
    QCOMPARE(failed.count(), 2);
    QCOMPARE(storeShape(story), QStringLiteral("A(B)"));
    // Nor into another story.
    const qint64 other = newStory();
    CauseNode c;
    c.storyId = other;
    c.statement = QStringLiteral("C");
    const qint64 cId = store.insert(c).value();
    QVERIFY(!store.move(bId, cId, 0));
    QCOMPARE(storeShape(other), QStringLiteral("C"));
}

void TestCauseTree::addChildSiblingUndoRedo()
{
    const qint64 story = newStory();
    StoryDocument* doc = m_library->document(story);
    CauseTreeModel* model = doc->causeTree();
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QUndoStack* stack = doc->undoStack();

    const QModelIndex p = model->addChild({}, QStringLiteral("Checkout down"));
    QVERIFY(p.isValid());
    QCOMPARE(p.data(CauseTreeModel::TypeRole).toInt(), int(CauseType::Problem));
    const QModelIndex a = model->addChild(p, QStringLiteral("DB slow"));
    QCOMPARE(a.data(CauseTreeModel::TypeRole).toInt(), int(CauseType::Cause));
    const QModelIndex b = model->addSibling(a, QStringLiteral("Cache cold"));
    QVERIFY(b.isValid());
    QCOMPARE(b.parent(), p);
    model->addChild(a, QStringLiteral("Pool exhausted"));
    QCOMPARE(modelShape(*model), QStringLiteral("Checkout down(DB slow(Pool exhausted),Cache cold)"));
    QCOMPARE(storeShape(story), modelShape(*model));
    QCOMPARE(stack->count(), 4);

    const qint64 poolId = CauseTreeModel::idAt(model->index(0, 0, model->index(0, 0, model->index(0, 0))));
    stack->undo();
    QCOMPARE(modelShape(*model), QStringLiteral("Checkout down(DB slow,Cache cold)"));
    stack->undo();
    QCOMPARE(modelShape(*model), QStringLiteral("Checkout down(DB slow)"));
    QCOMPARE(storeShape(story), modelShape(*model));
    stack->redo();
    stack->redo();
    QCOMPARE(modelShape(*model), QStringLiteral("Checkout down(DB slow(Pool exhausted),Cache cold)"));
    QCOMPARE(storeShape(story), modelShape(*model));
    // Redo brings nodes back with their ids.
    QVERIFY(model->indexForId(poolId).isValid());
    verifyDense(story);
}

void TestCauseTree::indentOutdentUndoRedo()
{
    const qint64 story = newStory();
    StoryDocument* doc = m_library->document(story);
    CauseTreeModel* model = doc->causeTree();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QUndoStack* stack = doc->undoStack();
    const QModelIndex p = model->addChild({}, QStringLiteral("P"));
    const QModelIndex a = model->addChild(p, QStringLiteral("A"));
    model->addChild(a, QStringLiteral("A1"));
    const QModelIndex b = model->addChild(p, QStringLiteral("B"));
    model->addChild(p, QStringLiteral("C"));
    QCOMPARE(modelShape(*model), QStringLiteral("P(A(A1),B,C)"));

    QSignalSpy moved(model, &QAbstractItemModel::rowsMoved);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QPersistentModelIndex persistentB(b);
    QVERIFY(model->indent(b));
    QCOMPARE(modelShape(*model), QStringLiteral("P(A(A1,B),C)"));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(inserted.count(), 0); // a real move, not remove + insert
    QCOMPARE(persistentB.data(CauseTreeModel::StatementRole).toString(), QStringLiteral("B"));
    QCOMPARE(persistentB.parent().data(CauseTreeModel::StatementRole).toString(), QStringLiteral("A"));
    QCOMPARE(storeShape(story), modelShape(*model));
    // The first child cannot be indented; a top-level node cannot be outdented.
    QVERIFY(!model->indent(model->index(0, 0, p)));
    QVERIFY(!model->outdent(p));

    const QModelIndex a1 = model->index(0, 0, model->index(0, 0, p));
    QVERIFY(model->outdent(a1));
    QCOMPARE(modelShape(*model), QStringLiteral("P(A(B),A1,C)"));
    QVERIFY(model->outdent(model->index(1, 0, p)));
    QCOMPARE(modelShape(*model), QStringLiteral("P(A(B),C),A1"));
    QCOMPARE(storeShape(story), modelShape(*model));
    verifyDense(story);

    stack->undo();
    QCOMPARE(modelShape(*model), QStringLiteral("P(A(B),A1,C)"));
    stack->undo();
    QCOMPARE(modelShape(*model), QStringLiteral("P(A(A1,B),C)"));
    stack->undo();
    QCOMPARE(modelShape(*model), QStringLiteral("P(A(A1),B,C)"));
    QCOMPARE(storeShape(story), modelShape(*model));
    stack->redo();
    stack->redo();
    stack->redo();
    QCOMPARE(modelShape(*model), QStringLiteral("P(A(B),C),A1"));
    QCOMPARE(storeShape(story), modelShape(*model));
    verifyDense(story);
}

void TestCauseTree::dragAndDropMoveUndoRedo()
{
    const qint64 story = newStory();
    StoryDocument* doc = m_library->document(story);
    CauseTreeModel* model = doc->causeTree();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QUndoStack* stack = doc->undoStack();
    const QModelIndex p = model->addChild({}, QStringLiteral("P"));
    const QModelIndex a = model->addChild(p, QStringLiteral("A"));
    model->addChild(a, QStringLiteral("A1"));
    model->addChild(p, QStringLiteral("B"));
    model->addChild(p, QStringLiteral("C"));
    const int before = stack->count();

    auto drag = [&](const QString& path) {
        // path: row numbers from the top, e.g. "0/0"
        QModelIndex index;
        for (const QString& row : path.split(QLatin1Char('/'))) {
            index = model->index(row.toInt(), 0, index);
        }
        std::unique_ptr<QMimeData> data(model->mimeData({index}));
        return data;
    };
    QVERIFY(model->mimeTypes().contains(QString::fromLatin1(CauseTreeModel::MimeType)));
    QCOMPARE(model->supportedDropActions(), Qt::MoveAction);
    QVERIFY(model->flags(model->index(0, 0)) & Qt::ItemIsDragEnabled);

    // A onto C (as its last child) takes A1 along.
    {
        auto data = drag(QStringLiteral("0/0"));
        const QModelIndex c = model->index(2, 0, p);
        QVERIFY(model->canDropMimeData(data.get(), Qt::MoveAction, -1, 0, c));
        QVERIFY(model->dropMimeData(data.get(), Qt::MoveAction, -1, 0, c));
    }
    QCOMPARE(modelShape(*model), QStringLiteral("P(B,C(A(A1)))"));
    // B between rows of the top level: after P.
    {
        auto data = drag(QStringLiteral("0/0"));
        QVERIFY(model->dropMimeData(data.get(), Qt::MoveAction, 1, 0, {}));
    }
    QCOMPARE(modelShape(*model), QStringLiteral("P(C(A(A1))),B"));
    // A1 before C, downwards within one parent counts rows as the view shows them.
    {
        auto data = drag(QStringLiteral("0/0/0/0"));
        QVERIFY(model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, p));
    }
    QCOMPARE(modelShape(*model), QStringLiteral("P(A1,C(A)),B"));
    {
        auto data = drag(QStringLiteral("0/0"));
        QVERIFY(model->dropMimeData(data.get(), Qt::MoveAction, 2, 0, p)); // after C
    }
    QCOMPARE(modelShape(*model), QStringLiteral("P(C(A),A1),B"));
    QCOMPARE(storeShape(story), modelShape(*model));
    verifyDense(story);
    QCOMPARE(stack->count(), before + 4);

    for (int i = 0; i < 4; ++i) {
        stack->undo();
    }
    QCOMPARE(modelShape(*model), QStringLiteral("P(A(A1),B,C)"));
    QCOMPARE(storeShape(story), modelShape(*model));
    for (int i = 0; i < 4; ++i) {
        stack->redo();
    }
    QCOMPARE(modelShape(*model), QStringLiteral("P(C(A),A1),B"));
    QCOMPARE(storeShape(story), modelShape(*model));
    verifyDense(story);
}

void TestCauseTree::dropRejectedBelowItself()
{
    const qint64 story = newStory();
    StoryDocument* doc = m_library->document(story);
    CauseTreeModel* model = doc->causeTree();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QModelIndex p = model->addChild({}, QStringLiteral("P"));
    const QModelIndex a = model->addChild(p, QStringLiteral("A"));
    std::unique_ptr<QMimeData> data(model->mimeData({p}));
    QVERIFY(!model->canDropMimeData(data.get(), Qt::MoveAction, -1, 0, a));
    QVERIFY(!model->dropMimeData(data.get(), Qt::MoveAction, -1, 0, a));
    QVERIFY(!model->canDropMimeData(data.get(), Qt::MoveAction, -1, 0, p));
    QVERIFY(!model->canDropMimeData(data.get(), Qt::CopyAction, -1, 0, {}));
    // A node of another story is not accepted.
    const qint64 other = newStory();
    CauseTreeModel* otherModel = m_library->document(other)->causeTree();
    const QModelIndex q = otherModel->addChild({}, QStringLiteral("Q"));
    std::unique_ptr<QMimeData> foreign(otherModel->mimeData({q}));
    QVERIFY(!model->canDropMimeData(foreign.get(), Qt::MoveAction, -1, 0, {}));
    QCOMPARE(modelShape(*model), QStringLiteral("P(A)"));
}

void TestCauseTree::removeSubtreeRestoresIdsAndLinks()
{
    const qint64 story = newStory();
    StoryDocument* doc = m_library->document(story);
    CauseTreeModel* model = doc->causeTree();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QUndoStack* stack = doc->undoStack();
    const QModelIndex p = model->addChild({}, QStringLiteral("P"));
    const QModelIndex a = model->addChild(p, QStringLiteral("A"));
    const QModelIndex a1 = model->addChild(a, QStringLiteral("A1"));
    const QModelIndex a2 = model->addChild(a, QStringLiteral("A2"));
    model->addChild(a2, QStringLiteral("A2x"));
    model->addChild(p, QStringLiteral("B"));
    const qint64 aId = CauseTreeModel::idAt(a);
    const qint64 a1Id = CauseTreeModel::idAt(a1);
    const qint64 a2Id = CauseTreeModel::idAt(a2);
    QVERIFY(model->setData(a1.siblingAtColumn(CauseTreeModel::EvidenceColumn), QStringLiteral("graph 3")));
    const qint64 category = model->categories().at(1).id;
    QVERIFY(model->setData(a2.siblingAtColumn(CauseTreeModel::CategoryColumn), category));

    // A lesson and an action item point at causes in the subtree.
    QSqlQuery q(m_library->database().db());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO lesson(id, story_id, text) VALUES (77, %1, 'L')").arg(story)));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO lesson_cause VALUES (77, %1)").arg(a1Id)));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO action_item(id, story_id, title, created_at, modified_at) VALUES "
                                  "(88, %1, 'T', '2026-01-01', '2026-01-01')")
                       .arg(story)));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO action_cause VALUES (88, %1)").arg(a2Id)));

    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(model->removeSubtree(a));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(modelShape(*model), QStringLiteral("P(B)"));
    QCOMPARE(storeShape(story), modelShape(*model));
    QCOMPARE(model->nodeCount(), 2);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM lesson_cause")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);

    stack->undo();
    QCOMPARE(modelShape(*model), QStringLiteral("P(A(A1,A2(A2x)),B)"));
    QCOMPARE(storeShape(story), modelShape(*model));
    QCOMPARE(model->nodeCount(), 6);
    QVERIFY(model->indexForId(aId).isValid());
    QCOMPARE(model->node(a1Id).evidence, QStringLiteral("graph 3"));
    QCOMPARE(model->node(a2Id).categoryId, category);
    QCOMPARE(m_library->causes().node(a2Id).value().categoryId, category);
    QVERIFY(q.exec(QStringLiteral("SELECT lesson_id, cause_id FROM lesson_cause")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), 77);
    QCOMPARE(q.value(1).toLongLong(), a1Id);
    QVERIFY(q.exec(QStringLiteral("SELECT action_id, cause_id FROM action_cause")) && q.next());
    QCOMPARE(q.value(1).toLongLong(), a2Id);
    verifyDense(story);

    stack->redo();
    QCOMPARE(modelShape(*model), QStringLiteral("P(B)"));
    stack->undo();
    QCOMPARE(modelShape(*model), QStringLiteral("P(A(A1,A2(A2x)),B)"));
    QCOMPARE(storeShape(story), modelShape(*model));
}

void TestCauseTree::editFieldsAndTypingMerges()
{
    const qint64 story = newStory();
    StoryDocument* doc = m_library->document(story);
    CauseTreeModel* model = doc->causeTree();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QUndoStack* stack = doc->undoStack();
    const QModelIndex p = model->addChild({});
    const qint64 id = CauseTreeModel::idAt(p);
    QCOMPARE(stack->count(), 1);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    const QString text = QStringLiteral("Disk full");
    for (int i = 1; i <= text.size(); ++i) {
        QVERIFY(model->setData(p, text.left(i)));
    }
    QCOMPARE(stack->count(), 2); // one command for the typing
    QCOMPARE(changed.count(), text.size());
    QCOMPARE(changed.first().at(0).value<QModelIndex>().column(), int(CauseTreeModel::StatementColumn));
    QVERIFY(changed.first().at(2).value<QList<int>>().contains(Qt::DisplayRole));
    QCOMPARE(m_library->causes().node(id).value().statement, text);

    const QModelIndex type = p.siblingAtColumn(CauseTreeModel::TypeColumn);
    QVERIFY(model->setData(type, int(CauseType::RootCause)));
    QVERIFY(model->setData(type, int(CauseType::ContributingFactor)));
    QCOMPARE(stack->count(), 4); // choices do not merge
    QCOMPARE(type.data().toString(), CauseNode::typeName(CauseType::ContributingFactor));
    QCOMPARE(m_library->causes().node(id).value().type, CauseType::ContributingFactor);
    const QModelIndex category = p.siblingAtColumn(CauseTreeModel::CategoryColumn);
    const CauseCategory people = model->categories().first();
    QVERIFY(model->setData(category, people.id));
    QCOMPARE(category.data().toString(), people.name);
    QVERIFY(model->setData(p.siblingAtColumn(CauseTreeModel::EvidenceColumn), QStringLiteral("df -h")));
    QCOMPARE(p.data(Qt::ToolTipRole).toString(), CauseTreeModel::tr("Evidence: %1").arg(QStringLiteral("df -h")));
    // Same value: no command.
    QVERIFY(model->setData(category, people.id));
    QCOMPARE(stack->count(), 6);

    stack->undo();
    stack->undo();
    QCOMPARE(category.data().toString(), QString());
    QCOMPARE(p.siblingAtColumn(CauseTreeModel::EvidenceColumn).data().toString(), QString());
    stack->undo();
    QCOMPARE(m_library->causes().node(id).value().type, CauseType::RootCause);
    stack->undo();
    stack->undo();
    QCOMPARE(p.data().toString(), QString());
    QCOMPARE(m_library->causes().node(id).value().statement, QString());
    stack->redo();
    QCOMPARE(p.data().toString(), text);
}

void TestCauseTree::everyOperationUndoesToEmptyAndRedoes()
{
    const qint64 story = newStory();
    StoryDocument* doc = m_library->document(story);
    CauseTreeModel* model = doc->causeTree();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QUndoStack* stack = doc->undoStack();
    // Several branches, every kind of operation.
    const QModelIndex p = model->addChild({}, QStringLiteral("P"));
    const QModelIndex q = model->addChild({}, QStringLiteral("Q"));
    for (const char* s : {"a", "b", "c"}) {
        model->addChild(p, QString::fromLatin1(s));
    }
    model->addChild(q, QStringLiteral("q1"));
    QVERIFY(model->indent(model->index(1, 0, p)));
    QVERIFY(model->outdent(model->index(0, 0, model->index(0, 0, p))));
    std::unique_ptr<QMimeData> data(model->mimeData({model->index(0, 0, q)}));
    QVERIFY(model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, model->index(0, 0, p)));
    QVERIFY(model->setData(model->index(0, 0, p), QStringLiteral("a!")));
    QVERIFY(model->removeSubtree(model->index(2, 0, p)));
    const QString final = modelShape(*model);
    QCOMPARE(final, QStringLiteral("P(a!(q1),b),Q"));
    QCOMPARE(storeShape(story), final);

    QStringList shapes;
    while (stack->canUndo()) {
        shapes.prepend(modelShape(*model));
        stack->undo();
        QCOMPARE(storeShape(story), modelShape(*model));
        verifyDense(story);
    }
    QCOMPARE(modelShape(*model), QString());
    QCOMPARE(model->nodeCount(), 0);
    for (const QString& expected : std::as_const(shapes)) {
        stack->redo();
        QCOMPARE(modelShape(*model), expected);
        QCOMPARE(storeShape(story), expected);
    }
    QCOMPARE(modelShape(*model), final);
    // A fresh model reads the same tree.
    CauseTreeModel fresh(m_library->causes(), story, nullptr);
    QCOMPARE(modelShape(fresh), final);
    QVERIFY(fresh.isReadOnly()); // no undo stack: no edits
    QVERIFY(!fresh.setData(fresh.index(0, 0), QStringLiteral("nope")));
}

void TestCauseTree::otherStoryIsUntouched()
{
    const qint64 s1 = newStory();
    const qint64 s2 = newStory();
    CauseTreeModel* m1 = m_library->document(s1)->causeTree();
    CauseTreeModel* m2 = m_library->document(s2)->causeTree();
    QAbstractItemModelTester t1(m1, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(m2, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted2(m2, &QAbstractItemModel::rowsInserted);
    m1->addChild({}, QStringLiteral("one"));
    QCOMPARE(inserted2.count(), 0);
    QCOMPARE(m2->rowCount(), 0);
    m2->addChild({}, QStringLiteral("two"));
    QCOMPARE(modelShape(*m1), QStringLiteral("one"));
    // Deleting the story deletes its tree.
    QVERIFY(m_library->deleteStory(s1));
    QCOMPARE(m_library->causes().nodes(s1).value().size(), 0);
    QCOMPARE(storeShape(s2), QStringLiteral("two"));
}

void TestCauseTree::categoriesEditUndo()
{
    const qint64 story = newStory();
    StoryDocument* doc = m_library->document(story);
    CauseCategoryModel* categories = doc->causeCategories();
    QAbstractItemModelTester tester(categories, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CauseTreeModel* tree = doc->causeTree();
    QAbstractItemModelTester treeTester(tree, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto names = [&] {
        QStringList list;
        for (int i = 0; i < categories->rowCount(); ++i) {
            list << categories->index(i).data().toString();
        }
        return list;
    };
    auto storedNames = [&] {
        QStringList list;
        const QList<CauseCategory> stored = m_library->causes().categories().value();
        for (const CauseCategory& c : stored) {
            list << c.name;
        }
        return list;
    };
    // The migration's defaults.
    const QStringList defaults = {QStringLiteral("People"),
                                  QStringLiteral("Process"),
                                  QStringLiteral("Tools"),
                                  QStringLiteral("Environment"),
                                  QStringLiteral("Communication")};
    QCOMPARE(names(), defaults);
    // Without an undo stack nothing can be changed.
    QCOMPARE(categories->addCategory(QStringLiteral("X")), -1);
    QVERIFY(!(categories->flags(categories->index(0)) & Qt::ItemIsEditable));

    QUndoStack stack;
    categories->setUndoStack(&stack);
    const QModelIndex node = tree->addChild({}, QStringLiteral("P"));
    const qint64 tools = categories->index(2).data(CauseCategoryModel::IdRole).toLongLong();
    QVERIFY(tree->setData(node.siblingAtColumn(CauseTreeModel::CategoryColumn), tools));

    QCOMPARE(categories->addCategory(QStringLiteral("  Vendors ")), 5);
    QVERIFY(categories->setData(categories->index(2), QStringLiteral("Tooling")));
    QCOMPARE(node.siblingAtColumn(CauseTreeModel::CategoryColumn).data().toString(), QStringLiteral("Tooling"));
    QVERIFY(!categories->setData(categories->index(2), QStringLiteral("   "))); // no empty names
    QVERIFY(categories->moveCategory(5, 0));
    QCOMPARE(names().first(), QStringLiteral("Vendors"));
    QVERIFY(categories->moveCategory(0, 3));
    const QStringList afterMoves = {QStringLiteral("People"),
                                    QStringLiteral("Process"),
                                    QStringLiteral("Tooling"),
                                    QStringLiteral("Vendors"),
                                    QStringLiteral("Environment"),
                                    QStringLiteral("Communication")};
    QCOMPARE(names(), afterMoves);
    QCOMPARE(storedNames(), afterMoves);
    QVERIFY(categories->removeCategory(3)); // Vendors
    QVERIFY(categories->removeCategory(2)); // Tooling: the node loses its category
    const QStringList final = {QStringLiteral("People"),
                               QStringLiteral("Process"),
                               QStringLiteral("Environment"),
                               QStringLiteral("Communication")};
    QCOMPARE(names(), final);
    QCOMPARE(storedNames(), final);
    QCOMPARE(tree->node(CauseTreeModel::idAt(node)).categoryId, 0);
    QCOMPARE(node.siblingAtColumn(CauseTreeModel::CategoryColumn).data().toString(), QString());
    QCOMPARE(m_library->causes().node(CauseTreeModel::idAt(node)).value().categoryId, 0);

    stack.undo(); // Tooling back with its id, and the node filed under it again
    QCOMPARE(names()[2], QStringLiteral("Tooling"));
    QCOMPARE(categories->index(2).data(CauseCategoryModel::IdRole).toLongLong(), tools);
    QCOMPARE(tree->node(CauseTreeModel::idAt(node)).categoryId, tools);
    QCOMPARE(m_library->causes().node(CauseTreeModel::idAt(node)).value().categoryId, tools);
    QCOMPARE(node.siblingAtColumn(CauseTreeModel::CategoryColumn).data().toString(), QStringLiteral("Tooling"));
    stack.undo(); // Vendors back at row 3
    QCOMPARE(names(), afterMoves);
    stack.undo();
    QCOMPARE(names().first(), QStringLiteral("Vendors"));
    stack.undo();
    QCOMPARE(names().last(), QStringLiteral("Vendors"));
    stack.undo(); // rename undone
    QCOMPARE(node.siblingAtColumn(CauseTreeModel::CategoryColumn).data().toString(), QStringLiteral("Tools"));
    stack.undo(); // add undone
    QCOMPARE(names(), defaults);
    QCOMPARE(storedNames(), defaults);
    while (stack.canRedo()) {
        stack.redo();
    }
    QCOMPARE(names(), final);
    QCOMPARE(storedNames(), final);
    QCOMPARE(tree->node(CauseTreeModel::idAt(node)).categoryId, 0);
    categories->setUndoStack(nullptr);
}

void TestCauseTree::readOnlyLibraryRefusesEdits()
{
    const QString path = TestSupport::libraryPath(*m_dir);
    const qint64 story = newStory();
    m_library->document(story)->causeTree()->addChild({}, QStringLiteral("P"));
    m_library.reset();
    auto lib = Library::open(path, LibraryDatabase::OpenMode::ReadOnly);
    QVERIFY2(lib.ok(), qPrintable(lib.error()));
    m_library = std::move(lib).value();
    CauseTreeModel* model = m_library->document(story)->causeTree();
    QCOMPARE(modelShape(*model), QStringLiteral("P"));
    QVERIFY(model->isReadOnly());
    QVERIFY(!(model->flags(model->index(0, 0)) & Qt::ItemIsEditable));
    QVERIFY(!model->addChild(model->index(0, 0)).isValid());
    QVERIFY(!model->setData(model->index(0, 0), QStringLiteral("x")));
    QSignalSpy failed(&m_library->causes(), &CauseStore::writeFailed);
    QVERIFY(!m_library->causes().removeSubtree(CauseTreeModel::idAt(model->index(0, 0))));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(modelShape(*model), QStringLiteral("P"));
}

QTEST_GUILESS_MAIN(TestCauseTree)
#include "TestCauseTree.moc"
