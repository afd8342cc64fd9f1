#pragma once

#include <QColor>
#include <QPalette>

/// Background tints for marks in the text, derived from the palette so they
/// stay readable in light and dark themes: each hue is blended into the
/// base colour instead of being painted as a fixed colour.
namespace Tints {
QColor mix(const QColor &base, const QColor &tint, qreal amount);
/// The tint of the article with this index on its page; neighbours differ.
QColor article(const QPalette &palette, int articleIndex, bool current = false);
/// Repaired text: rejoined paragraphs, reordered sections, moved text.
QColor repair(const QPalette &palette);
/// Text the editor must look at: cut paragraphs, fragments, orphans.
QColor warning(const QPalette &palette);
/// Duplicated passages.
QColor duplicate(const QPalette &palette);
/// Find matches, and the current match.
QColor match(const QPalette &palette, bool current);
/// Secondary text (kicker, byline, captions) that still reads in dark mode.
QColor muted(const QPalette &palette);
/// The warning hue itself, for glyphs in the margin.
QColor warningInk(const QPalette &palette);
QColor repairInk(const QPalette &palette);
bool isDark(const QPalette &palette);
/// A span label's colour as a background that keeps the text readable.
QColor label(const QPalette &palette, const QColor &colour, bool current = false);
/// The label's colour as ink (underline, swatch) on this background.
QColor labelInk(const QPalette &palette, const QColor &colour);
} // namespace Tints
