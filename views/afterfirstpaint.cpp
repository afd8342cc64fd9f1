#include "afterfirstpaint.h"

#include <QEvent>
#include <QTimer>

AfterFirstPaint::AfterFirstPaint(QWidget *window, std::function<void()> job)
    : QObject(window)
    , m_window(window)
    , m_job(std::move(job))
{}

void AfterFirstPaint::run(QWidget *window, std::function<void()> job, int fallbackMs)
{
    auto *waiter = new AfterFirstPaint(window, std::move(job));
    window->installEventFilter(waiter);
    QTimer::singleShot(fallbackMs, waiter, &AfterFirstPaint::start);
}

bool AfterFirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    // The filter sees the paint before the window handles it: the job goes
    // to the event loop, so it runs once the painted window is flushed to
    // the screen.
    if (watched == m_window && event->type() == QEvent::Paint)
        QTimer::singleShot(0, this, &AfterFirstPaint::start);
    return false;
}

void AfterFirstPaint::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_window)
        m_window->removeEventFilter(this);
    const std::function<void()> job = std::move(m_job);
    deleteLater();
    job();
}
