// SPDX-License-Identifier: MIT
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace {
QPointer<QTranslator> s_app;
QPointer<QTranslator> s_qt;

void drop(QPointer<QTranslator>& translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
}

// A translator owned by the application, or nullptr when `locale` has no such catalog.
QTranslator* load(const QLocale& locale, const QString& name, const QString& directory)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, QStringLiteral("_"), directory) &&
        QCoreApplication::installTranslator(translator))
        return translator;
    delete translator;
    return nullptr;
}
} // namespace

namespace Translations {
bool install(const QLocale& locale)
{
    remove();
    if (!QCoreApplication::instance())
        return false;
    s_qt = load(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    s_app = load(locale, QStringLiteral("gongdirectory"), QStringLiteral(":/i18n"));
    return !s_app.isNull();
}

void remove()
{
    drop(s_app);
    drop(s_qt);
}
} // namespace Translations
