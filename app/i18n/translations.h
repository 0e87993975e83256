// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>

// The one place that puts the user's language into effect, for the GUI and for the headless
// `gong-directory export` alike: our own catalog (":/i18n/gongdirectory_<lang>.qm", embedded by
// the app) and Qt's (qtbase_<lang>.qm from Qt's translations folder, when installed).
namespace Translations {
// Needs a QCoreApplication. Replaces what an earlier call installed, so a test can switch
// languages. Returns whether our own catalog was found for `locale` (English needs none).
bool install(const QLocale& locale = QLocale());
// Removes what install() put in place.
void remove();
} // namespace Translations
