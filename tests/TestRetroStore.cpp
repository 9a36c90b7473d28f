#include "TestSupport.h"
#include "document/Library.h"
#include "document/RetroDocument.h"
#include "domain/ActionItem.h"
#include "storage/ActionStore.h"
#include "storage/LessonStore.h"
#include "storage/LibraryDatabase.h"
#include "storage/RetroStore.h"
#include "storage/RetroTemplateStore.h"
#include "storage/StoryStore.h"

#include <QSignalSpy>
#include <QTest>

// Retro templates, retros, their boards and the review of earlier actions, as stored.
class TestRetroStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void builtinTemplatesSeeded();
    void userTemplatesAndRules();
    void retroKeepsItsOwnColumns();
    void fieldsRoundTrip();
    void cardPositionsStayDense();
    void boardEditAndInverse();
    void removeCardAndRestoreWithVotes();
    void deleteRetroIsUndoable();
    void createRetroIsUndoable();
    void reviewOfEarlierActions();
    void cardsBecomePartsOfTheStory();
    void migrationFromVersion2();
    void readOnlyRefusesEdits();

private:
    qint64 templateId(const QString& name);
    qint64 newRetro(const QString& title, const QString& team, const QDate& date, qint64 storyId = 0);
    QString layout(qint64 retroId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
};

void TestRetroStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto lib = Library::open(TestSupport::libraryPath(*m_dir));
    QVERIFY2(lib.ok(), qPrintable(lib.error()));
    m_library = std::move(lib).value();
}

void TestRetroStore::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

qint64 TestRetroStore::templateId(const QString& name)
{
    auto all = m_library->retroTemplates().templates();
    for (const RetroTemplate& t : all.value()) {
        if (t.name == name) {
            return t.id;
        }
    }
    return 0;
}

qint64 TestRetroStore::newRetro(const QString& title, const QString& team, const QDate& date, qint64 storyId)
{
    Retro retro;
    retro.title = title;
    retro.team = team;
    retro.heldOn = date;
    retro.storyId = storyId;
    retro.participants = {QStringLiteral("Anna"), QStringLiteral("Ben")};
    auto id = m_library->createRetro(retro, templateId(QStringLiteral("Went well / To improve / Ideas")));
    return id ? id.value() : 0;
}

// "column: card, [group: card card], card | column: …" in board order.
QString TestRetroStore::layout(qint64 retroId)
{
    RetroStore& store = m_library->retros();
    auto columns = store.columns(retroId);
    auto cards = store.cards(retroId);
    auto groups = store.groups(retroId);
    QStringList parts;
    for (const RetroColumn& column : columns.value()) {
        QMap<int, QString> items;
        for (const RetroGroup& g : groups.value()) {
            if (g.columnId != column.id) {
                continue;
            }
            QMap<int, QString> inside;
            for (const RetroCard& c : cards.value()) {
                if (c.groupId == g.id) {
                    inside.insert(c.position, c.text);
                }
            }
            items.insert(g.position,
                         QStringLiteral("[%1: %2]").arg(g.name, QStringList(inside.values()).join(QLatin1Char(' '))));
        }
        for (const RetroCard& c : cards.value()) {
            if (c.columnId == column.id && c.groupId == 0) {
                items.insert(c.position, c.text);
            }
        }
        // Dense positions: 0 … n-1.
        if (!items.isEmpty() && (items.firstKey() != 0 || items.lastKey() != items.size() - 1)) {
            return QStringLiteral("positions not dense in %1").arg(column.title);
        }
        parts << QStringLiteral("%1: %2").arg(column.title, QStringList(items.values()).join(QStringLiteral(", ")));
    }
    return parts.join(QStringLiteral(" | "));
}

