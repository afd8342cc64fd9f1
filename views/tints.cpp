#include "tints.h"

#include <QtMath>

bool Tints::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor Tints::mix(const QColor &base, const QColor &tint, qreal amount)
{
    const qreal keep = 1.0 - amount;
    return QColor::fromRgbF(base.redF() * keep + tint.redF() * amount,
                            base.greenF() * keep + tint.greenF() * amount,
                            base.blueF() * keep + tint.blueF() * amount);
}

QColor Tints::article(const QPalette &palette, int articleIndex, bool current)
{
    // Golden-angle steps keep neighbouring articles far apart on the wheel.
    const int hue = int(std::fmod(30.0 + articleIndex * 137.508, 360.0));
    const QColor tint = QColor::fromHsv(hue, 200, 230);
    const qreal amount = isDark(palette) ? (current ? 0.42 : 0.22) : (current ? 0.36 : 0.16);
    return mix(palette.color(QPalette::Base), tint, amount);
}

QColor Tints::repair(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), QColor(70, 140, 230), isDark(palette) ? 0.28 : 0.14);
}

QColor Tints::warning(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), QColor(235, 150, 30), isDark(palette) ? 0.30 : 0.18);
}

QColor Tints::duplicate(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), QColor(170, 90, 210), isDark(palette) ? 0.30 : 0.16);
}

QColor Tints::match(const QPalette &palette, bool current)
{
    const QColor yellow(255, 205, 0);
    const QColor orange(255, 130, 0);
    return mix(palette.color(QPalette::Base), current ? orange : yellow, isDark(palette) ? 0.55 : 0.6);
}

QColor Tints::muted(const QPalette &palette)
{
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.38);
}

QColor Tints::warningInk(const QPalette &palette)
{
    return isDark(palette) ? QColor(255, 180, 80) : QColor(190, 100, 0);
}

QColor Tints::repairInk(const QPalette &palette)
{
    return isDark(palette) ? QColor(120, 180, 255) : QColor(30, 100, 200);
}

QColor Tints::label(const QPalette &palette, const QColor &colour, bool current)
{
    const qreal amount = isDark(palette) ? (current ? 0.55 : 0.40) : (current ? 0.45 : 0.30);
    return mix(palette.color(QPalette::Base), colour, amount);
}

QColor Tints::labelInk(const QPalette &palette, const QColor &colour)
{
    // Dark backgrounds need the hue lighter to stand out, light ones darker.
    return isDark(palette) ? colour.lighter(130) : colour.darker(115);
}
