#include "warningsdock.h"

#include "projectstore.h"
#include "warningfilterproxy.h"
#include "warninglistmodel.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

WarningsDock::WarningsDock(QWidget *parent)
    : QDockWidget(parent)
    , m_model(new WarningListModel(this))
    , m_proxy(new WarningFilterProxy(this))
    , m_checker(new BackgroundChecker(this))
    , m_checkFilter(new QComboBox)
    , m_stateFilter(new QComboBox)
    , m_progress(new QProgressBar)
    , m_summary(new QLabel)
    , m_table(new QTableView)
    , m_commentLabel(new QLabel)
    , m_commentEdit(new QLineEdit)
    , m_keysHint(new QLabel)
{
    setObjectName(QStringLiteral("warningsDock"));
    m_model->setDefinitions(m_checker->definitions());
    m_proxy->setWarningModel(m_model);

    auto *contents = new QWidget;
    auto *layout = new QVBoxLayout(contents);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_checkFilter, 2);
    bar->addWidget(m_stateFilter, 1);
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_summary, 2);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    auto *commentRow = new QHBoxLayout;
    commentRow->addWidget(m_commentLabel);
    commentRow->addWidget(m_commentEdit, 1);
    layout->addLayout(commentRow);
    layout->addWidget(m_keysHint);
    setWidget(contents);

    m_checkFilter->setObjectName(QStringLiteral("checkFilter"));
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_commentEdit->setObjectName(QStringLiteral("commentEdit"));
    m_summary->setObjectName(QStringLiteral("warningSummary"));
    m_commentLabel->setBuddy(m_commentEdit);
    m_progress->setVisible(false);
    m_progress->setTextVisible(true);
    m_keysHint->setWordWrap(true);

    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(WarningListModel::MessageColumn, QHeaderView::Stretch);
    m_table->setSortingEnabled(false);

    buildActions();
    retranslate();

    connect(m_checkFilter, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &WarningsDock::applyFilter);
    connect(m_stateFilter, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &WarningsDock::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &WarningsDock::emitCurrent);
    connect(m_table, &QTableView::activated, this, &WarningsDock::emitCurrent);
    connect(m_commentEdit, &QLineEdit::returnPressed, this, [this]() {
        // Enter: store the comment on the current warning's decision.
        const int row = currentRow();
        if (row >= 0 && m_model->stateAt(row) != WarningState::Open)
            decideCurrent(m_model->stateAt(row));
        m_table->setFocus();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &WarningsDock::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WarningsDock::updateSummary);

    connect(m_checker, &BackgroundChecker::started, this, [this](int pages) {
        m_progress->setRange(0, pages);
        m_progress->setValue(0);
        m_progress->setVisible(pages > 0);
    });
    connect(m_checker, &BackgroundChecker::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        emit checkProgress(done, total);
    });
    connect(m_checker, &BackgroundChecker::finished, this, &WarningsDock::onCheckFinished);
    connect(m_checker, &BackgroundChecker::resultFileProblem, this, &WarningsDock::errorOccurred);
    updateSummary();
}

WarningsDock::~WarningsDock() = default;

