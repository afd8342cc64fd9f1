#include "loadprogress.h"

#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QToolButton>
#include <QtTest>

/// The status bar's progress counts files loading and a project opening
/// apart: the opening is shown while it runs, the files' count comes back
/// after it, and neither's updates overwrite the other's.
class TestLoadProgress : public QObject
{
    Q_OBJECT

private slots:
    void showsFilesLoading();
    void anOpeningIsShownOverFilesLoadingAndHandsBack();
    void anOpeningAloneIsBusyUntilItsCountIsKnown();
};

namespace {

QString label(const LoadProgress &progress)
{
    return progress.findChild<QLabel *>()->text();
}

QProgressBar *bar(const LoadProgress &progress)
{
    return progress.findChild<QProgressBar *>();
}

} // namespace

void TestLoadProgress::showsFilesLoading()
{
    LoadProgress progress;
    QVERIFY(progress.isHidden());
    progress.start(10);
    QVERIFY(!progress.isHidden());
    progress.setProgress(3, 10);
    QCOMPARE(label(progress), QStringLiteral("Loading 3 of 10 files…"));
    QCOMPARE(bar(progress)->maximum(), 10);
    QCOMPARE(bar(progress)->value(), 3);
    QSignalSpy cancel(&progress, &LoadProgress::cancelRequested);
    QTest::mouseClick(progress.findChild<QToolButton *>(), Qt::LeftButton);
    QCOMPARE(cancel.count(), 1);
    progress.finish();
    QVERIFY(progress.isHidden());
}

void TestLoadProgress::anOpeningIsShownOverFilesLoadingAndHandsBack()
{
    LoadProgress progress;
    progress.start(10);
    progress.setProgress(3, 10);
    progress.startOpening(QStringLiteral("其他.yuegao"));
    QVERIFY(progress.showsOpening());
    QCOMPARE(label(progress), QStringLiteral("Opening 其他.yuegao…"));
    // The files go on loading meanwhile: their count is kept, not shown.
    progress.setProgress(4, 10);
    progress.setOpeningProgress(2048, 70698);
    QCOMPARE(label(progress), QStringLiteral("Opening 其他.yuegao: 2048 of 70698 pages…"));
    QCOMPARE(bar(progress)->maximum(), 70698);
    progress.setProgress(5, 10);
    QCOMPARE(label(progress), QStringLiteral("Opening 其他.yuegao: 2048 of 70698 pages…"));
    // Opened (or cancelled): the files' count is back.
    progress.finishOpening();
    QVERIFY(!progress.showsOpening());
    QVERIFY(!progress.isHidden());
    QCOMPARE(label(progress), QStringLiteral("Loading 5 of 10 files…"));
    QCOMPARE(bar(progress)->maximum(), 10);
    QCOMPARE(bar(progress)->value(), 5);
    progress.finish();
    QVERIFY(progress.isHidden());
}

void TestLoadProgress::anOpeningAloneIsBusyUntilItsCountIsKnown()
{
    LoadProgress progress;
    progress.startOpening(QStringLiteral("corpus-1G.yuegao"));
    QVERIFY(!progress.isHidden());
    QCOMPARE(bar(progress)->maximum(), 0);
    progress.setOpeningProgress(4096, 70698);
    QCOMPARE(bar(progress)->maximum(), 70698);
    QCOMPARE(bar(progress)->value(), 4096);
    // Files finishing meanwhile do not hide the opening.
    progress.finish();
    QVERIFY(!progress.isHidden());
    QVERIFY(progress.showsOpening());
    progress.finishOpening();
    QVERIFY(progress.isHidden());
    // A late count after the opening is over changes nothing.
    progress.setOpeningProgress(70698, 70698);
    QVERIFY(progress.isHidden());
}

QTEST_MAIN(TestLoadProgress)
#include "tst_loadprogress.moc"
