#include "loadprogress.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>

LoadProgress::LoadProgress(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("loadProgress"));
    m_cancel->setObjectName(QStringLiteral("cancelLoad"));
    m_bar->setMaximumWidth(200);
    m_bar->setTextVisible(false);
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_cancel->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &LoadProgress::cancelRequested);
    retranslateUi();
    hide();
}

LoadProgress::~LoadProgress() = default;

void LoadProgress::start(int total)
{
    m_opening.clear();
    setProgress(0, total);
    show();
}

void LoadProgress::startOpening(const QString &name)
{
    m_opening = name;
    setProgress(0, 0);
    show();
}

void LoadProgress::setProgress(int done, int total)
{
    m_done = done;
    m_total = total;
    // Opening before the count is known: a busy bar.
    m_bar->setRange(0, !m_opening.isEmpty() && total == 0 ? 0 : qMax(1, total));
    m_bar->setValue(done);
    retranslateUi();
}

void LoadProgress::finish()
{
    hide();
}

void LoadProgress::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LoadProgress::retranslateUi()
{
    if (m_opening.isEmpty()) {
        m_label->setText(tr("Loading %1 of %2 files…").arg(m_done).arg(m_total));
        m_cancel->setToolTip(tr("Stop loading"));
    } else {
        // The page count is known once the listing has begun.
        m_label->setText(m_total > 0 ? tr("Opening %1: %2 of %3 pages…").arg(m_opening).arg(m_done).arg(m_total)
                                     : tr("Opening %1…").arg(m_opening));
        m_cancel->setToolTip(tr("Stop opening; the project open before stays open"));
    }
}