void TestRetroStore::builtinTemplatesSeeded()
{
    auto all = m_library->retroTemplates().templates();
    QVERIFY2(all.ok(), qPrintable(all.error()));
    QStringList names;
    for (const RetroTemplate& t : all.value()) {
        QVERIFY(t.builtin);
        names << t.name;
        for (const RetroTemplateColumn& c : t.columns) {
            QVERIFY2(!c.prompt.isEmpty(), qPrintable(c.title));
        }
    }
    QCOMPARE(names,
             QStringList({QStringLiteral("Went well / To improve / Ideas"),
                          QStringLiteral("Start / Stop / Continue"),
                          QStringLiteral("Mad / Sad / Glad"),
                          QStringLiteral("4Ls"),
                          QStringLiteral("Sailboat"),
                          QStringLiteral("Incident review")}));
    auto titles = [&all](int row) {
        QStringList list;
        for (const RetroTemplateColumn& c : all->at(row).columns) {
            list << c.title;
        }
        return list;
    };
    QCOMPARE(titles(3),
             QStringList({QStringLiteral("Liked"),
                          QStringLiteral("Learned"),
                          QStringLiteral("Lacked"),
                          QStringLiteral("Longed for")}));
    QCOMPARE(
        titles(4),
        QStringList(
            {QStringLiteral("Wind"), QStringLiteral("Anchors"), QStringLiteral("Rocks"), QStringLiteral("Island")}));
    QCOMPARE(titles(5),
             QStringList({QStringLiteral("What happened"),
                          QStringLiteral("What helped"),
                          QStringLiteral("What hurt"),
                          QStringLiteral("Where we got lucky")}));
}

void TestRetroStore::userTemplatesAndRules()
{
    RetroTemplateStore& store = m_library->retroTemplates();
    QSignalSpy added(&store, &RetroTemplateStore::templateAdded);
    RetroTemplate t;
    t.name = QStringLiteral("Hot air balloon");
    t.columns = {{QStringLiteral("Hot air"), QStringLiteral("What lifts us?")},
                 {QStringLiteral("Sandbags"), QStringLiteral("What weighs us down?")}};
    auto id = store.create(t);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QCOMPARE(added.count(), 1);
    QVERIFY(!store.create(t).ok()); // the name is taken
    RetroTemplate noColumns;
    noColumns.name = QStringLiteral("Empty");
    QVERIFY(!store.create(noColumns).ok());

    t.id = id.value();
    t.columns << RetroTemplateColumn {QStringLiteral("Storm"), QString()};
    QVERIFY(store.update(t).ok());
    QCOMPARE(store.templ(t.id)->columns.size(), 3);
    QCOMPARE(store.templ(t.id)->columns.last().title, QStringLiteral("Storm"));

    RetroTemplate builtin = store.templ(templateId(QStringLiteral("4Ls"))).value();
    builtin.name = QStringLiteral("Changed");
    const Status refused = store.update(builtin);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().contains(QStringLiteral("Built-in")));
    QVERIFY(!store.remove(builtin.id).ok());
    QCOMPARE(store.unusedName(QStringLiteral("4Ls")).value(), QStringLiteral("4Ls (copy)"));

    QVERIFY(store.remove(t.id).ok());
    QVERIFY(!store.templ(t.id).ok());
}

void TestRetroStore::retroKeepsItsOwnColumns()
{
    RetroTemplateStore& templates = m_library->retroTemplates();
    RetroTemplate t;
    t.name = QStringLiteral("Two columns");
    t.columns = {{QStringLiteral("Good"), QStringLiteral("p1")}, {QStringLiteral("Bad"), QStringLiteral("p2")}};
    const qint64 tid = templates.create(t).value();
    Retro retro;
    retro.title = QStringLiteral("Sprint 1");
    auto id = m_library->createRetro(retro, tid);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    t.id = tid;
    t.columns = {{QStringLiteral("Changed"), QString()}};
    QVERIFY(templates.update(t).ok());
    auto columns = m_library->retros().columns(id.value());
    QCOMPARE(columns->size(), 2);
    QCOMPARE(columns->at(0).title, QStringLiteral("Good"));
    QCOMPARE(columns->at(1).prompt, QStringLiteral("p2"));
    QCOMPARE(m_library->retros().retro(id.value())->templateName, QStringLiteral("Two columns"));
}

