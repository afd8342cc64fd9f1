#pragma once

#include <QFont>
#include <QWidget>

class Corpus;
class QLabel;
class ReaderTextView;

/// The page as it came in, with the segmentation drawn over it (see
/// PageTypesetter) and a legend. Clicking a block selects its article.
class PageView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageView)

public:
    explicit PageView(const Corpus *corpus, QWidget *parent = nullptr);
    ~PageView() override;

    /// Shows the page and outlines the article (-1: none).
    void showPage(int pageIndex, int articleIndex);
    int pageIndex() const { return m_page; }
    int articleIndex() const { return m_article; }

    ReaderTextView *textView() const { return m_text; }
    void setReadingFont(const QFont &font);
    void setZoomPercent(int percent);

signals:
    void articleClicked(int pageIndex, int articleIndex);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void render();
    void highlightArticle(bool scroll);
    void retranslateUi();

    const Corpus *m_corpus;
    QLabel *m_legend;
    ReaderTextView *m_text;
    QFont m_font;
    int m_zoom = 100;
    int m_page = -1;
    int m_article = -1;
    QPoint m_pressPos;
};
