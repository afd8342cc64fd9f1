#pragma once

#include <QFont>
#include <QString>

/// The typefaces, chosen on purpose.
///
/// Without an explicit Simplified Chinese family, fontconfig under a
/// non-Chinese locale resolves Han characters to Noto Sans CJK JP, which
/// draws Japanese glyph shapes (e.g. 直, 骨, 写). Naming the SC faces makes
/// every locale read Chinese as printed in mainland newspapers.
namespace Fonts {
/// Sans face for menus, lists and dialogs.
QString uiFamily();
/// Serif (Song/Ming style) face for reading articles.
QString readingFamily();
/// `base` with the UI family; keeps the platform's size.
QFont uiFont(const QFont &base);
QFont readingFont(qreal pointSize);
} // namespace Fonts