void TestRetroStore::fieldsRoundTrip()
{
    const qint64 id = newRetro(QStringLiteral("Sprint 7"), QStringLiteral("Payments"), QDate(2026, 3, 4));
    RetroStore& store = m_library->retros();
    QSignalSpy changed(&store, &RetroStore::retroChanged);
    QVERIFY(store.setField(id, RetroField::Facilitator, QStringLiteral("  Chris  ")).ok());
    QVERIFY(
        store
            .setField(id,
                      RetroField::Participants,
                      QStringList(
                          {QStringLiteral("Dana"), QStringLiteral(""), QStringLiteral("dana"), QStringLiteral("Eli")}))
            .ok());
    QVERIFY(store.setField(id, RetroField::DotsPerParticipant, 0).ok()); // clamped to 1
    QVERIFY(store.setField(id, RetroField::CollectHidden, true).ok());
    QCOMPARE(changed.count(), 4);
    QCOMPARE(changed.last().at(1).value<RetroField>(), RetroField::CollectHidden);
    Retro r = store.retro(id).value();
    QCOMPARE(r.title, QStringLiteral("Sprint 7"));
    QCOMPARE(r.team, QStringLiteral("Payments"));
    QCOMPARE(r.heldOn, QDate(2026, 3, 4));
    QCOMPARE(r.facilitator, QStringLiteral("Chris"));
    QCOMPARE(r.participants, QStringList({QStringLiteral("Dana"), QStringLiteral("Eli")}));
    QCOMPARE(r.dotsPerParticipant, 1);
    QVERIFY(r.collectHidden);
    QVERIFY(r.cardsHidden());
    QCOMPARE(r.phase, RetroPhase::ReviewActions);
    QVERIFY(store.setPhase(id, RetroPhase::Vote, true).ok());
    r = store.retro(id).value();
    QCOMPARE(r.phase, RetroPhase::Vote);
    QVERIFY(r.revealed);
    QVERIFY(!r.cardsHidden());
}

void TestRetroStore::cardPositionsStayDense()
{
    const qint64 id = newRetro(QStringLiteral("R"), QString(), QDate(2026, 1, 1));
    RetroStore& store = m_library->retros();
    const qint64 column = store.columns(id)->first().id;
    QSignalSpy added(&store, &RetroStore::cardAdded);
    auto card = [&](const QString& text, int position) {
        RetroCard c;
        c.retroId = id;
        c.columnId = column;
        c.text = text;
        return store.insertCard(c, position).value();
    };
    card(QStringLiteral("a"), -1);
    const qint64 b = card(QStringLiteral("b"), -1);
    card(QStringLiteral("c"), 1);
    QCOMPARE(added.count(), 3);
    QCOMPARE(added.last().at(4).toInt(), 1);
    QCOMPARE(layout(id), QStringLiteral("Went well: a, c, b | To improve:  | Ideas: "));
    QSignalSpy removed(&store, &RetroStore::cardRemoved);
    QVERIFY(store.removeCard(b).ok());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(4).toInt(), 2);
    QCOMPARE(layout(id), QStringLiteral("Went well: a, c | To improve:  | Ideas: "));
}

