#pragma once

#include "readertextview.h"

#include <QFont>

class Corpus;

/// The reader: one article, typeset (see ArticleTypesetter).
class ArticleView final : public ReaderTextView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleView)

public:
    explicit ArticleView(const Corpus *corpus, QWidget *parent = nullptr);
    ~ArticleView() override;

    /// Shows an article, or a hint when the indices name none.
    void showArticle(int pageIndex, int articleIndex);
    int pageIndex() const { return m_page; }
    int articleIndex() const { return m_article; }

    /// Body size at 100 %, and the zoom applied to it.
    void setReadingFont(const QFont &font);
    void setZoomPercent(int percent);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void render();
    void applyMeasure();

    const Corpus *m_corpus;
    QFont m_font;
    QFont m_shownFont; ///< m_font at the current zoom
    int m_zoom = 100;
    int m_page = -1;
    int m_article = -1;
};
