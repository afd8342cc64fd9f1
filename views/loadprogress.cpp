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
    setProgress(0, total);
    show();
}

void LoadProgress::setProgress(int done, int total)
{
    m_done = done;
    m_total = total;
    m_bar->setRange(0, qMax(1, total));
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
    m_label->setText(tr("Loading %1 of %2 files…").arg(m_done).arg(m_total));
    m_cancel->setToolTip(tr("Stop loading"));
}
