#include "fonts.h"

#include <QFontDatabase>
#include <QStringList>

namespace {

QString firstInstalled(const QStringList &candidates)
{
    const QStringList installed = QFontDatabase().families();
    for (const QString &family : candidates) {
        if (installed.contains(family, Qt::CaseInsensitive))
            return family;
    }
    return QString();
}

QStringList uiCandidates()
{
    return {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
            QStringLiteral("Source Han Sans CN"), QStringLiteral("Microsoft YaHei"),
            QStringLiteral("PingFang SC"), QStringLiteral("WenQuanYi Micro Hei")};
}

QStringList readingCandidates()
{
    return {QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Source Han Serif SC"),
            QStringLiteral("Source Han Serif CN"), QStringLiteral("Songti SC"),
            QStringLiteral("SimSun"), QStringLiteral("AR PL UMing CN")};
}

} // namespace

QString Fonts::uiFamily()
{
    static const QString family = firstInstalled(uiCandidates());
    return family;
}

QString Fonts::readingFamily()
{
    // A sans SC face still beats a serif that would fall back to JP shapes.
    static const QString family = [] {
        const QString serif = firstInstalled(readingCandidates());
        return serif.isEmpty() ? uiFamily() : serif;
    }();
    return family;
}

QFont Fonts::uiFont(const QFont &base)
{
    QFont font = base;
    const QString family = uiFamily();
    if (!family.isEmpty())
        font.setFamilies({family, base.family()});
    return font;
}

QFont Fonts::readingFont(qreal pointSize)
{
    QFont font;
    const QString family = readingFamily();
    if (!family.isEmpty()) {
        font.setFamily(family);
        font.setFamilies({family, uiFamily()});
    }
    font.setStyleHint(QFont::Serif);
    font.setPointSizeF(pointSize);
    return font;
}