void TestRetroStore::boardEditAndInverse()
{
    const qint64 id = newRetro(QStringLiteral("R"), QString(), QDate(2026, 1, 1));
    RetroDocument* doc = m_library->retroDocument(id);
    QVERIFY(doc);
    const auto columns = m_library->retros().columns(id).value();
    const qint64 a = doc->addCard(columns[0].id, QStringLiteral("a")).value();
    const qint64 b = doc->addCard(columns[0].id, QStringLiteral("b")).value();
    const qint64 c = doc->addCard(columns[0].id, QStringLiteral("c")).value();
    const qint64 d = doc->addCard(columns[1].id, QStringLiteral("d")).value();
    const QString before = layout(id);
    QCOMPARE(before, QStringLiteral("Went well: a, b, c | To improve: d | Ideas: "));

    QSignalSpy moved(&m_library->retros(), &RetroStore::cardMoved);
    auto group = doc->groupCards(b, {d});
    QVERIFY2(group.ok(), qPrintable(group.error()));
    QCOMPARE(layout(id), QStringLiteral("Went well: a, [b: b d], c | To improve:  | Ideas: "));
    QCOMPARE(moved.count(), 2);
    // d left "To improve" at 0 and went into the group at 1.
    QCOMPARE(moved.last().at(2).toLongLong(), columns[1].id);
    QCOMPARE(moved.last().at(6).toLongLong(), group.value());
    QCOMPARE(moved.last().at(7).toInt(), 1);

    QVERIFY(doc->addToGroup({a}, group.value()).ok());
    QCOMPARE(layout(id), QStringLiteral("Went well: [b: b d a], c | To improve:  | Ideas: "));
    QVERIFY(doc->moveToColumn({b}, columns[2].id).ok());
    QCOMPARE(layout(id), QStringLiteral("Went well: [b: d a], c | To improve:  | Ideas: b"));
    QVERIFY(doc->editGroup(group.value(), RetroGroupField::Name, QStringLiteral("Flaky deploys")).ok());
    QVERIFY(doc->ungroup(group.value()).ok());
    QCOMPARE(layout(id), QStringLiteral("Went well: d, a, c | To improve:  | Ideas: b"));

    // Undo everything: exactly the board we started with; redo: exactly the end again.
    const QString after = layout(id);
    for (int i = 0; i < 5; ++i) {
        doc->undoStack()->undo();
    }
    QCOMPARE(layout(id), before);
    for (int i = 0; i < 5; ++i) {
        doc->undoStack()->redo();
    }
    QCOMPARE(layout(id), after);
    doc->undoStack()->undo(); // the ungroup: the group is back with its id and name
    QCOMPARE(layout(id), QStringLiteral("Went well: [Flaky deploys: d a], c | To improve:  | Ideas: b"));
    QCOMPARE(m_library->retros().group(group.value())->name, QStringLiteral("Flaky deploys"));
    Q_UNUSED(c);

    // Moving the last card out of a group removes the group in the same step.
    QVERIFY(doc->moveToColumn({d, a}, columns[1].id, 0).ok());
    QCOMPARE(layout(id), QStringLiteral("Went well: c | To improve: d, a | Ideas: b"));
    QVERIFY(!m_library->retros().group(group.value()).ok());
}

void TestRetroStore::removeCardAndRestoreWithVotes()
{
    const qint64 id = newRetro(QStringLiteral("R"), QString(), QDate(2026, 1, 1));
    RetroDocument* doc = m_library->retroDocument(id);
    const qint64 column = m_library->retros().columns(id)->first().id;
    const qint64 a = doc->addCard(column, QStringLiteral("a"), QStringLiteral("Anna")).value();
    QVERIFY(doc->addCard(column, QStringLiteral("b")).ok());
    QVERIFY(doc->setVotes(QStringLiteral("Anna"), RetroItemRef::card(a), 2).ok());
    QVERIFY(doc->setVotes(QString(), RetroItemRef::card(a), 3).ok());
    QCOMPARE(doc->voting().total(RetroItemRef::card(a)), 5);
    QVERIFY(doc->removeCard(a).ok());
    QCOMPARE(m_library->retros().votes(id)->size(), 0);
    QVERIFY(!m_library->retros().card(a).ok());
    doc->undoStack()->undo();
    const RetroCard back = m_library->retros().card(a).value();
    QCOMPARE(back.text, QStringLiteral("a"));
    QCOMPARE(back.author, QStringLiteral("Anna"));
    QCOMPARE(back.position, 0);
    QCOMPARE(doc->voting().total(RetroItemRef::card(a)), 5);
    QCOMPARE(doc->voting().dotsOf(QStringLiteral("Anna"), RetroItemRef::card(a)), 2);
}

