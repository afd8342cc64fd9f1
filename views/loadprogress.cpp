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
    m_files = {true, 0, total};
    update();
}

void LoadProgress::setProgress(int done, int total)
{
    m_files = {true, done, total};
    update();
}

void LoadProgress::finish()
{
    m_files = {};
    update();
}

void LoadProgress::startOpening(const QString &name)
{
    m_openingName = name;
    m_opening = {true, 0, 0};
    update();
}

void LoadProgress::setOpeningProgress(int done, int total)
{
    if (!m_opening.active)
        return;
    m_opening.done = done;
    m_opening.total = total;
    update();
}

void LoadProgress::finishOpening()
{
    m_opening = {};
    update();
}

void LoadProgress::update()
{
    const Count &shown = m_opening.active ? m_opening : m_files;
    if (!shown.active) {
        hide();
        return;
    }
    // Opening before the page count is known: a busy bar.
    m_bar->setRange(0, m_opening.active && shown.total == 0 ? 0 : qMax(1, shown.total));
    m_bar->setValue(shown.done);
    retranslateUi();
    show();
}

void LoadProgress::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LoadProgress::retranslateUi()
{
    if (!m_opening.active) {
        m_label->setText(tr("Loading %1 of %2 files…").arg(m_files.done).arg(m_files.total));
        m_cancel->setToolTip(tr("Stop loading"));
    } else {
        // The page count is known once the listing has begun.
        m_label->setText(m_opening.total > 0 ? tr("Opening %1: %2 of %3 pages…")
                                                   .arg(m_openingName)
                                                   .arg(m_opening.done)
                                                   .arg(m_opening.total)
                                             : tr("Opening %1…").arg(m_openingName));
        m_cancel->setToolTip(tr("Stop opening; the project open before stays open"));
    }
}
