#include "TestSupport.h"
#include "commands/ActionItemLifecycleCommand.h"
#include "commands/EditActionItemCommand.h"
#include "commands/EditLessonCommand.h"
#include "commands/LessonLifecycleCommand.h"
#include "commands/MoveActionItemCommand.h"
#include "commands/MoveLessonCommand.h"
#include "document/Library.h"
#include "document/StoryDocument.h"
#include "models/ActionItemModel.h"
#include "models/LessonModel.h"
#include "storage/ActionStore.h"
#include "storage/LessonStore.h"
#include "storage/StoryStore.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTest>

// Undo and redo of every lessons-learned and action-item operation, with the document's models
// under QAbstractItemModelTester.
class TestActionCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addLessonUndoRedo();
    void removeLessonUndoRestoresPlaceAndLinks();
    void editLessonFieldsUndoRedo();
    void lessonTypingMerges();
    void moveLessonUndoRedo();
    void addActionUndoRedo();
    void removeActionUndoRestoresEverything();
    void editEveryActionFieldUndoRedo_data();
    void editEveryActionFieldUndoRedo();
    void actionTypingMergesButChoicesDoNot();
    void moveActionUndoRedo();
    void failedEditIsNotOnTheStack();
    void deletingTheStoryEmptiesTheModels();

private:
    qint64 addCause(const QString& statement);
    QStringList lessonTexts();
    QStringList actionTitles();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    StoryDocument* m_doc = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_lessonTester;
    std::unique_ptr<QAbstractItemModelTester> m_actionTester;
};

void TestActionCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto lib = Library::open(TestSupport::libraryPath(*m_dir));
    QVERIFY2(lib.ok(), qPrintable(lib.error()));
    m_library = std::move(lib).value();
    const qint64 id = m_library->createStory(Story {}).value();
    m_doc = m_library->document(id);
    QVERIFY(m_doc);
    QVERIFY(m_doc->lessons());
    QVERIFY(m_doc->actionItems());
    m_lessonTester = std::make_unique<QAbstractItemModelTester>(m_doc->lessons(),
                                                                QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_actionTester = std::make_unique<QAbstractItemModelTester>(m_doc->actionItems(),
                                                                QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestActionCommands::cleanup()
{
    m_lessonTester.reset();
    m_actionTester.reset();
    m_doc = nullptr;
    m_library.reset();
    m_dir.reset();
}

qint64 TestActionCommands::addCause(const QString& statement)
{
    QSqlQuery q(m_library->database().db());
    q.prepare(QStringLiteral("INSERT INTO cause_node(story_id, statement, type) VALUES (?, ?, 'root_cause')"));
    q.addBindValue(m_doc->id());
    q.addBindValue(statement);
    if (!q.exec()) {
        return 0;
    }
    m_library->stories().emitPartChanged(m_doc->id());
    return q.lastInsertId().toLongLong();
}

QStringList TestActionCommands::lessonTexts()
{
    QStringList texts;
    const auto lessons = m_library->lessons().lessons(m_doc->id()).value();
    for (const Lesson& l : lessons) {
        texts << l.text;
    }
    // The model always agrees with the store.
    QStringList shown;
    for (int row = 0; row < m_doc->lessons()->rowCount(); ++row) {
        shown << m_doc->lessons()->lessonAt(row).text;
    }
    if (shown != texts) {
        qWarning("model and store differ");
        return {QStringLiteral("<model differs>")};
    }
    return texts;
}

QStringList TestActionCommands::actionTitles()
{
    QStringList titles;
    const auto actions = m_library->actions().actions(m_doc->id()).value();
    for (const ActionItem& a : actions) {
        titles << a.title;
    }
    QStringList shown;
    for (int row = 0; row < m_doc->actionItems()->rowCount(); ++row) {
        shown << m_doc->actionItems()->itemAt(row).title;
    }
    if (shown != titles) {
        qWarning("model and store differ");
        return {QStringLiteral("<model differs>")};
    }
    return titles;
}

void TestActionCommands::addLessonUndoRedo()
{
    QUndoStack* stack = m_doc->undoStack();
    Lesson l;
    l.text = QStringLiteral("first");
    stack->push(new LessonLifecycleCommand(*m_doc, LessonLifecycleCommand::Action::Add, l, 0));
    l.text = QStringLiteral("before first");
    stack->push(new LessonLifecycleCommand(*m_doc, LessonLifecycleCommand::Action::Add, l, 0));
    QCOMPARE(lessonTexts(), QStringList({QStringLiteral("before first"), QStringLiteral("first")}));
    QCOMPARE(stack->undoText(), QStringLiteral("Add lesson"));
    const qint64 id = m_doc->lessons()->lessonAt(0).id;
    stack->undo();
    QCOMPARE(lessonTexts(), QStringList({QStringLiteral("first")}));
    stack->undo();
    QCOMPARE(lessonTexts(), QStringList());
    stack->redo();
    stack->redo();
    QCOMPARE(lessonTexts(), QStringList({QStringLiteral("before first"), QStringLiteral("first")}));
    QCOMPARE(m_doc->lessons()->lessonAt(0).id, id); // the same lesson, not a copy
}

void TestActionCommands::removeLessonUndoRestoresPlaceAndLinks()
{
    const qint64 cause = addCause(QStringLiteral("Disk filled"));
    Lesson l;
    l.storyId = m_doc->id();
    for (const char* text : {"a", "b", "c"}) {
        l.text = QString::fromLatin1(text);
        l.kind = LessonKind::GotLucky;
        l.causeIds = {cause};
        QVERIFY(m_library->lessons().insert(l, 99));
    }
    const Lesson b = m_doc->lessons()->lessonAt(1);
    m_doc->undoStack()->push(new LessonLifecycleCommand(*m_doc, LessonLifecycleCommand::Action::Remove, b, 1));
    QCOMPARE(lessonTexts(), QStringList({QStringLiteral("a"), QStringLiteral("c")}));
    m_doc->undoStack()->undo();
    QCOMPARE(lessonTexts(), QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    const Lesson back = m_library->lessons().lesson(b.id).value();
    QCOMPARE(back.kind, LessonKind::GotLucky);
    QCOMPARE(back.causeIds, QList<qint64>({cause}));
    m_doc->undoStack()->redo();
    QCOMPARE(lessonTexts(), QStringList({QStringLiteral("a"), QStringLiteral("c")}));
}

void TestActionCommands::editLessonFieldsUndoRedo()
{
    const qint64 cause = addCause(QStringLiteral("No alert"));
    Lesson l;
    l.storyId = m_doc->id();
    l.text = QStringLiteral("old");
    const qint64 id = m_library->lessons().insert(l, 0).value();
    QUndoStack* stack = m_doc->undoStack();
    stack->push(
        new EditLessonCommand(*m_doc, id, LessonField::Kind, int(LessonKind::Lesson), int(LessonKind::WentWrong)));
    stack->push(new EditLessonCommand(*m_doc, id, LessonField::Text, QStringLiteral("old"), QStringLiteral("new")));
    stack->push(new EditLessonCommand(*m_doc,
                                      id,
                                      LessonField::Causes,
                                      QVariant::fromValue(QList<qint64>()),
                                      QVariant::fromValue(QList<qint64>({cause}))));
    QCOMPARE(stack->count(), 3);
    Lesson now = m_library->lessons().lesson(id).value();
    QCOMPARE(now.kind, LessonKind::WentWrong);
    QCOMPARE(now.text, QStringLiteral("new"));
    QCOMPARE(now.causeIds, QList<qint64>({cause}));
    QCOMPARE(m_doc->lessons()->index(0, LessonModel::CausesColumn).data().toString(), QStringLiteral("No alert"));
    stack->undo();
    QCOMPARE(m_library->lessons().lesson(id)->causeIds, QList<qint64>());
    stack->undo();
    QCOMPARE(m_library->lessons().lesson(id)->text, QStringLiteral("old"));
    stack->undo();
    QCOMPARE(m_library->lessons().lesson(id)->kind, LessonKind::Lesson);
    QCOMPARE(m_doc->lessons()->index(0, LessonModel::KindColumn).data(Qt::EditRole).toInt(), int(LessonKind::Lesson));
    stack->redo();
    stack->redo();
    stack->redo();
    now = m_library->lessons().lesson(id).value();
    QCOMPARE(now.kind, LessonKind::WentWrong);
    QCOMPARE(now.text, QStringLiteral("new"));
    QCOMPARE(now.causeIds, QList<qint64>({cause}));
}

void TestActionCommands::lessonTypingMerges()
{
    Lesson l;
    l.storyId = m_doc->id();
    const qint64 id = m_library->lessons().insert(l, 0).value();
    QUndoStack* stack = m_doc->undoStack();
    QString previous;
    for (const QString& text : {QStringLiteral("L"), QStringLiteral("Le"), QStringLiteral("Les")}) {
        stack->push(new EditLessonCommand(*m_doc, id, LessonField::Text, previous, text));
        previous = text;
    }
    QCOMPARE(stack->count(), 1);
    stack->undo();
    QCOMPARE(m_library->lessons().lesson(id)->text, QString());
}

void TestActionCommands::moveLessonUndoRedo()
{
    Lesson l;
    l.storyId = m_doc->id();
    for (const char* text : {"a", "b", "c"}) {
        l.text = QString::fromLatin1(text);
        QVERIFY(m_library->lessons().insert(l, 99));
    }
    const qint64 a = m_doc->lessons()->lessonAt(0).id;
    m_doc->undoStack()->push(new MoveLessonCommand(*m_doc, a, 0, 2));
    QCOMPARE(lessonTexts(), QStringList({QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a")}));
    m_doc->undoStack()->undo();
    QCOMPARE(lessonTexts(), QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    m_doc->undoStack()->redo();
    QCOMPARE(lessonTexts(), QStringList({QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a")}));
}

void TestActionCommands::addActionUndoRedo()
{
    QUndoStack* stack = m_doc->undoStack();
    ActionItem a;
    a.title = QStringLiteral("Alert at 80%");
    a.owner = QStringLiteral("Dana");
    auto* command = new ActionItemLifecycleCommand(*m_doc, ActionItemLifecycleCommand::Action::Add, a, 0);
    stack->push(command);
    QCOMPARE(actionTitles(), QStringList({QStringLiteral("Alert at 80%")}));
    const ActionItem stored = m_doc->actionItems()->itemAt(0);
    QCOMPARE(stored.owner, QStringLiteral("Dana"));
    stack->undo();
    QCOMPARE(actionTitles(), QStringList());
    QCOMPARE(m_library->actions().openActions().value().size(), 0);
    stack->redo();
    QCOMPARE(actionTitles(), QStringList({QStringLiteral("Alert at 80%")}));
    const ActionItem again = m_doc->actionItems()->itemAt(0);
    QCOMPARE(again.id, stored.id);
    QCOMPARE(again.createdAt, stored.createdAt);
}

void TestActionCommands::removeActionUndoRestoresEverything()
{
    const qint64 cause = addCause(QStringLiteral("Logs never rotated"));
    ActionItem a;
    a.storyId = m_doc->id();
    a.title = QStringLiteral("Rotate logs");
    a.owner = QStringLiteral("Lee");
    a.dueDate = QDate(2026, 6, 1);
    a.priority = 1;
    a.status = ActionStatus::InProgress;
    a.type = ActionType::Mitigate;
    a.ticketUrl = QStringLiteral("https://tracker.example/OPS-1");
    a.causeIds = {cause};
    QVERIFY(m_library->actions().insert(a, 0));
    a.title = QStringLiteral("second");
    a.causeIds = {};
    QVERIFY(m_library->actions().insert(a, 1));
    const ActionItem before = m_doc->actionItems()->itemAt(0);
    QCOMPARE(m_doc->actionItems()->unactionedRootCauses().size(), 0);
    m_doc->undoStack()->push(
        new ActionItemLifecycleCommand(*m_doc, ActionItemLifecycleCommand::Action::Remove, before, 0));
    QCOMPARE(actionTitles(), QStringList({QStringLiteral("second")}));
    QCOMPARE(m_doc->actionItems()->unactionedRootCauses().size(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(actionTitles(), QStringList({QStringLiteral("Rotate logs"), QStringLiteral("second")}));
    const ActionItem after = m_library->actions().action(before.id).value();
    QCOMPARE(after.owner, before.owner);
    QCOMPARE(after.dueDate, before.dueDate);
    QCOMPARE(after.priority, 1);
    QCOMPARE(after.status, ActionStatus::InProgress);
    QCOMPARE(after.type, ActionType::Mitigate);
    QCOMPARE(after.ticketUrl, before.ticketUrl);
    QCOMPARE(after.causeIds, QList<qint64>({cause}));
    QCOMPARE(after.createdAt, before.createdAt);
    QCOMPARE(m_doc->actionItems()->unactionedRootCauses().size(), 0);
    m_doc->undoStack()->redo();
    QCOMPARE(actionTitles(), QStringList({QStringLiteral("second")}));
}

void TestActionCommands::editEveryActionFieldUndoRedo_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("title") << int(ActionField::Title) << QVariant(QStringLiteral("Add disk alert"));
    QTest::newRow("owner") << int(ActionField::Owner) << QVariant(QStringLiteral("Dana"));
    QTest::newRow("due") << int(ActionField::DueDate) << QVariant(QDate(2026, 7, 1));
    QTest::newRow("priority") << int(ActionField::Priority) << QVariant(1);
    QTest::newRow("status") << int(ActionField::Status) << QVariant(int(ActionStatus::Done));
    QTest::newRow("type") << int(ActionField::Type) << QVariant(int(ActionType::Detect));
    QTest::newRow("ticket") << int(ActionField::TicketUrl) << QVariant(QStringLiteral("https://t.example/9"));
    QTest::newRow("causes") << int(ActionField::Causes) << QVariant::fromValue(QList<qint64>({-1}));
}

void TestActionCommands::editEveryActionFieldUndoRedo()
{
    QFETCH(int, field);
    QFETCH(QVariant, value);
    const auto f = static_cast<ActionField>(field);
    if (f == ActionField::Causes) {
        value = QVariant::fromValue(QList<qint64>({addCause(QStringLiteral("c"))}));
    }
    ActionItem a;
    a.storyId = m_doc->id();
    a.title = QStringLiteral("t");
    const qint64 id = m_library->actions().insert(a, 0).value();
    const QVariant old = m_library->actions().action(id)->field(f);
    m_doc->undoStack()->push(new EditActionItemCommand(*m_doc, id, f, old, value));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_library->actions().action(id)->field(f), value);
    QCOMPARE(m_doc->actionItems()->itemAt(0).field(f), value);
    m_doc->undoStack()->undo();
    QCOMPARE(m_library->actions().action(id)->field(f), old);
    QCOMPARE(m_doc->actionItems()->itemAt(0).field(f), old);
    m_doc->undoStack()->redo();
    QCOMPARE(m_library->actions().action(id)->field(f), value);
}

void TestActionCommands::actionTypingMergesButChoicesDoNot()
{
    ActionItem a;
    a.storyId = m_doc->id();
    const qint64 id = m_library->actions().insert(a, 0).value();
    QUndoStack* stack = m_doc->undoStack();
    stack->push(new EditActionItemCommand(*m_doc, id, ActionField::Owner, QString(), QStringLiteral("D")));
    stack->push(new EditActionItemCommand(*m_doc, id, ActionField::Owner, QStringLiteral("D"), QStringLiteral("Da")));
    QCOMPARE(stack->count(), 1);
    stack->push(new EditActionItemCommand(*m_doc, id, ActionField::Priority, 2, 1));
    stack->push(new EditActionItemCommand(*m_doc, id, ActionField::Priority, 1, 3));
    QCOMPARE(stack->count(), 3);
    QVERIFY(stack->undoText().contains(ActionRules::fieldName(ActionField::Priority)));
    stack->undo();
    stack->undo();
    QCOMPARE(m_library->actions().action(id)->priority, 2);
    stack->undo();
    QCOMPARE(m_library->actions().action(id)->owner, QString());
}

void TestActionCommands::moveActionUndoRedo()
{
    ActionItem a;
    a.storyId = m_doc->id();
    for (const char* title : {"a", "b", "c"}) {
        a.title = QString::fromLatin1(title);
        QVERIFY(m_library->actions().insert(a, 99));
    }
    const qint64 c = m_doc->actionItems()->itemAt(2).id;
    m_doc->undoStack()->push(new MoveActionItemCommand(*m_doc, c, 2, 0));
    QCOMPARE(actionTitles(), QStringList({QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b")}));
    m_doc->undoStack()->undo();
    QCOMPARE(actionTitles(), QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    m_doc->undoStack()->redo();
    QCOMPARE(actionTitles(), QStringList({QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b")}));
}

void TestActionCommands::failedEditIsNotOnTheStack()
{
    ActionItem a;
    a.storyId = m_doc->id();
    const qint64 id = m_library->actions().insert(a, 0).value();
    m_doc->undoStack()->push(
        new EditActionItemCommand(*m_doc, id, ActionField::TicketUrl, QString(), QStringLiteral("not a link")));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    m_doc->undoStack()->push(new MoveLessonCommand(*m_doc, 987654, 0, 1));
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestActionCommands::deletingTheStoryEmptiesTheModels()
{
    ActionItem a;
    a.storyId = m_doc->id();
    a.title = QStringLiteral("Keep me");
    QVERIFY(m_library->actions().insert(a, 0));
    Lesson l;
    l.storyId = m_doc->id();
    QVERIFY(m_library->lessons().insert(l, 0));
    QVERIFY(m_library->deleteStory(m_doc->id()));
    QCOMPARE(m_doc->actionItems()->rowCount(), 0);
    QCOMPARE(m_doc->lessons()->rowCount(), 0);
    // Undoing the deletion brings the parts back where the library keeps them.
    m_library->undoStack()->undo();
    QCOMPARE(m_doc->actionItems()->rowCount(), m_library->actions().actions(m_doc->id()).value().size());
    QCOMPARE(m_doc->lessons()->rowCount(), m_library->lessons().lessons(m_doc->id()).value().size());
}

QTEST_MAIN(TestActionCommands)
#include "TestActionCommands.moc"
