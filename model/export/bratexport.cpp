#include "bratexport.h"

#include "articlemarks.h"

#include <QMap>

namespace {

QString basePath(const QString &path)
{
    if (path.endsWith(QStringLiteral(".ann")) || path.endsWith(QStringLiteral(".txt")))
        return path.left(path.size() - 4);
    return path;
}

int codePointLength(const QString &text)
{
    int length = 0;
    for (const QChar c : text) {
        if (!c.isLowSurrogate())
            ++length;
    }
    return length;
}

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return text;
}

struct Fragment
{
    int start = 0;
    int end = 0;
    QString text;
};

void addFragment(QVector<Fragment> &fragments, int start, int end, const QString &text)
{
    if (!fragments.isEmpty() && fragments.constLast().end == start) {
        fragments.last().end = end;
        fragments.last().text += text;
    } else {
        fragments.append({start, end, text});
    }
}

QString bratLine(const QString &id, const QString &type, const QVector<Fragment> &fragments)
{
    QStringList ranges;
    QStringList texts;
    for (const Fragment &fragment : fragments) {
        ranges << QString::number(fragment.start) + QLatin1Char(' ') + QString::number(fragment.end);
        texts << fragment.text;
    }
    return id + QLatin1Char('\t') + type + QLatin1Char(' ') + ranges.join(QLatin1Char(';')) + QLatin1Char('\t')
        + texts.join(QLatin1Char(' ')) + QLatin1Char('\n');
}

} // namespace

QString BratExportWriter::typeName(const QString &label)
{
    QString name = label.trimmed();
    for (QChar &c : name) {
        if (c.isSpace() || c == QLatin1Char(';') || c == QLatin1Char(':') || c == QLatin1Char('='))
            c = QLatin1Char('_');
    }
    return name.isEmpty() ? QStringLiteral("Label") : name;
}

QStringList BratExportWriter::outputPaths(const QString &path) const
{
    const QString base = basePath(path);
    return {base + QStringLiteral(".txt"), base + QStringLiteral(".ann")};
}

Result<bool> BratExportWriter::write(const ExportDocument &document, const QString &path,
                                     const ExportProgress &progress) const
{
    QString txt;
    QString ann;
    int position = 0;  // code points written to txt so far
    int nextT = 1;
    int nextNote = 1;
    const auto append = [&](const QString &text) {
        txt += text;
        position += codePointLength(text);
    };
    const int total = document.articles.size();
    for (int i = 0; i < total; ++i) {
        if (!progress.step(i, total))
            return cancelledError();
        const ExportArticle &article = document.articles.at(i);
        if (i > 0)
            append(QStringLiteral("\n"));
        const MarkedArticle marked = MarkedArticle::build(article, document.pages.value(article.pageId));
        QMap<int, QVector<Fragment>> spanFragments;
        QMap<int, QVector<Fragment>> warningFragments;
        for (const MarkedBlock &block : marked.blocks) {
            for (const MarkedRun &run : block.runs) {
                const int start = position;
                append(run.text);
                for (int s : run.spans)
                    addFragment(spanFragments[s], start, position, run.text);
                for (int w : run.warnings)
                    addFragment(warningFragments[w], start, position, run.text);
            }
            append(QStringLiteral("\n"));
        }
        if (!article.byline.isEmpty())
            append(article.byline.join(QLatin1Char(' ')) + QLatin1Char('\n'));
        for (auto it = spanFragments.cbegin(); it != spanFragments.cend(); ++it) {
            const ExportSpan &span = article.spans.at(it.key());
            const QString id = QLatin1Char('T') + QString::number(nextT++);
            ann += bratLine(id, typeName(span.label), it.value());
            if (!span.comment.isEmpty())
                ann += QLatin1Char('#') + QString::number(nextNote++) + QStringLiteral("\tAnnotatorNotes ") + id
                    + QLatin1Char('\t') + oneLine(span.comment) + QLatin1Char('\n');
        }
        for (auto it = warningFragments.cbegin(); it != warningFragments.cend(); ++it) {
            const ExportWarning &warning = article.warnings.at(it.key());
            const QString id = QLatin1Char('T') + QString::number(nextT++);
            ann += bratLine(id, QStringLiteral("Copy_warning"), it.value());
            ann += QLatin1Char('#') + QString::number(nextNote++) + QStringLiteral("\tAnnotatorNotes ") + id
                + QLatin1Char('\t') + oneLine(warning.check + QStringLiteral(": ") + ExportText::warningText(warning))
                + QLatin1Char('\n');
        }
    }
    const QStringList paths = outputPaths(path);
    Result<bool> written = writeFile(paths.at(0), txt.toUtf8());
    if (!written)
        return written;
    return writeFile(paths.at(1), ann.toUtf8());
}
