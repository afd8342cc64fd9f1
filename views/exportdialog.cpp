#include "exportdialog.h"

#include "projectstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

ExportDialog::ExportDialog(ProjectStore *store, const QStringList &selectedArticleIds, const QString &query,
                           QWidget *parent)
    : QDialog(parent), m_store(store), m_selected(selectedArticleIds), m_query(query.trimmed())
{
    setWindowTitle(tr("Export"));
    auto *layout = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    m_format = new QComboBox(this);
    for (ExportFormat format : exportFormats())
        m_format->addItem(exportFormatLabel(format), int(format));
    form->addRow(tr("&Format:"), m_format);

    auto *destinationRow = new QHBoxLayout;
    m_destination = new QLineEdit(this);
    m_browse = new QPushButton(tr("&Browse…"), this);
    destinationRow->addWidget(m_destination, 1);
    destinationRow->addWidget(m_browse);
    form->addRow(tr("&Save to:"), destinationRow);
    layout->addLayout(form);

    auto *scopeBox = new QGroupBox(tr("Articles"), this);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    m_scopeSelected = new QRadioButton(tr("The &selected articles (%n)", nullptr, int(m_selected.size())), scopeBox);
    m_scopeQuery = new QRadioButton(m_query.isEmpty() ? tr("The current search (none)")
                                                      : tr("The current se&arch: %1").arg(m_query),
                                    scopeBox);
    m_scopeProject = new QRadioButton(tr("The whole &project"), scopeBox);
    m_scopeSelected->setEnabled(!m_selected.isEmpty());
    m_scopeQuery->setEnabled(!m_query.isEmpty());
    scopeLayout->addWidget(m_scopeSelected);
    scopeLayout->addWidget(m_scopeQuery);
    scopeLayout->addWidget(m_scopeProject);
    (m_selected.isEmpty() ? m_scopeProject : m_scopeSelected)->setChecked(true);
    layout->addWidget(scopeBox);

    auto *includeBox = new QGroupBox(tr("Include"), this);
    auto *includeLayout = new QVBoxLayout(includeBox);
    m_tags = new QCheckBox(tr("&Tags"), includeBox);
    m_review = new QCheckBox(tr("&Review status and notes"), includeBox);
    m_annotations = new QCheckBox(tr("Span &annotations"), includeBox);
    m_warnings = new QCheckBox(tr("Copy-check &warnings"), includeBox);
    for (QCheckBox *box : {m_tags, m_review, m_annotations})
        box->setChecked(true);
    for (QCheckBox *box : {m_tags, m_review, m_annotations, m_warnings})
        includeLayout->addWidget(box);
    layout->addWidget(includeBox);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(this);
    m_exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(m_buttons);

    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(100);
    m_watcher = new QFutureWatcher<JobResult>(this);

    connect(m_format, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { formatChanged(); });
    connect(m_browse, &QPushButton::clicked, this, [this] { browse(); });
    connect(m_destination, &QLineEdit::textChanged, this, [this] { updateButtons(); });
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ExportDialog::cancelExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (!isRunning())
            reject();
    });
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_percent)
            m_progress->setValue(m_percent->load());
    });
    connect(m_watcher, &QFutureWatcher<JobResult>::finished, this, [this] { finished(); });

    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString base = m_store ? QFileInfo(m_store->path()).completeBaseName() : QStringLiteral("yuegao");
    m_destination->setText(QDir(documents).filePath(base + QLatin1Char('.') + exportFormatSuffix(currentFormat())));
    updateButtons();
}

ExportDialog::~ExportDialog()
{
    // The job polls the flag: it stops at its next step.
    if (m_cancel)
        m_cancel->store(true);
    m_watcher->waitForFinished();
}

