#pragma once

#include "exportdocument.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

/// The formats yuegao exports to.
enum class ExportFormat {
    Json,       ///< one JSON document (schema in README.md)
    JsonLines,  ///< one article a line
    Csv,        ///< two files: articles and annotations
    Markdown,
    Html,       ///< a self-contained review report
    Pdf,
    Odt,        ///< OpenDocument Text
    JsonLd,     ///< W3C Web Annotation (an AnnotationCollection)
    Brat,       ///< brat standoff: .txt + .ann
    Docx,       ///< Word, annotations and warnings as comments
};

/// Every format, in the order the dialog lists them.
QVector<ExportFormat> exportFormats();
/// "json", "jsonl", "csv", …: the names of `yuegao export --format`.
QString exportFormatName(ExportFormat format);
bool exportFormatFromName(const QString &name, ExportFormat *format);
/// Translated, for the dialog.
QString exportFormatLabel(ExportFormat format);
/// The file suffix without the dot ("json", "md", …).
QString exportFormatSuffix(ExportFormat format);

/// What a writer reports while it works, and how it learns it should stop.
/// Writers call step() between items and give up with ErrorCode::Cancelled
/// when it returns false.
class ExportProgress
{
public:
    using Callback = std::function<void(int done, int total)>;

    ExportProgress() = default;
    ExportProgress(const std::atomic<bool> *cancel, Callback callback)
        : m_cancel(cancel), m_callback(std::move(callback))
    {
    }

    bool isCancelled() const { return m_cancel && m_cancel->load(); }
    /// Reports progress; false when the export was cancelled.
    bool step(int done, int total) const
    {
        if (m_callback)
            m_callback(done, total);
        return !isCancelled();
    }

private:
    const std::atomic<bool> *m_cancel = nullptr;
    Callback m_callback;
};

/// One format's writer. Writers are stateless: one may serve many exports.
/// A writer never leaves a half-written file: it writes through QSaveFile
/// (or a temporary file it renames), so a failed or cancelled export keeps
/// whatever was there.
class ExportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ExportWriter)

public:
    virtual ~ExportWriter() = default;
    virtual ExportFormat format() const = 0;
    /// The files an export to `path` writes (CSV and brat write two).
    virtual QStringList outputPaths(const QString &path) const { return {path}; }
    virtual Result<bool> write(const ExportDocument &document, const QString &path,
                               const ExportProgress &progress) const = 0;

protected:
    static Error cancelledError();
    static Error writeError(const QString &path, const QString &reason);
    /// Writes `bytes` to `path` atomically.
    static Result<bool> writeFile(const QString &path, const QByteArray &bytes);
};

std::unique_ptr<ExportWriter> createExportWriter(ExportFormat format);

/// An export to run: the snapshot, the format, where, and whether existing
/// files may be replaced (the GUI asks the user first).
struct ExportRequest
{
    ExportFormat format = ExportFormat::Json;
    QString path;
    bool overwrite = false;
};

/// What an export wrote.
struct ExportOutcome
{
    QStringList files;
    int articles = 0;
    int spans = 0;
    int warnings = 0;
};

/// Runs one export: checks the destination, adds the warnings when asked
/// (the slow part besides PDF), writes. Runnable on any thread
/// (QtConcurrent::run(&ExportJob::run, …)); touches no store and no widget.
class ExportJob
{
    Q_DECLARE_TR_FUNCTIONS(ExportJob)

public:
    /// The files of `request` that exist already (the GUI asks about them).
    static QStringList existingFiles(const ExportRequest &request);
    /// Refuses (ErrorCode::InvalidArgument) when a file exists and
    /// `request.overwrite` is false.
    static Result<ExportOutcome> run(ExportDocument document, const ExportRequest &request,
                                     const std::atomic<bool> *cancel = nullptr,
                                     const ExportProgress::Callback &progress = ExportProgress::Callback());
};
