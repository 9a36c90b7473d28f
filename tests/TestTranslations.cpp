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
    void englishPluralsAreUsed();
    void germanIsShipped();
    void germanIsUsed();
};

// English is the source language; its catalogue gives only the plural forms, so "%n dot(s)"
// reads "1 dot" and "3 dots" (also as the fallback for languages without a catalogue).
void TestTranslations::englishPluralsAreUsed()
{
    const auto dots = [](int n) { return QCoreApplication::translate("RetroSummary", "%n dot(s)", nullptr, n); };
    QCOMPARE(dots(1), QStringLiteral("1 dot(s)"));
    Translations::install(QLocale(QLocale::French, QLocale::France));
    QCOMPARE(dots(1), QStringLiteral("1 dot"));
    QCOMPARE(dots(3), QStringLiteral("3 dots"));
    QCOMPARE(QCoreApplication::translate("PostmortemImport", "Import %n stories", nullptr, 1),
             QStringLiteral("Import 1 story"));
    // Strings without a plural stay as written.
    QCOMPARE(StoryRules::statusName(StoryStatus::Draft), QStringLiteral("Draft"));
}

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
