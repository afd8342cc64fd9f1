#include "tablewriter.h"

#include <QAbstractItemModel>
#include <QSaveFile>

namespace {

QString csvField(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString cellText(const QAbstractItemModel &model, int row, int column)
{
    return model.data(model.index(row, column), Qt::DisplayRole).toString();
}

QString headerText(const QAbstractItemModel &model, int column)
{
    return model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
}

} // namespace

QString TableWriter::toCsv(const QAbstractItemModel &model)
{
    QString out(QChar(0xFEFF));
    const int columns = model.columnCount();
    QStringList fields;
    for (int column = 0; column < columns; ++column)
        fields << csvField(headerText(model, column));
    out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (int row = 0; row < model.rowCount(); ++row) {
        fields.clear();
        for (int column = 0; column < columns; ++column)
            fields << csvField(cellText(model, row, column));
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

QString TableWriter::toHtml(const QAbstractItemModel &model, const QString &title, const QString &note)
{
    QString out = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>") + title.toHtmlEscaped()
                  + QStringLiteral("</title>\n<style>table{border-collapse:collapse}"
                                   "td,th{border:1px solid #999;padding:2px 6px}"
                                   "td.n{text-align:right}</style></head><body>\n");
    if (!title.isEmpty())
        out += QStringLiteral("<h1>") + title.toHtmlEscaped() + QStringLiteral("</h1>\n");
    if (!note.isEmpty())
        out += QStringLiteral("<p>") + note.toHtmlEscaped() + QStringLiteral("</p>\n");
    out += QStringLiteral("<table>\n<tr>");
    const int columns = model.columnCount();
    for (int column = 0; column < columns; ++column)
        out += QStringLiteral("<th>") + headerText(model, column).toHtmlEscaped() + QStringLiteral("</th>");
    out += QStringLiteral("</tr>\n");
    for (int row = 0; row < model.rowCount(); ++row) {
        out += QStringLiteral("<tr>");
        for (int column = 0; column < columns; ++column) {
            const QVariant alignment = model.data(model.index(row, column), Qt::TextAlignmentRole);
            const bool right = alignment.isValid() && (alignment.toInt() & Qt::AlignRight);
            out += (right ? QStringLiteral("<td class=\"n\">") : QStringLiteral("<td>"))
                   + cellText(model, row, column).toHtmlEscaped() + QStringLiteral("</td>");
        }
        out += QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</table>\n</body></html>\n");
    return out;
}

Result<bool> TableWriter::write(const QAbstractItemModel &model, Format format, const QString &path,
                                const QString &title, const QString &note)
{
    const QString text = format == Format::Html ? toHtml(model, title, note) : toCsv(model);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorCode::Unreadable, tr("Cannot write %1: %2").arg(path, file.errorString())};
    file.write(text.toUtf8());
    if (!file.commit())
        return Error{ErrorCode::Other, tr("Cannot write %1: %2").arg(path, file.errorString())};
    return true;
}

TableWriter::Format TableWriter::formatForPath(const QString &path)
{
    const QString lower = path.toLower();
    return lower.endsWith(QLatin1String(".html")) || lower.endsWith(QLatin1String(".htm")) ? Format::Html : Format::Csv;
}
