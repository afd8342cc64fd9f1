#include "afterfirstpaint.h"

#include <QElapsedTimer>
#include <QtTest>

class TestAfterFirstPaint : public QObject
{
    Q_OBJECT

private slots:
    void runsOnceTheWindowHasPainted();
    void runsAnywayWhenNothingPaints();
};

namespace {

/// Counts its paint events.
class CountingWidget : public QWidget
{
public:
    int paints = 0;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        ++paints;
        QWidget::paintEvent(event);
    }
};

} // namespace

void TestAfterFirstPaint::runsOnceTheWindowHasPainted()
{
    CountingWidget window;
    window.resize(200, 100);
    QVector<int> paintsWhenRun;
    AfterFirstPaint::run(&window, [&] { paintsWhenRun << window.paints; });
    window.show();
    // Not from show(): the job waits for the window to paint.
    QVERIFY(paintsWhenRun.isEmpty());
    QTRY_COMPARE(paintsWhenRun.size(), 1);
    QVERIFY(paintsWhenRun.first() >= 1);
    // More paints and the fallback's time: still once.
    window.update();
    QTest::qWait(1200);
    QCOMPARE(paintsWhenRun.size(), 1);
}

void TestAfterFirstPaint::runsAnywayWhenNothingPaints()
{
    CountingWidget window; // never shown
    int runs = 0;
    QElapsedTimer waited;
    waited.start();
    AfterFirstPaint::run(&window, [&] { ++runs; }, 200);
    QTRY_COMPARE(runs, 1);
    QVERIFY(waited.elapsed() >= 150);
    QCOMPARE(window.paints, 0);
    QTest::qWait(300);
    QCOMPARE(runs, 1);
}

QTEST_MAIN(TestAfterFirstPaint)
#include "tst_afterfirstpaint.moc"
