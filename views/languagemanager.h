#pragma once

#include <QObject>
#include <QString>

class QTranslator;

enum class UiLanguage {
    System,
    Chinese,
    English,
};

/// Installs the program's and Qt's translations and switches them at run
/// time. Installing or removing a translator makes Qt send LanguageChange
/// to every widget, which is where each widget retranslates itself.
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    /// What System resolves to: Chinese for any zh locale, English otherwise.
    static UiLanguage resolve(UiLanguage language);
    static QString settingsKey(UiLanguage language);
    static UiLanguage fromSettingsKey(const QString &key);

    void apply(UiLanguage language);
    UiLanguage language() const { return m_language; }
    /// The language actually shown.
    UiLanguage effectiveLanguage() const { return resolve(m_language); }

private:
    void removeTranslators();

    UiLanguage m_language = UiLanguage::System;
    QTranslator *m_appTranslator = nullptr;
    QTranslator *m_qtTranslator = nullptr;
};
