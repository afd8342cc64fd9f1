#include "entityfigurefinder.h"

#include <QRegularExpression>

QVector<FigureMention> EntityFigureFinder::find(const EntityText &text) const
{
    // Longer units first, so 平方公里 is not 平方 + 公里 and 人次 not 人.
    static const QRegularExpression figure(
        QStringLiteral("(?<![0-9A-Za-z.．０-９])([0-9０-９]+(?:[.．][0-9０-９]+)?)(余|多)?([万亿千百]?)(余|多)?"
                       "(平方公里|平方米|万平方米|公里|千米|千克|公斤|公顷|人次|场次|台次|户次|小时|分钟|周岁|"
                       "亿元|万元|元|人|名|个|户|所|家|场|次|件|处|辆|套|篇|项|支|条|吨|台|天|岁|%|％|倍|座|间|栋|块|"
                       "张|本|份|米|亩|批|位|头|只|年|期|届|部|种|类|单元|册|首|幅|棵|株|盏|根|余)?"));
    QVector<FigureMention> found;
    QRegularExpressionMatchIterator it = figure.globalMatch(text.text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString number = match.captured(1);
        const QString multiplier = match.captured(3);
        QString unit = match.captured(5);
        if (unit == QStringLiteral("余"))
            unit.clear();
        if (unit.isEmpty() && multiplier.isEmpty())
            continue;
        QString normalised = number;
        for (QChar &c : normalised) {
            if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
                c = QChar(c.unicode() - 0xFF10 + '0');
            else if (c.unicode() == 0xFF0E)
                c = QLatin1Char('.');
        }
        double value = normalised.toDouble();
        // "2021年" is a date, "15年" a span of years.
        if (unit == QStringLiteral("年") && (value >= 1000 || normalised.contains(QLatin1Char('.'))))
            continue;
        if (multiplier == QStringLiteral("万"))
            value *= 1e4;
        else if (multiplier == QStringLiteral("亿"))
            value *= 1e8;
        else if (multiplier == QStringLiteral("千"))
            value *= 1e3;
        else if (multiplier == QStringLiteral("百"))
            value *= 1e2;
        if (unit == QStringLiteral("亿元")) {
            value *= 1e8;
            unit = QStringLiteral("元");
        } else if (unit == QStringLiteral("万元")) {
            value *= 1e4;
            unit = QStringLiteral("元");
        } else if (unit == QStringLiteral("万平方米")) {
            value *= 1e4;
            unit = QStringLiteral("平方米");
        } else if (unit == QStringLiteral("％")) {
            unit = QStringLiteral("%");
        }
        FigureMention mention;
        mention.text = match.captured(0);
        mention.value = value;
        mention.unit = unit;
        mention.range = {text.offset + int(match.capturedStart(0)), text.offset + int(match.capturedEnd(0))};
        found.append(mention);
    }
    return found;
}
