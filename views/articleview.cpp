#include "articleview.h"

#include "articlesourcemap.h"
#include "articletypesetter.h"
#include "corpus.h"
#include "projectstore.h"
#include "tints.h"

#include <QEvent>
#include <QMouseEvent>
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
    connect(corpus, &Corpus::pageAdded, this, [this] {
        if (!article())
            render();
    });
    connect(corpus, &Corpus::cleared, this, [this] {
        m_shownPage.reset();
        render();
    });
    connect(corpus, &Corpus::pageReplaced, this, [this](int page) {
        if (page == m_page)
            render();
    });
    render();
}

ArticleView::~ArticleView() = default;

void ArticleView::showArticle(int pageIndex, int articleIndex)
{
    if (pageIndex == m_page && articleIndex == m_article && article())
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
    // Held while shown: the corpus keeps only recently read pages.
    m_shownPage = m_article >= 0 ? m_corpus->page(m_page) : nullptr;
    const Article *shown = article();
    m_paragraphStarts.clear();
    if (shown) {
        typesetter.typeset(document(), *shown, m_shownPage->segmentation, &m_paragraphStarts);
    } else if (m_corpus->isEmpty()) {
        typesetter.typesetMessage(document(), tr("No pages open.\nOpen a folder of pages (Ctrl+Shift+O) or drop files here."));
    } else {
        typesetter.typesetMessage(document(), tr("Select an article in the corpus pane."));
    }
    applyMeasure();
    announceNewContent();
    refreshSpans();
}

void ArticleView::showProgress(const QString &message)
{
    ArticleTypesetter typesetter(m_shownFont, palette());
    typesetter.setMeasure(measureInCharacters);
    typesetter.typesetMessage(document(), message);
    applyMeasure();
    viewport()->repaint();
}

void ArticleView::endProgress()
{
    render();
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

const Article *ArticleView::article() const
{
    if (!m_shownPage || m_article < 0 || m_article >= m_shownPage->segmentation.articles.size())
        return nullptr;
    return &m_shownPage->segmentation.articles.at(m_article);
}

void ArticleView::setStore(ProjectStore *store)
{
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    if (m_store) {
        const auto refresh = [this] { refreshSpans(); };
        connect(m_store, &ProjectStore::annotationAdded, this, refresh);
        connect(m_store, &ProjectStore::annotationChanged, this, refresh);
        connect(m_store, &ProjectStore::annotationRemoved, this, refresh);
        connect(m_store, &ProjectStore::labelsChanged, this, refresh);
        connect(m_store, &ProjectStore::externalChange, this, refresh);
    }
    refreshSpans();
}

int ArticleView::paragraphAt(int position) const
{
    const Article *shown = article();
    if (!shown)
        return -1;
    for (int i = 0; i < m_paragraphStarts.size() && i < shown->paragraphs.size(); ++i) {
        const int start = m_paragraphStarts.at(i);
        if (position >= start && position <= start + shown->paragraphs.at(i).text.size())
            return i;
    }
    return -1;
}

int ArticleView::currentParagraph() const
{
    const QTextCursor cursor = textCursor();
    int paragraph = paragraphAt(cursor.selectionStart());
    if (paragraph >= 0)
        return paragraph;
    paragraph = paragraphAt(cursorForPosition(QPoint(viewport()->width() / 2, 4)).position());
    return paragraph;
}

QVector<TextRange> ArticleView::selectedSourceRanges(QString *why) const
{
    const auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return QVector<TextRange>();
    };
    const Article *shown = article();
    if (!shown)
        return fail(tr("No article is shown."));
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        return fail(tr("Select some text of the article first."));
    const int first = paragraphAt(cursor.selectionStart());
    const int last = paragraphAt(cursor.selectionEnd());
    if (first < 0 || last < 0)
        return fail(tr("Only the text of paragraphs can be labelled, not the headline or the notes."));
    if (first != last)
        return fail(tr("Select text within one paragraph: a label cannot span paragraphs."));
    const Paragraph &paragraph = shown->paragraphs.at(first);
    const int start = m_paragraphStarts.at(first);
    const int from = qBound(0, cursor.selectionStart() - start, paragraph.text.size());
    const int to = qBound(0, cursor.selectionEnd() - start, paragraph.text.size());
    const ArticleSourceMap map(m_shownPage->source.text(), paragraph);
    if (!map.isValid())
        return fail(tr("This paragraph was rebuilt by the segmenter and cannot be labelled here; use the page view."));
    const QVector<TextRange> ranges = map.toSource(from, to);
    if (ranges.isEmpty())
        return fail(tr("Select some text of the article first."));
    return ranges;
}

QVector<TextRange> ArticleView::documentRanges(const TextRange &source) const
{
    QVector<TextRange> result;
    const Article *shown = article();
    if (!shown)
        return result;
    const QString &pageText = m_shownPage->source.text();
    for (int i = 0; i < m_paragraphStarts.size() && i < shown->paragraphs.size(); ++i) {
        const Paragraph &paragraph = shown->paragraphs.at(i);
        const TextRange covered = paragraph.span();
        if (!covered.overlaps(source))
            continue;
        const ArticleSourceMap map(pageText, paragraph);
        for (const TextRange &stretch : map.fromSource(source))
            result.append({m_paragraphStarts.at(i) + stretch.begin, m_paragraphStarts.at(i) + stretch.end});
    }
    return result;
}

bool ArticleView::selectSourceRange(const TextRange &range)
{
    const QVector<TextRange> ranges = documentRanges(range);
    if (ranges.isEmpty())
        return false;
    QTextCursor cursor(document());
    cursor.setPosition(ranges.first().begin);
    cursor.setPosition(ranges.last().end, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    ensureCursorVisible();
    return true;
}

QString ArticleView::spanAt(int position) const
{
    for (const Span &span : m_spans) {
        for (const TextRange &range : documentRanges(span.range)) {
            if (position >= range.begin && position < range.end)
                return span.id;
        }
    }
    return QString();
}

void ArticleView::refreshSpans()
{
    m_spans.clear();
    QList<QTextEdit::ExtraSelection> selections;
    const Article *shown = article();
    if (m_store && shown) {
        m_spans = m_store->spansOfArticle(shown->id);
        QHash<QString, QColor> colours;
        for (const Label &label : m_store->labels())
            colours.insert(label.id, QColor(label.colour));
        for (const Span &span : qAsConst(m_spans)) {
            const QColor colour = colours.value(span.labelId, QColor(Qt::gray));
            QTextCharFormat format;
            format.setBackground(Tints::label(palette(), colour));
            format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            format.setUnderlineColor(Tints::labelInk(palette(), colour));
            for (const TextRange &range : documentRanges(span.range)) {
                QTextEdit::ExtraSelection selection;
                selection.cursor = QTextCursor(document());
                selection.cursor.setPosition(range.begin);
                selection.cursor.setPosition(range.end, QTextCursor::KeepAnchor);
                selection.format = format;
                selections.append(selection);
            }
        }
    }
    setLayer(Layer::Annotations, selections);
}

void ArticleView::mouseReleaseEvent(QMouseEvent *event)
{
    ReaderTextView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection())
        return;
    const QString id = spanAt(cursorForPosition(event->pos()).position());
    if (!id.isEmpty())
        emit spanClicked(id);
}