void TestRetroStore::deleteRetroIsUndoable()
{
    const qint64 id = newRetro(QStringLiteral("Keep me"), QStringLiteral("Core"), QDate(2026, 2, 2));
    RetroDocument* doc = m_library->retroDocument(id);
    const auto columns = m_library->retros().columns(id).value();
    const qint64 a = doc->addCard(columns[0].id, QStringLiteral("a")).value();
    const qint64 b = doc->addCard(columns[0].id, QStringLiteral("b")).value();
    const qint64 g = doc->groupCards(a, {b}).value();
    QVERIFY(doc->setVotes(QStringLiteral("Ben"), RetroItemRef::group(g), 2).ok());
    RetroAction action;
    action.title = QStringLiteral("Write the runbook");
    QVERIFY(doc->addAction(action).ok());
    const QString before = layout(id);

    QSignalSpy removed(&m_library->retros(), &RetroStore::retroRemoved);
    QVERIFY(m_library->deleteRetro(id).ok());
    QCOMPARE(removed.count(), 1);
    QVERIFY(!m_library->retros().retro(id).ok());
    QCOMPARE(m_library->retros().cards(id)->size(), 0);
    QCOMPARE(m_library->undoStack()->undoText(), QStringLiteral("Delete retrospective"));

    m_library->undoStack()->undo();
    QCOMPARE(m_library->retros().retro(id)->title, QStringLiteral("Keep me"));
    QCOMPARE(layout(id), before);
    QCOMPARE(m_library->retros().group(g)->id, g);
    QCOMPARE(doc->voting().total(RetroItemRef::group(g)), 2);
    QCOMPARE(m_library->retros().actions(id)->size(), 1);
    QCOMPARE(m_library->retros().retro(id)->participants.size(), 2);
    m_library->undoStack()->redo();
    QVERIFY(!m_library->retros().retro(id).ok());
}

void TestRetroStore::createRetroIsUndoable()
{
    const qint64 id = newRetro(QStringLiteral("New"), QString(), QDate(2026, 5, 5));
    QVERIFY(id > 0);
    QCOMPARE(m_library->retros().columns(id)->size(), 3);
    m_library->undoStack()->undo();
    QVERIFY(!m_library->retros().retro(id).ok());
    m_library->undoStack()->redo();
    QCOMPARE(m_library->retros().retro(id)->title, QStringLiteral("New"));
    QCOMPARE(m_library->retros().columns(id)->size(), 3);
}

