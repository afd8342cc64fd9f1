#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

static void initTranslationResources()
{
    // The .qm files are compiled into this static library; a static
    // library's resources are registered only when asked for by name.
    Q_INIT_RESOURCE(yuegao_translations);
}

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
    initTranslationResources();
}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

UiLanguage LanguageManager::resolve(UiLanguage language)
{
    if (language != UiLanguage::System)
        return language;
    return QLocale::system().language() == QLocale::Chinese ? UiLanguage::Chinese : UiLanguage::English;
}

QString LanguageManager::settingsKey(UiLanguage language)
{
    switch (language) {
    case UiLanguage::Chinese:
        return QStringLiteral("zh_CN");
    case UiLanguage::English:
        return QStringLiteral("en");
    case UiLanguage::System:
        break;
    }
    return QStringLiteral("system");
}

UiLanguage LanguageManager::fromSettingsKey(const QString &key)
{
    if (key.startsWith(QLatin1String("zh"), Qt::CaseInsensitive))
        return UiLanguage::Chinese;
    if (key.startsWith(QLatin1String("en"), Qt::CaseInsensitive))
        return UiLanguage::English;
    return UiLanguage::System;
}

void LanguageManager::removeTranslators()
{
    for (QTranslator **translator : {&m_appTranslator, &m_qtTranslator}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
}

void LanguageManager::apply(UiLanguage language)
{
    const bool firstTime = !m_appTranslator && !m_qtTranslator;
    const UiLanguage before = effectiveLanguage();
    m_language = language;
    const UiLanguage shown = effectiveLanguage();
    if (!firstTime && shown == before)
        return;

    removeTranslators();
    if (shown == UiLanguage::Chinese) {
        m_appTranslator = new QTranslator(this);
        if (m_appTranslator->load(QStringLiteral(":/translations/yuegao_zh_CN.qm")))
            QCoreApplication::installTranslator(m_appTranslator);
        // Qt's own strings: standard buttons, context menus of text fields.
        m_qtTranslator = new QTranslator(this);
        if (m_qtTranslator->load(QStringLiteral("qt_zh_CN"), QLibraryInfo::location(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(m_qtTranslator);
    } else if (!firstTime) {
        // Removing the translators already sent LanguageChange; English is
        // the source language, nothing to install.
    }
    QLocale::setDefault(shown == UiLanguage::Chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                                     : QLocale(QLocale::English, QLocale::UnitedStates));
}
