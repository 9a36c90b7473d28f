#include "domain/Story.h"
#include "domain/StoryRules.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void germanIsShipped();
    void germanIsUsed();
};

void TestTranslations::germanIsShipped()
{
    QTranslator translator;
    QVERIFY(translator.load(QLocale(QLocale::German, QLocale::Germany),
                            QStringLiteral("kintsugi"),
                            QStringLiteral("_"),
                            QStringLiteral(":/i18n")));
    QVERIFY(!translator.isEmpty());
}

void TestTranslations::germanIsUsed()
{
    QCOMPARE(StoryRules::statusName(StoryStatus::Draft), QStringLiteral("Draft"));
    QVERIFY(Translations::install(QLocale(QLocale::German, QLocale::Germany)));
    QCOMPARE(StoryRules::statusName(StoryStatus::Draft), QStringLiteral("Entwurf"));
    QCOMPARE(StoryRules::sectionTitle(Section::GotLucky), QStringLiteral("Wo wir Glück hatten"));
    QCOMPARE(Story {}.displayTitle(), QCoreApplication::translate("Story", "Untitled story"));
    QVERIFY(Story {}.displayTitle() != QStringLiteral("Untitled story"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
