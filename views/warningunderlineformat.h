#pragma once

#include "warningunderlines.h"

#include <QList>
#include <QTextEdit>

class QTextDocument;

/// How the reader draws copy-check warnings: a wavy underline coloured by
/// severity (red errors, orange warnings, blue infos), the message as tooltip;
/// accepted warnings keep their underline, dotted.
class WarningUnderlineFormat
{
public:
    static QTextCharFormat format(CheckSeverity severity, WarningState state, const QString &tooltip);
    /// Extra selections for `underlines`, whose ranges are positions in
    /// `document` (ranges outside it are skipped).
    static QList<QTextEdit::ExtraSelection> selections(QTextDocument *document,
                                                       const QVector<WarningUnderline> &underlines);
};
