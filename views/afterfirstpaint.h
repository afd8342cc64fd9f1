#pragma once

#include <QObject>
#include <QPointer>
#include <QWidget>

#include <functional>

/// Runs a job once a window has painted itself for the first time.
///
/// Opening a large project lists every page on the GUI thread (about a
/// second at a gigabyte). Started from a zero timer after show(), that
/// ran before the window system had even exposed the window: the editor
/// saw nothing at all until the listing ended. Started after the first
/// paint, the window is on screen, saying what it is opening, meanwhile.
///
/// The job also runs if no paint comes within `fallbackMs` (a window
/// minimised at start, a platform that never exposes it): it is never lost.
class AfterFirstPaint final : public QObject
{
    Q_OBJECT

public:
    static void run(QWidget *window, std::function<void()> job, int fallbackMs = 1000);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    AfterFirstPaint(QWidget *window, std::function<void()> job);
    /// Runs the job from the event loop, once, and goes.
    void start();

    QPointer<QWidget> m_window;
    std::function<void()> m_job;
    bool m_started = false;
};