void WarningsDock::buildActions()
{
    const auto make = [this](const QList<QKeySequence> &keys, Qt::ShortcutContext context, auto slot) {
        auto *action = new QAction(this);
        action->setShortcuts(keys);
        action->setShortcutContext(context);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    // F8 works from the reader too; the letters only inside the dock, so
    // they never fight the reader's J/K or a label's number key.
    m_next = make({QKeySequence(Qt::Key_F8)}, Qt::WindowShortcut, [this]() { selectNext(); });
    m_previous = make({QKeySequence(Qt::SHIFT | Qt::Key_F8)}, Qt::WindowShortcut, [this]() { selectPrevious(); });
    m_nextLocal = make({QKeySequence(Qt::Key_N)}, Qt::WidgetWithChildrenShortcut, [this]() { selectNext(); });
    m_previousLocal
        = make({QKeySequence(Qt::SHIFT | Qt::Key_N)}, Qt::WidgetWithChildrenShortcut, [this]() { selectPrevious(); });
    m_accept = make({QKeySequence(Qt::Key_A)}, Qt::WidgetWithChildrenShortcut,
                    [this]() { decideCurrent(WarningState::Accepted); });
    m_reject = make({QKeySequence(Qt::Key_R)}, Qt::WidgetWithChildrenShortcut,
                    [this]() { decideCurrent(WarningState::Rejected); });
    m_comment = make({QKeySequence(Qt::Key_C)}, Qt::WidgetWithChildrenShortcut, [this]() {
        m_commentEdit->setFocus();
        m_commentEdit->selectAll();
    });
}

void WarningsDock::retranslate()
{
    setWindowTitle(tr("Warnings"));
    m_next->setText(tr("Next Warning"));
    m_previous->setText(tr("Previous Warning"));
    m_nextLocal->setText(tr("Next Warning"));
    m_previousLocal->setText(tr("Previous Warning"));
    m_accept->setText(tr("Accept Warning"));
    m_reject->setText(tr("Reject Warning"));
    m_comment->setText(tr("Comment on Warning"));
    m_commentLabel->setText(tr("&Comment:"));
    m_commentEdit->setPlaceholderText(tr("Goes with the next decision; Enter stores it on a decided warning"));
    m_keysHint->setText(tr("F8 / Shift+F8 or N / Shift+N: next / previous · A: accept · R: reject · C: comment"));

    const int stateIndex = qMax(0, m_stateFilter->currentIndex());
    const QSignalBlocker blocker(m_stateFilter);
    m_stateFilter->clear();
    m_stateFilter->addItem(tr("Any decision"), int(WarningFilter::States::Any));
    m_stateFilter->addItem(tr("Open"), int(WarningFilter::States::Open));
    m_stateFilter->addItem(tr("Decided"), int(WarningFilter::States::Decided));
    m_stateFilter->addItem(tr("Accepted"), int(WarningFilter::States::Accepted));
    m_stateFilter->addItem(tr("Rejected"), int(WarningFilter::States::Rejected));
    m_stateFilter->setCurrentIndex(stateIndex);
    fillCheckFilter();
    updateSummary();
}

void WarningsDock::fillCheckFilter()
{
    const QString current = m_checkFilter->currentData().toString();
    const QSignalBlocker blocker(m_checkFilter);
    m_checkFilter->clear();
    m_checkFilter->addItem(tr("All checks"), QString());
    for (const CheckDefinition &definition : m_model->definitions())
        m_checkFilter->addItem(m_model->checkTitle(definition.id), definition.id);
    m_checkFilter->setCurrentIndex(qMax(0, m_checkFilter->findData(current)));
}

void WarningsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void WarningsDock::setStore(ProjectStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (!store)
        return;
    connect(store, &ProjectStore::decisionsChanged, this, &WarningsDock::reloadDecisions);
    connect(store, &ProjectStore::externalChange, this, &WarningsDock::reloadAllDecisions);
    reloadAllDecisions();
}

void WarningsDock::setPages(QVector<CheckInputPage> pages)
{
    m_checker->start(std::move(pages));
}

void WarningsDock::setPages(CorpusSnapshot pages)
{
    m_checker->start(std::move(pages));
}

void WarningsDock::setChineseMessages(bool chinese)
{
    m_model->setChinese(chinese);
    fillCheckFilter();
}

bool WarningsDock::isChecking() const
{
    return m_checker->isRunning() || m_progress->isVisible();
}

void WarningsDock::onCheckFinished(const CheckRunResult &result)
{
    m_progress->setVisible(false);
    if (result.cancelled)
        return;
    m_rateArticles = result.articles;
    m_articleTitles = result.articleTitles;
    m_pageNames = result.pageNames;
    m_model->setEntries(result.entries, result.index);
    // One query and one pass over the list for all pages: reloading them
    // one by one, each announcing a change the window recounts, froze a
    // project of thousands of pages for many minutes.
    applyStoredDecisions();
    if (m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    updateSummary();
    emit checkFinished(int(result.entries.size()));
    emit warningsChanged();
}

void WarningsDock::reloadAllDecisions()
{
    if (!m_store)
        return;
    applyStoredDecisions();
    emit decisionsChanged();
}

void WarningsDock::applyStoredDecisions()
{
    if (!m_store)
        return;
    QHash<QString, QVector<WarningDecision>> byPage = m_store->decisionsByPage();
    // Decisions on pages this run did not check have no rows to go to.
    for (auto it = byPage.begin(); it != byPage.end();)
        it = m_pageNames.contains(it.key()) ? std::next(it) : byPage.erase(it);
    m_model->replaceDecisions(byPage);
}

void WarningsDock::reloadDecisions(const QString &pageId)
{
    if (!m_store || !m_pageNames.contains(pageId))
        return;
    m_model->setDecisions(pageId, m_store->decisions(pageId));
    emit decisionsChanged();
}

void WarningsDock::applyFilter()
{
    WarningFilter filter;
    filter.setCheck(m_checkFilter->currentData().toString());
    filter.setStates(WarningFilter::States(m_stateFilter->currentData().toInt()));
    m_proxy->setFilter(filter);
    updateSummary();
}

void WarningsDock::updateSummary()
{
    const int total = m_model->rowCount();
    m_summary->setText(tr("%n warning(s)", nullptr, total) + QStringLiteral(" · ")
                       + tr("%1 open, %2 accepted, %3 rejected")
                             .arg(m_model->countInState(WarningState::Open))
                             .arg(m_model->countInState(WarningState::Accepted))
                             .arg(m_model->countInState(WarningState::Rejected)));
}

int WarningsDock::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return -1;
    return m_proxy->mapToSource(current).row();
}

void WarningsDock::selectSourceRow(int row)
{
    const QModelIndex proxy = m_proxy->mapFromSource(m_model->index(row, 0));
    if (proxy.isValid())
        m_table->setCurrentIndex(proxy);
}

void WarningsDock::selectNext()
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_table->currentIndex();
    const int next = current.isValid() ? qMin(current.row() + 1, rows - 1) : 0;
    m_table->setCurrentIndex(m_proxy->index(next, 0));
}

