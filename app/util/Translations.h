#pragma once

#include <QLocale>

// Installs Kintsugi's and Qt's translations for `locale` (the system locale by default) on the
// running application. Returns true when Kintsugi's own catalogue for the language was found.
namespace Translations {
bool install(const QLocale& locale = QLocale());
}
