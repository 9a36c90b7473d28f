#include "util/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Translations {

bool install(const QLocale& locale)
{
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale,
                 QStringLiteral("qtbase"),
                 QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    auto* own = new QTranslator(QCoreApplication::instance());
    if (own->load(locale, QStringLiteral("kintsugi"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    // No catalogue for this language (or the C locale): English, whose catalogue holds only the
    // plural forms ("1 story", "2 stories").
    if (own->load(QStringLiteral(":/i18n/kintsugi_en.qm"))) {
        QCoreApplication::installTranslator(own);
        return false;
    }
    delete own;
    return false;
}

} // namespace Translations
