#pragma once

#include <memory>

#include "block.h"
#include "storetypes.h"
#include "textrange.h"

#include <QFont>
#include <QWidget>

class Corpus;
struct CorpusPage;
class ProjectStore;
class QLabel;
class QMenu;
class Query;
class ReaderTextView;
class SearchHitNavigator;

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
    /// Highlights the search query's hits in the page's text, as the
    /// article view does (same finder, same colours), on every page shown.
    void setSearchQuery(const Query &query);
    /// Steps through those hits (F3 while the page view is shown).
    SearchHitNavigator *searchHits() const { return m_hits; }
    /// The project whose spans are highlighted; nullptr: none.
    void setStore(ProjectStore *store);
    /// The page's spans highlighted now.
    const QVector<Span> &spans() const { return m_spans; }
    /// Selects a page range and scrolls to it.
    bool selectSourceRange(const TextRange &range);
    /// The block under the text cursor (or the selection's start), or -1.
    int currentBlock() const;
    /// The context menu for the block at a document position (the
    /// segmentation fixes); public so tests and the Article menu share it.
    QMenu *createBlockMenu(int position, QWidget *parent);
    void setReadingFont(const QFont &font);
    void setZoomPercent(int percent);

signals:
    void articleClicked(int pageIndex, int articleIndex);
    void spanClicked(const QString &spanId);
    /// The editor chose a block's real kind ("this is a byline").
    void changeBlockKindRequested(int pageIndex, int blockIndex, BlockKind kind);
    /// The editor wants a block moved to another article.
    void moveBlockRequested(int pageIndex, int blockIndex);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void render();
    void highlightArticle(bool scroll);
    void retranslateUi();
    void refreshSpans();

    const Corpus *m_corpus;
    QLabel *m_legend;
    ReaderTextView *m_text;
    SearchHitNavigator *m_hits;
    QFont m_font;
    int m_zoom = 100;
    int m_page = -1;
    int m_article = -1;
    /// The page shown (null when none is).
    std::shared_ptr<const CorpusPage> m_shownPage;
    QPoint m_pressPos;
    ProjectStore *m_store = nullptr;
    QVector<Span> m_spans;
};
