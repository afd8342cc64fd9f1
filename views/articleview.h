#pragma once

#include "readertextview.h"
#include "storetypes.h"
#include "textrange.h"

#include <QFont>
#include <QVector>

#include <memory>

class Corpus;
struct CorpusPage;
class ProjectStore;
struct Article;

/// The reader: one article, typeset (see ArticleTypesetter), with the
/// project's span labels highlighted in their label colours. A selection
/// maps back to source ranges of the page (selectedSourceRanges), and a
/// click on a highlight names its span (spanClicked).
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
    const Corpus *corpus() const { return m_corpus; }
    /// The article shown, or null; valid while it is shown.
    const Article *article() const;

    /// Shows `message` in place of the article, painted at once, for a
    /// long step on the GUI thread (opening a large project); whatever is
    /// shown next replaces it, or endProgress().
    void showProgress(const QString &message);
    void endProgress();

    /// The project whose spans are highlighted; nullptr: none.
    void setStore(ProjectStore *store);

    /// Body size at 100 %, and the zoom applied to it.
    void setReadingFont(const QFont &font);
    void setZoomPercent(int percent);

    /// The page ranges (UTF-16) under the selection, one per source part
    /// when the selection crosses a rejoined column break. Empty with a
    /// translated reason in `why` when nothing labelable is selected (no
    /// selection, the headline, several paragraphs).
    QVector<TextRange> selectedSourceRanges(QString *why = nullptr) const;
    /// The paragraph (index into Article::paragraphs) at a document
    /// position, or -1 (headline, notes).
    int paragraphAt(int position) const;
    /// The paragraph under the text cursor, else the first one in view.
    int currentParagraph() const;
    /// Selects the text of a page range and scrolls to it; false when the
    /// article does not show it.
    bool selectSourceRange(const TextRange &range);
    /// The span whose highlight covers a document position, or empty.
    QString spanAt(int position) const;
    /// The spans highlighted now.
    const QVector<Span> &spans() const { return m_spans; }

signals:
    void spanClicked(const QString &spanId);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void render();
    void applyMeasure();
    void refreshSpans();
    /// Document ranges showing a page range, one per paragraph stretch.
    QVector<TextRange> documentRanges(const TextRange &source) const;

    const Corpus *m_corpus;
    ProjectStore *m_store = nullptr;
    QFont m_font;
    QFont m_shownFont; ///< m_font at the current zoom
    int m_zoom = 100;
    int m_page = -1;
    int m_article = -1;
    /// The page of the article shown (null when none is).
    std::shared_ptr<const CorpusPage> m_shownPage;
    QVector<int> m_paragraphStarts;
    QVector<Span> m_spans;
};
