#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

/// Progress of a background load, for the status bar: a bar, a count and
/// a cancel button; hidden while nothing loads. It counts files loaded, or
/// the pages of a project being opened.
class LoadProgress final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadProgress)

public:
    explicit LoadProgress(QWidget *parent = nullptr);
    ~LoadProgress() override;

    /// Files being loaded.
    void start(int total);
    /// The project `name` being opened: its pages listed.
    void startOpening(const QString &name);
    void setProgress(int done, int total);
    void finish();

signals:
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
    int m_done = 0;
    int m_total = 0;
    /// The project being opened; empty while files load.
    QString m_opening;
};