void TestRetroStore::reviewOfEarlierActions()
{
    Story story;
    story.title = QStringLiteral("Checkout outage");
    const qint64 storyId = m_library->stories().create(story).value();
    ActionItem open;
    open.storyId = storyId;
    open.title = QStringLiteral("Add a canary");
    const qint64 storyAction = m_library->actions().insert(open, 0).value();
    ActionItem done = open;
    done.title = QStringLiteral("Already done");
    done.status = ActionStatus::Done;
    m_library->actions().insert(done, 1).value();

    const qint64 first = newRetro(QStringLiteral("Sprint 1"), QStringLiteral("Payments"), QDate(2026, 1, 10), storyId);
    const qint64 other = newRetro(QStringLiteral("Other team"), QStringLiteral("Search"), QDate(2026, 1, 11));
    const qint64 second = newRetro(QStringLiteral("Sprint 2"), QStringLiteral("Payments"), QDate(2026, 1, 24));
    RetroDocument* firstDoc = m_library->retroDocument(first);
    RetroAction a;
    a.title = QStringLiteral("Fix the flaky test");
    a.owner = QStringLiteral("Ben");
    const qint64 retroAction = firstDoc->addAction(a).value();
    a.title = QStringLiteral("Closed one");
    const qint64 closed = firstDoc->addAction(a).value();
    QVERIFY(firstDoc->editAction(closed, RetroActionField::Status, static_cast<int>(ActionStatus::Done)).ok());
    RetroAction foreign;
    foreign.title = QStringLiteral("Other team's action");
    QVERIFY(m_library->retroDocument(other)->addAction(foreign).ok());

    RetroDocument* doc = m_library->retroDocument(second);
    QList<RetroReviewItem> items = doc->reviewItems();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items[0].title, QStringLiteral("Fix the flaky test"));
    QCOMPARE(items[0].source, RetroReviewSource::RetroAction);
    QCOMPARE(items[0].originTitle, QStringLiteral("Sprint 1"));
    QCOMPARE(items[0].originDate, QDate(2026, 1, 10));
    QCOMPARE(items[1].title, QStringLiteral("Add a canary"));
    QCOMPARE(items[1].source, RetroReviewSource::StoryAction);
    QCOMPARE(items[1].originTitle, QStringLiteral("Checkout outage"));
    // The first retro has nothing earlier to review.
    QCOMPARE(firstDoc->reviewItems().size(), 0);

    // Done sets the source's status; carried over copies it into this retro.
    QVERIFY(doc->decideReview(items[1], RetroReviewDecision::Done).ok());
    QCOMPARE(m_library->actions().action(storyAction)->status, ActionStatus::Done);
    QVERIFY(doc->decideReview(items[0], RetroReviewDecision::CarriedOver).ok());
    auto copies = m_library->retros().actions(second).value();
    QCOMPARE(copies.size(), 1);
    QCOMPARE(copies[0].title, QStringLiteral("Fix the flaky test"));
    QCOMPARE(copies[0].owner, QStringLiteral("Ben"));
    QCOMPARE(copies[0].carriedFromId, retroAction);
    items = doc->reviewItems();
    QCOMPARE(items.size(), 2); // decided items stay listed in this retro, with their decision
    QCOMPARE(items[0].decision, RetroReviewDecision::CarriedOver);
    QCOMPARE(items[1].decision, RetroReviewDecision::Done);

    // A later retro no longer sees the carried-over original or the done story action, but the copy.
    const qint64 third = newRetro(QStringLiteral("Sprint 3"), QStringLiteral("Payments"), QDate(2026, 2, 7));
    items = m_library->retroDocument(third)->reviewItems();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items[0].actionId, copies[0].id);
    QCOMPARE(items[0].originTitle, QStringLiteral("Sprint 2"));

    doc->undoStack()->undo();
    QCOMPARE(m_library->retros().actions(second)->size(), 0);
    doc->undoStack()->undo();
    QCOMPARE(m_library->actions().action(storyAction)->status, ActionStatus::Open);
    QCOMPARE(doc->reviewItems()[0].decision, RetroReviewDecision::Undecided);
    doc->undoStack()->redo();
    doc->undoStack()->redo();
    QCOMPARE(m_library->retros().actions(second)->first().id, copies[0].id);
}