void ExportDialog::run(QWidget *parent, ProjectStore *store, const QStringList &selectedArticleIds, const QString &query)
{
    ExportDialog dialog(store, selectedArticleIds, query, parent);
    dialog.exec();
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ExportDialog::setDestination(const QString &path)
{
    m_destination->setText(path);
}

void ExportDialog::setScope(ExportScope::Kind kind)
{
    switch (kind) {
    case ExportScope::Kind::Articles: m_scopeSelected->setChecked(true); break;
    case ExportScope::Kind::Query: m_scopeQuery->setChecked(true); break;
    case ExportScope::Kind::Project: m_scopeProject->setChecked(true); break;
    }
}

void ExportDialog::setIncludeWarnings(bool include)
{
    m_warnings->setChecked(include);
}

bool ExportDialog::isRunning() const
{
    return m_watcher->isRunning();
}

QString ExportDialog::statusText() const
{
    return m_status->text();
}

ExportFormat ExportDialog::currentFormat() const
{
    return ExportFormat(m_format->currentData().toInt());
}

ExportScope ExportDialog::currentScope() const
{
    ExportScope scope;
    if (m_scopeSelected->isChecked()) {
        scope.kind = ExportScope::Kind::Articles;
        scope.articleIds = m_selected;
    } else if (m_scopeQuery->isChecked()) {
        scope.kind = ExportScope::Kind::Query;
        scope.query = m_query;
    }
    return scope;
}

void ExportDialog::formatChanged()
{
    // Keep the name, change the suffix to the format's.
    const QString path = m_destination->text();
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    m_destination->setText(info.dir().filePath(info.completeBaseName() + QLatin1Char('.')
                                               + exportFormatSuffix(currentFormat())));
}

void ExportDialog::browse()
{
    const QString suffix = exportFormatSuffix(currentFormat());
    // We ask about replacing ourselves (for every file the format writes).
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), m_destination->text(),
                                                      tr("%1 (*.%2)").arg(m_format->currentText(), suffix), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_destination->setText(path);
}

void ExportDialog::updateButtons()
{
    const bool running = isRunning();
    m_exportButton->setEnabled(!running && !m_destination->text().trimmed().isEmpty() && m_store);
    m_cancelButton->setEnabled(running);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_format, m_destination, m_browse, m_scopeSelected,
                                                            m_scopeQuery, m_scopeProject, m_tags, m_review,
                                                            m_annotations, m_warnings})
        widget->setEnabled(!running);
    m_scopeSelected->setEnabled(!running && !m_selected.isEmpty());
    m_scopeQuery->setEnabled(!running && !m_query.isEmpty());
}

void ExportDialog::startExport()
{
    if (isRunning() || !m_store)
        return;
    ExportRequest request;
    request.format = currentFormat();
    request.path = m_destination->text().trimmed();
    const QStringList existing = ExportJob::existingFiles(request);
    if (!existing.isEmpty()) {
        const auto answer = QMessageBox::question(
            this, tr("Replace files?"),
            tr("These files exist already:\n%1\n\nReplace them?").arg(existing.join(QLatin1Char('\n'))),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
        request.overwrite = true;
    }
    ExportContent content;
    content.tags = m_tags->isChecked();
    content.review = m_review->isChecked();
    content.annotations = m_annotations->isChecked();
    content.warnings = m_warnings->isChecked();
    // The snapshot is quick and reads the store: here, on its thread.
    Result<ExportDocument> document = ExportCollector::collect(*m_store, currentScope(), content);
    if (!document) {
        m_status->setText(document.error().message);
        emit exportFinished(false);
        return;
    }
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_percent = std::make_shared<std::atomic<int>>(0);
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    const std::shared_ptr<std::atomic<int>> percent = m_percent;
    ExportDocument snapshot = std::move(document).value();
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_status->setText(tr("Exporting…"));
    m_watcher->setFuture(QtConcurrent::run([snapshot, request, cancel, percent]() -> JobResult {
        return std::make_shared<Result<ExportOutcome>>(ExportJob::run(
            snapshot, request, cancel.get(), [percent](int done, int total) { percent->store(total > 0 ? 100 * done / total : 0); }));
    }));
    m_progressTimer->start();
    updateButtons();
}

void ExportDialog::cancelExport()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ExportDialog::finished()
{
    m_progressTimer->stop();
    const JobResult result = m_watcher->result();
    bool ok = false;
    if (!result) {
        m_status->setText(tr("The export failed."));
    } else if (!result->ok()) {
        m_status->setText(result->error().code == ErrorCode::Cancelled ? tr("Cancelled; nothing was written.")
                                                                       : result->error().message);
    } else {
        ok = true;
        m_progress->setValue(100);
        m_status->setText(tr("Exported %n article(s)", nullptr, result->value().articles) + tr(" to ")
                          + result->value().files.join(tr(", ")));
    }
    updateButtons();
    emit exportFinished(ok);
}
