#pragma once

#include "export/exportwriter.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

#include <atomic>
#include <memory>

class ProjectStore;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTimer;

/// Export dialog: format, scope (selected articles, the current search,
/// the whole project), what to include, destination. The snapshot is
/// taken on the GUI thread (the store lives there); the writing runs in
/// QtConcurrent with a progress bar and Cancel. An existing file is never
/// replaced without asking.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    ExportDialog(ProjectStore *store, const QStringList &selectedArticleIds, const QString &query,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    /// What the MainWindow calls (File ▸ Export…): shows the dialog modally.
    static void run(QWidget *parent, ProjectStore *store, const QStringList &selectedArticleIds = QStringList(),
                    const QString &query = QString());

    // For tests and for callers that preset the dialog.
    void setFormat(ExportFormat format);
    void setDestination(const QString &path);
    void setScope(ExportScope::Kind kind);
    void setIncludeWarnings(bool include);
    bool isRunning() const;
    /// The message of the last export (done, failed or cancelled).
    QString statusText() const;

public slots:
    /// Starts the export (asks before replacing files).
    void startExport();
    void cancelExport();

signals:
    void exportFinished(bool ok);

private:
    void browse();
    void formatChanged();
    void updateButtons();
    void finished();
    ExportFormat currentFormat() const;
    ExportScope currentScope() const;

    using JobResult = std::shared_ptr<Result<ExportOutcome>>;

    QPointer<ProjectStore> m_store;
    QStringList m_selected;
    QString m_query;
    QComboBox *m_format = nullptr;
    QRadioButton *m_scopeSelected = nullptr;
    QRadioButton *m_scopeQuery = nullptr;
    QRadioButton *m_scopeProject = nullptr;
    QCheckBox *m_tags = nullptr;
    QCheckBox *m_review = nullptr;
    QCheckBox *m_annotations = nullptr;
    QCheckBox *m_warnings = nullptr;
    QLineEdit *m_destination = nullptr;
    QPushButton *m_browse = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QTimer *m_progressTimer = nullptr;
    QFutureWatcher<JobResult> *m_watcher = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<std::atomic<int>> m_percent;
};
