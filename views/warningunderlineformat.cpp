#include "warningunderlineformat.h"

#include <QTextCursor>
#include <QTextDocument>

QTextCharFormat WarningUnderlineFormat::format(CheckSeverity severity, WarningState state, const QString &tooltip)
{
    QTextCharFormat format;
    format.setUnderlineStyle(state == WarningState::Accepted ? QTextCharFormat::DotLine
                                                             : QTextCharFormat::WaveUnderline);
    switch (severity) {
    case CheckSeverity::Error:
        format.setUnderlineColor(QColor(0xd0, 0x21, 0x21));
        break;
    case CheckSeverity::Warning:
        format.setUnderlineColor(QColor(0xe0, 0x8a, 0x00));
        break;
    case CheckSeverity::Info:
        format.setUnderlineColor(QColor(0x2a, 0x7a, 0xd6));
        break;
    }
    format.setToolTip(tooltip);
    return format;
}

QList<QTextEdit::ExtraSelection> WarningUnderlineFormat::selections(QTextDocument *document,
                                                                    const QVector<WarningUnderline> &underlines)
{
    QList<QTextEdit::ExtraSelection> out;
    if (!document)
        return out;
    const int last = document->characterCount() - 1;
    for (const WarningUnderline &underline : underlines) {
        if (underline.range.isEmpty() || underline.range.begin < 0 || underline.range.end > last)
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document);
        selection.cursor.setPosition(underline.range.begin);
        selection.cursor.setPosition(underline.range.end, QTextCursor::KeepAnchor);
        selection.format = format(underline.severity, underline.state, underline.message);
        out.append(selection);
    }
    return out;
}
