#include "benchcorpus.h"

#include <QDirIterator>
#include <QFileInfo>

namespace BenchCorpus {

QStringList pageFiles(const QString &directory, const QString &pattern)
{
    QStringList files;
    for (QDirIterator it(directory, {pattern}, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
        files << it.next();
    files.sort();
    return files;
}

qint64 totalBytes(const QStringList &files)
{
    qint64 bytes = 0;
    for (const QString &file : files)
        bytes += QFileInfo(file).size();
    return bytes;
}

} // namespace BenchCorpus
