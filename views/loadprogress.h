#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

/// Progress of background work, for the status bar: a bar, a count and a
/// cancel button; hidden while nothing runs. Two kinds are counted apart:
/// files being loaded, and the pages of a project being opened. While a
/// project opens, its count is shown (and cancel stops the opening); the
/// files' count comes back once it is open, if they are still loading.
class LoadProgress final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadProgress)

public:
    explicit LoadProgress(QWidget *parent = nullptr);
    ~LoadProgress() override;

    /// Files being loaded.
    void start(int total);
    void setProgress(int done, int total);
    void finish();

    /// The project `name` being opened: its pages listed.
    void startOpening(const QString &name);
    void setOpeningProgress(int done, int total);
    void finishOpening();
    bool showsOpening() const { return m_opening.active; }

signals:
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Count
    {
        bool active = false;
        int done = 0;
        int total = 0;
    };
    /// Shows the opening if there is one, else the files, else nothing.
    void update();
    void retranslateUi();

    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
    Count m_files;
    Count m_opening;
    QString m_openingName;
};
