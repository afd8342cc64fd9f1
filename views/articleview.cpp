#include "articleview.h"

#include "articletypesetter.h"
#include "corpus.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QTextFrame>
#include <QScrollBar>

namespace {
/// Lines of more than about 40 characters are tiring to read: on a wide
/// window the text keeps a newspaper-like measure, centred.
constexpr qreal measureInCharacters = 40;
} // namespace

ArticleView::ArticleView(const Corpus *corpus, QWidget *parent)
    : ReaderTextView(parent)
    , m_corpus(corpus)
{
    setObjectName(QStringLiteral("articleView"));
    // The hint depends on whether anything is open; a reopened page may
    // have different articles.
    const auto refreshHint = [this] {
        if (!m_corpus->article(m_page, m_article))
            render();
    };
    connect(corpus, &Corpus::pageAdded, this, refreshHint);
    connect(corpus, &Corpus::cleared, this, refreshHint);
    connect(corpus, &Corpus::pageReplaced, this, [this](int page) {
        if (page == m_page)
            render();
    });
    render();
}

ArticleView::~ArticleView() = default;

void ArticleView::showArticle(int pageIndex, int articleIndex)
{
    if (pageIndex == m_page && articleIndex == m_article && m_corpus->article(pageIndex, articleIndex))
        return;
    m_page = pageIndex;
    m_article = articleIndex;
    render();
    verticalScrollBar()->setValue(0);
}

void ArticleView::setReadingFont(const QFont &font)
{
    m_font = font;
    render();
}

void ArticleView::setZoomPercent(int percent)
{
    if (percent == m_zoom)
        return;
    m_zoom = percent;
    const int scroll = verticalScrollBar()->value();
    render();
    verticalScrollBar()->setValue(scroll);
}

void ArticleView::changeEvent(QEvent *event)
{
    // Placeholders are translated and tints come from the palette.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        render();
    ReaderTextView::changeEvent(event);
}

void ArticleView::render()
{
    QFont font = m_font;
    font.setPointSizeF((font.pointSizeF() > 0 ? font.pointSizeF() : 14.0) * m_zoom / 100.0);
    m_shownFont = font;
    ArticleTypesetter typesetter(font, palette());
    typesetter.setMeasure(measureInCharacters);
    const Article *article = m_corpus->article(m_page, m_article);
    if (article) {
        typesetter.typeset(document(), *article, m_corpus->page(m_page).segmentation);
    } else if (m_corpus->isEmpty()) {
        typesetter.typesetMessage(document(), tr("No pages open.\nOpen a folder of pages (Ctrl+Shift+O) or drop files here."));
    } else {
        typesetter.typesetMessage(document(), tr("Select an article in the corpus pane."));
    }
    applyMeasure();
    announceNewContent();
}

void ArticleView::resizeEvent(QResizeEvent *event)
{
    ReaderTextView::resizeEvent(event);
    applyMeasure();
}

void ArticleView::applyMeasure()
{
    const qreal em = QFontMetricsF(m_shownFont).horizontalAdvance(QChar(0x4E2D));
    const qreal minimum = em * 1.2;
    const qreal side = qMax(minimum, (viewport()->width() - em * measureInCharacters) / 2);
    QTextFrame *root = document()->rootFrame();
    QTextFrameFormat format = root->frameFormat();
    if (qFuzzyCompare(format.leftMargin(), side) && qFuzzyCompare(format.rightMargin(), side))
        return;
    format.setLeftMargin(side);
    format.setRightMargin(side);
    root->setFrameFormat(format);
}
