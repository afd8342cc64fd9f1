#include "searchbar.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

SearchBar::SearchBar(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit)
    , m_errorLabel(new QLabel)
    , m_count(new QLabel)
    , m_debounce(new QTimer(this))
    , m_focus(new QAction(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *row = new QHBoxLayout;
    row->addWidget(m_edit, 1);
    row->addWidget(m_count);
    layout->addLayout(row);
    layout->addWidget(m_errorLabel);
    m_edit->setObjectName(QStringLiteral("searchEdit"));
    m_edit->setClearButtonEnabled(true);
    m_errorLabel->setObjectName(QStringLiteral("searchError"));
    m_errorLabel->setTextFormat(Qt::RichText);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setVisible(false);
    m_count->setObjectName(QStringLiteral("searchCount"));

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_edit, &QLineEdit::textEdited, m_debounce, QOverload<>::of(&QTimer::start));
    connect(m_edit, &QLineEdit::returnPressed, this, &SearchBar::applyNow);
    connect(m_debounce, &QTimer::timeout, this, &SearchBar::applyNow);

    m_focus->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_focus->setShortcutContext(Qt::WindowShortcut);
    connect(m_focus, &QAction::triggered, this, [this]() {
        m_edit->setFocus(Qt::ShortcutFocusReason);
        m_edit->selectAll();
    });
    addAction(m_focus);
    retranslate();
}

SearchBar::~SearchBar() = default;

void SearchBar::retranslate()
{
    m_edit->setPlaceholderText(tr("Search articles (Ctrl+L), e.g. %1")
                                   .arg(QStringLiteral("市场 \"文明城市\" tag:地方 -kind:brief chars:>2000")));
    m_focus->setText(tr("Search Articles"));
    setMatchCount(m_matches, m_total);
    showError();
}

void SearchBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString SearchBar::text() const
{
    return m_edit->text();
}

void SearchBar::setText(const QString &text)
{
    m_edit->setText(text);
    applyNow();
}

void SearchBar::setDebounceInterval(int milliseconds)
{
    m_debounce->setInterval(milliseconds);
}

void SearchBar::applyNow()
{
    m_debounce->stop();
    const Query query = Query::parse(m_edit->text());
    if (!query.isValid()) {
        m_error = query.error();
        showError();
        emit queryRejected(m_error.message, m_error.position);
        return;
    }
    m_error = QuerySyntaxError();
    showError();
    if (query.text() == m_query.text() && query.isValid())
        return;
    m_query = query;
    emit queryAccepted(m_query);
}

QString SearchBar::errorText() const
{
    return m_error.position < 0 ? QString() : m_error.message;
}

void SearchBar::showError()
{
    if (m_error.position < 0) {
        m_errorLabel->setVisible(false);
        m_errorLabel->clear();
        return;
    }
    // The query with the faulty part marked, then what is wrong with it.
    const QString text = m_edit->text();
    const int at = qBound(0, m_error.position, int(text.size()));
    const int length = qBound(0, m_error.length, int(text.size()) - at);
    const QString marked = text.left(at).toHtmlEscaped() + QStringLiteral("<span style=\"background:#f4b4b4\">")
                           + (length > 0 ? text.mid(at, length).toHtmlEscaped() : QStringLiteral("&nbsp;"))
                           + QStringLiteral("</span>") + text.mid(at + length).toHtmlEscaped();
    m_errorLabel->setText(tr("Column %1: %2").arg(at + 1).arg(m_error.message.toHtmlEscaped())
                          + QStringLiteral("<br><tt>") + marked + QStringLiteral("</tt> ")
                          + tr("(the list shows the previous search)"));
    m_errorLabel->setVisible(true);
}

void SearchBar::setMatchCount(int matches, int total)
{
    m_matches = matches;
    m_total = total;
    m_count->setText(matchCountText());
}

QString SearchBar::matchCountText() const
{
    if (m_matches < 0)
        return QString();
    return tr("%1 of %n article(s)", nullptr, m_total).arg(m_matches);
}