void TestRetroStore::cardsBecomePartsOfTheStory()
{
    Story story;
    story.title = QStringLiteral("DNS outage");
    const qint64 storyId = m_library->stories().create(story).value();
    const qint64 id = newRetro(QStringLiteral("Review"), QString(), QDate(2026, 1, 1));
    RetroDocument* doc = m_library->retroDocument(id);
    const qint64 column = m_library->retros().columns(id)->first().id;
    const qint64 card = doc->addCard(column, QStringLiteral("TTL was too long")).value();
    // No linked story yet.
    QVERIFY(!doc->addToStory(RetroItemRef::card(card), RetroOutcomeKind::Lesson).ok());
    QVERIFY(doc->editField(RetroField::StoryId, storyId).ok());
    auto lesson = doc->addToStory(RetroItemRef::card(card), RetroOutcomeKind::Lesson);
    QVERIFY2(lesson.ok(), qPrintable(lesson.error()));
    auto action = doc->addToStory(RetroItemRef::card(card),
                                  RetroOutcomeKind::ActionItem,
                                  QStringLiteral("Lower the TTL"),
                                  QStringLiteral("Anna"),
                                  QDate(2026, 2, 1));
    QVERIFY2(action.ok(), qPrintable(action.error()));
    auto cause = doc->addToStory(RetroItemRef::card(card), RetroOutcomeKind::Cause);
    QVERIFY2(cause.ok(), qPrintable(cause.error()));
    QCOMPARE(m_library->lessons().lesson(lesson.value())->text, QStringLiteral("TTL was too long"));
    const ActionItem item = m_library->actions().action(action.value()).value();
    QCOMPARE(item.title, QStringLiteral("Lower the TTL"));
    QCOMPARE(item.owner, QStringLiteral("Anna"));
    QCOMPARE(item.storyId, storyId);
    QCOMPARE(m_library->retros().outcomes(id)->size(), 3);
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QVERIFY(!m_library->actions().action(action.value()).ok());
    QCOMPARE(m_library->retros().outcomes(id)->size(), 1);
    doc->undoStack()->redo();
    QCOMPARE(m_library->actions().action(action.value())->title, QStringLiteral("Lower the TTL"));
}

void TestRetroStore::migrationFromVersion2()
{
    m_library.reset();
    const QString path = TestSupport::copyFixture(*m_dir, QStringLiteral("library-v2.kintsugi"));
    auto lib = Library::open(path);
    QVERIFY2(lib.ok(), qPrintable(lib.error()));
    m_library = std::move(lib).value();
    QCOMPARE(m_library->database().schemaVersion(), 3);
    QVERIFY(m_library->database().integrityProblems().isEmpty());
    QCOMPARE(m_library->retroTemplates().templates()->size(), 6);
    const auto stories = m_library->stories().summaries().value();
    QVERIFY(!stories.isEmpty());
    const qint64 id =
        newRetro(QStringLiteral("After the upgrade"), QStringLiteral("Ops"), QDate(2026, 4, 1), stories.first().id);
    QVERIFY(id > 0);
    RetroDocument* doc = m_library->retroDocument(id);
    QVERIFY(doc);
    QVERIFY(doc->addCard(m_library->retros().columns(id)->first().id, QStringLiteral("Works")).ok());
    QCOMPARE(m_library->retros().retros()->size(), 1);
    QCOMPARE(m_library->retros().retro(id)->storyId, stories.first().id);
    // Deleting the story unlinks the retro, and keeps it.
    QVERIFY(m_library->stories().remove(stories.first().id).ok());
    QCOMPARE(m_library->retros().retro(id)->storyId, qint64(0));
}

void TestRetroStore::readOnlyRefusesEdits()
{
    const qint64 id = newRetro(QStringLiteral("Frozen"), QString(), QDate(2026, 1, 1));
    const QString path = m_library->path();
    m_library.reset();
    auto lib = Library::open(path, LibraryDatabase::OpenMode::ReadOnly);
    QVERIFY2(lib.ok(), qPrintable(lib.error()));
    m_library = std::move(lib).value();
    RetroDocument* doc = m_library->retroDocument(id);
    QVERIFY(doc);
    QVERIFY(doc->isReadOnly());
    QSignalSpy failed(doc, &RetroDocument::editFailed);
    auto card = doc->addCard(m_library->retros().columns(id)->first().id, QStringLiteral("No"));
    QVERIFY(!card.ok());
    QVERIFY(!card.error().isEmpty());
    QCOMPARE(failed.count(), 1);
    QVERIFY(!doc->editField(RetroField::Title, QStringLiteral("Other")).ok());
    QCOMPARE(doc->undoStack()->count(), 0); // failed edits leave no undo step
    QCOMPARE(m_library->retros().retro(id)->title, QStringLiteral("Frozen"));
    QVERIFY(!m_library->deleteRetro(id).ok());
}

QTEST_GUILESS_MAIN(TestRetroStore)
#include "TestRetroStore.moc"
