#pragma once

#include <QString>
#include <QStringList>

/// The page files of a corpus yuegao_corpusgen wrote (1 000 pages per
/// subfolder), as every benchmark reads them.
namespace BenchCorpus {

/// The files under `directory`, subfolders included, matching `pattern`,
/// sorted by path so every run and every program sees the same order.
QStringList pageFiles(const QString &directory, const QString &pattern = QStringLiteral("*.txt"));

/// Their total size in bytes.
qint64 totalBytes(const QStringList &files);

} // namespace BenchCorpus