void WarningsDock::selectPrevious()
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_table->currentIndex();
    const int previous = current.isValid() ? qMax(current.row() - 1, 0) : rows - 1;
    m_table->setCurrentIndex(m_proxy->index(previous, 0));
}

void WarningsDock::decideCurrent(WarningState state)
{
    const QModelIndex currentProxy = m_table->currentIndex();
    const int row = currentRow();
    if (row < 0 || state == WarningState::Open)
        return;
    const WarningEntry entry = m_model->entryAt(row);
    const QString comment = m_commentEdit->text().trimmed();
    const int proxyRow = currentProxy.row();
    if (m_store) {
        const auto verdict
            = state == WarningState::Accepted ? WarningDecision::Verdict::Accepted : WarningDecision::Verdict::Rejected;
        Result<Edit> edit
            = m_store->decideWarning(entry.pageId, entry.warning.id, entry.warning.range, verdict, comment);
        if (!edit) {
            emit errorOccurred(edit.error().message);
            return;
        }
        emit editMade(edit.value());
    } else {
        m_model->setLocalDecision(row, state, comment);
        emit decisionsChanged();
    }
    m_commentEdit->clear();
    emit decisionMade(entry.pageId, entry.warning.id, state);

    // Save-and-next: the next warning in the list. When the filter hid the
    // decided one, the next is already at its place.
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    const bool stillThere = m_proxy->mapFromSource(m_model->index(row, 0)).isValid();
    const int next = stillThere ? qMin(proxyRow + 1, rows - 1) : qMin(proxyRow, rows - 1);
    m_table->setCurrentIndex(m_proxy->index(next, 0));
}

void WarningsDock::emitCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const WarningEntry &entry = m_model->entryAt(row);
    m_commentEdit->setText(m_model->commentAt(row));
    emit warningActivated(entry.pageId, entry.warning.articleId, entry.warning.range.begin, entry.warning.range.end);
}

QVector<WarningUnderline> WarningsDock::underlines(const QString &pageId,
                                                   const WarningUnderlines::RangeMapper &map) const
{
    CopyWarnings warnings;
    QHash<QString, WarningState> states;
    for (const int row : m_model->rowsOfPage(pageId)) {
        const WarningEntry &entry = m_model->entryAt(row);
        warnings.append(entry.warning);
        states.insert(entry.warning.id, m_model->stateAt(row));
    }
    return WarningUnderlines::compute(
        warnings, [&states](const CopyWarning &warning) { return states.value(warning.id, WarningState::Open); }, map,
        m_model->isChinese());
}

namespace {

/// The report and the table's rows, made in one place (a worker's, for
/// requestErrorRate).
ErrorRateInput errorRateInputOf(const QVector<ErrorRateArticle> &articles, const QVector<WarningEntry> &entries,
                                const QSet<QString> &accepted, const QHash<QString, QString> &titles,
                                const QHash<QString, QString> &pages)
{
    const auto warningAt = [&entries](int row) -> const CopyWarning & { return entries.at(row).warning; };
    ErrorRateInput input{ErrorRateReport::compute(articles, warningAt, accepted), titles, pages, {}};
    input.rows = ErrorRateTableModel::rowsOf(input.report, titles, pages);
    return input;
}

} // namespace

ErrorRateInput WarningsDock::errorRateInput() const
{
    return errorRateInputOf(m_rateArticles, m_model->entries(), m_model->acceptedIds(), m_articleTitles,
                            m_pageNames);
}

void WarningsDock::requestErrorRate()
{
    const int request = ++m_errorRateRequest;
    auto *watcher = new QFutureWatcher<ErrorRateInput>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        if (request == m_errorRateRequest)
            emit errorRateReady(watcher->result());
    });
    // The worker gets copies (shared, not copied until written): the dock
    // may take a new run in while it counts.
    watcher->setFuture(
        QtConcurrent::run([articles = m_rateArticles, entries = m_model->entries(), accepted = m_model->acceptedIds(),
                           titles = m_articleTitles, pages = m_pageNames] {
            return errorRateInputOf(articles, entries, accepted, titles, pages);
        }));
}
