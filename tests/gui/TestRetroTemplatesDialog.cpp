#include "MessageBox.h"
#include "TestSupport.h"
#include "document/Library.h"
#include "models/RetroTemplateModel.h"
#include "retro/RetroTemplatesDialog.h"
#include "storage/RetroTemplateStore.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

// Retro ▸ Templates…: the library's own templates are created, edited, duplicated from a built-in
// one and deleted through the real dialog; built-in templates stay read-only.
class TestRetroTemplatesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void builtInTemplatesAreReadOnly();
    void createEditAndSave();
    void duplicateBuiltInAndDelete();

private:
    QPushButton* button(const char* name) const { return m_dialog->findChild<QPushButton*>(QLatin1String(name)); }
    QLineEdit* nameEdit() const { return m_dialog->findChild<QLineEdit*>(QStringLiteral("templateNameEdit")); }
    int rowOfName(const QString& name) const;

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    RetroTemplatesDialog* m_dialog = nullptr;
};

void TestRetroTemplatesDialog::initTestCase()
{
    QVERIFY(m_home.isValid());
    TestSupport::isolateUserFiles(m_home);
}

void TestRetroTemplatesDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto opened = Library::open(TestSupport::libraryPath(*m_dir));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_library = std::move(opened).value();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_library->retroTemplateModel(),
                                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_dialog = new RetroTemplatesDialog(m_library->retroTemplateModel());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
}

void TestRetroTemplatesDialog::cleanup()
{
    delete m_dialog;
    m_dialog = nullptr;
    m_tester.reset();
    m_library.reset();
    m_dir.reset();
    MessageBox::setAutoAnswer(std::nullopt);
}

int TestRetroTemplatesDialog::rowOfName(const QString& name) const
{
    RetroTemplateModel* model = m_library->retroTemplateModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->templateAt(row).name == name) {
            return row;
        }
    }
    return -1;
}

void TestRetroTemplatesDialog::builtInTemplatesAreReadOnly()
{
    // The six built-in templates come first and the first is shown.
    QCOMPARE(m_library->retroTemplateModel()->rowCount(), 6);
    QVERIFY(m_library->retroTemplateModel()->templateAt(0).builtin);
    QCOMPARE(m_dialog->currentTemplateId(), m_library->retroTemplateModel()->templateAt(0).id);
    QVERIFY(nameEdit()->isReadOnly());
    QVERIFY(!button("templateSaveButton")->isEnabled());
    QVERIFY(!button("templateDeleteButton")->isEnabled());
    QVERIFY(button("templateDuplicateButton")->isEnabled());
    QVERIFY(m_dialog->findChild<QLabel*>(QStringLiteral("templateInfoLabel"))
                ->text()
                .contains(QStringLiteral("Duplicate")));
}

void TestRetroTemplatesDialog::createEditAndSave()
{
    QTest::mouseClick(button("templateNewButton"), Qt::LeftButton);
    const qint64 id = m_dialog->currentTemplateId();
    QVERIFY(id > 0);
    QCOMPARE(m_library->retroTemplateModel()->rowCount(), 7);
    QVERIFY(!nameEdit()->isReadOnly());
    QVERIFY(nameEdit()->hasFocus());

    // Rename by typing over the selected name, then add a third column with a prompt.
    QTest::keyClicks(nameEdit(), QStringLiteral("Team health"));
    QCOMPARE(nameEdit()->text(), QStringLiteral("Team health"));
    QTableWidget* columns = m_dialog->columns();
    QCOMPARE(columns->rowCount(), 2);
    QTest::mouseClick(button("templateAddColumnButton"), Qt::LeftButton);
    QCOMPARE(columns->rowCount(), 3);
    columns->item(2, 0)->setText(QStringLiteral("Energy"));
    columns->setItem(2, 1, new QTableWidgetItem(QStringLiteral("How much energy did we have?")));
    QTest::mouseClick(button("templateSaveButton"), Qt::LeftButton);

    auto saved = m_library->retroTemplates().templ(id);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QCOMPARE(saved->name, QStringLiteral("Team health"));
    QVERIFY(!saved->builtin);
    QCOMPARE(saved->columns.size(), 3);
    QCOMPARE(saved->columns.at(2).title, QStringLiteral("Energy"));
    QCOMPARE(saved->columns.at(2).prompt, QStringLiteral("How much energy did we have?"));
    QVERIFY(rowOfName(QStringLiteral("Team health")) >= 0);

    // Removing a column and saving again writes the shorter list.
    columns->setCurrentCell(0, 0);
    QTest::mouseClick(button("templateRemoveColumnButton"), Qt::LeftButton);
    QTest::mouseClick(button("templateSaveButton"), Qt::LeftButton);
    QCOMPARE(m_library->retroTemplates().templ(id)->columns.size(), 2);
    QCOMPARE(m_library->retroTemplates().templ(id)->columns.at(0).title, QStringLiteral("To improve"));
}

void TestRetroTemplatesDialog::duplicateBuiltInAndDelete()
{
    const RetroTemplate builtin = m_library->retroTemplateModel()->templateAt(0);
    QTest::mouseClick(button("templateDuplicateButton"), Qt::LeftButton);
    const qint64 copyId = m_dialog->currentTemplateId();
    QVERIFY(copyId != builtin.id);
    auto copy = m_library->retroTemplates().templ(copyId);
    QVERIFY(copy.ok());
    QVERIFY(!copy->builtin);
    QVERIFY(copy->name != builtin.name);
    QCOMPARE(copy->columns.size(), builtin.columns.size());
    for (int i = 0; i < builtin.columns.size(); ++i) {
        QCOMPARE(copy->columns.at(i).title, builtin.columns.at(i).title);
        QCOMPARE(copy->columns.at(i).prompt, builtin.columns.at(i).prompt);
    }

    // "No" keeps it; "Yes" deletes it; the built-in one stays.
    MessageBox::setAutoAnswer(QMessageBox::No);
    QTest::mouseClick(button("templateDeleteButton"), Qt::LeftButton);
    QVERIFY(m_library->retroTemplates().templ(copyId).ok());
    MessageBox::setAutoAnswer(QMessageBox::Yes);
    QTest::mouseClick(button("templateDeleteButton"), Qt::LeftButton);
    QVERIFY(!m_library->retroTemplates().templ(copyId).ok());
    QCOMPARE(m_library->retroTemplateModel()->rowCount(), 6);
    QVERIFY(m_library->retroTemplates().templ(builtin.id).ok());
}

QTEST_MAIN(TestRetroTemplatesDialog)
#include "TestRetroTemplatesDialog.moc"
