#include "pageview.h"

#include "corpus.h"
#include "projectstore.h"
#include "pagetypesetter.h"
#include "readertextview.h"
#include "searchhitnavigator.h"
#include "tints.h"

#include <QEvent>
#include <QContextMenuEvent>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QVBoxLayout>

PageView::PageView(const Corpus *corpus, QWidget *parent)
    : QWidget(parent)
    , m_corpus(corpus)
    , m_legend(new QLabel(this))
    , m_text(new ReaderTextView(this))
    , m_hits(new SearchHitNavigator(this))
{
    setObjectName(QStringLiteral("pageView"));
    m_text->setObjectName(QStringLiteral("pageText"));
    m_legend->setObjectName(QStringLiteral("pageLegend"));
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setContentsMargins(6, 3, 6, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_legend);
    layout->addWidget(m_text, 1);
    setFocusProxy(m_text);
    m_text->viewport()->installEventFilter(this);
    m_text->setContextMenuPolicy(Qt::DefaultContextMenu);
    // The page's text is the source one for one, so the hits are found in
    // the document itself, recomputed whenever another page is shown.
    m_hits->setView(m_text);
    connect(corpus, &Corpus::pageReplaced, this, [this](int page) {
        if (page == m_page)
            render();
    });
    connect(corpus, &Corpus::cleared, this, [this] {
        m_shownPage.reset();
        m_page = -1;
        m_article = -1;
        render();
    });
    retranslateUi();
    render();
}

PageView::~PageView() = default;

void PageView::setSearchQuery(const Query &query)
{
    m_hits->setQuery(query);
}

void PageView::showPage(int pageIndex, int articleIndex)
{
    if (pageIndex != m_page) {
        m_page = pageIndex;
        m_article = articleIndex;
        render();
        return;
    }
    if (articleIndex != m_article) {
        m_article = articleIndex;
        highlightArticle(true);
    }
}

void PageView::setReadingFont(const QFont &font)
{
    m_font = font;
    render();
}

void PageView::setZoomPercent(int percent)
{
    if (percent == m_zoom)
        return;
    m_zoom = percent;
    const int scroll = m_text->verticalScrollBar()->value();
    render();
    m_text->verticalScrollBar()->setValue(scroll);
}

void PageView::render()
{
    QFont font = m_font;
    // The page is for checking, not for reading: a little smaller than the reader.
    font.setPointSizeF((font.pointSizeF() > 0 ? font.pointSizeF() : 14.0) * 0.9 * m_zoom / 100.0);
    const PageTypesetter typesetter(font, palette());
    // Held while shown: the corpus keeps only recently read pages.
    m_shownPage = m_corpus->page(m_page);
    if (m_shownPage) {
        typesetter.typeset(m_text->document(), m_shownPage->source.text(), m_shownPage->segmentation);
    } else {
        m_text->document()->clear();
        m_text->setPlainText(tr("No page selected."));
    }
    m_text->verticalScrollBar()->setValue(0);
    m_text->announceNewContent();
    highlightArticle(true);
    refreshSpans();
}

void PageView::highlightArticle(bool scroll)
{
    QList<QTextEdit::ExtraSelection> selections;
    if (!m_shownPage || m_article < 0 || m_article >= m_shownPage->segmentation.articles.size()) {
        m_text->setLayer(ReaderTextView::Layer::Context, selections);
        return;
    }
    const SegmentedPage &page = m_shownPage->segmentation;
    const Article *article = &page.articles.at(m_article);
    int first = -1;
    QTextCharFormat format;
    format.setBackground(Tints::article(palette(), m_article, true));
    for (int blockIndex : article->blocks) {
        if (blockIndex < 0 || blockIndex >= page.blocks.size())
            continue;
        const TextRange range = page.blocks.at(blockIndex).range;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_text->document());
        selection.cursor.setPosition(range.begin);
        selection.cursor.setPosition(range.end, QTextCursor::KeepAnchor);
        selection.format = format;
        selections.append(selection);
        if (first < 0 || range.begin < first)
            first = range.begin;
    }
    m_text->setLayer(ReaderTextView::Layer::Context, selections);
    if (scroll && first >= 0) {
        QTextCursor cursor(m_text->document());
        cursor.setPosition(first);
        const QRect rect = m_text->cursorRect(cursor);
        const int margin = m_text->viewport()->height() / 5;
        QScrollBar *bar = m_text->verticalScrollBar();
        bar->setValue(bar->value() + rect.top() - margin);
    }
}

bool PageView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text->viewport()) {
        if (event->type() == QEvent::MouseButtonPress) {
            m_pressPos = static_cast<QMouseEvent *>(event)->pos();
        } else if (event->type() == QEvent::MouseButtonRelease) {
            auto *mouse = static_cast<QMouseEvent *>(event);
            // A drag selects text to copy; only a click selects the article.
            const bool click = (mouse->pos() - m_pressPos).manhattanLength() < 4;
            if (click && mouse->button() == Qt::LeftButton && m_shownPage) {
                const SegmentedPage &page = m_shownPage->segmentation;
                const int position = m_text->cursorForPosition(mouse->pos()).position();
                const int block = PageTypesetter::blockAt(page, position);
                const QVector<int> owners = PageTypesetter::blockOwners(page);
                if (block >= 0 && block < owners.size() && owners.at(block) >= 0)
                    emit articleClicked(m_page, owners.at(block));
                for (const Span &span : qAsConst(m_spans)) {
                    if (span.range.contains(position)) {
                        emit spanClicked(span.id);
                        break;
                    }
                }
            }
        } else if (event->type() == QEvent::ContextMenu && m_shownPage) {
            auto *context = static_cast<QContextMenuEvent *>(event);
            QMenu *menu = createBlockMenu(m_text->cursorForPosition(context->pos()).position(), this);
            if (menu) {
                menu->setAttribute(Qt::WA_DeleteOnClose);
                menu->popup(context->globalPos());
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PageView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        render();
    } else if (event->type() == QEvent::PaletteChange) {
        retranslateUi();
        render();
    }
    QWidget::changeEvent(event);
}

void PageView::retranslateUi()
{
    const QPalette pal = palette();
    const auto swatch = [](const QColor &colour, const QString &label, const QString &style = QString()) {
        return QStringLiteral("<span style=\"background-color:%1;%2\">&nbsp;%3&nbsp;</span>")
            .arg(colour.name(), style, label.toHtmlEscaped());
    };
    QStringList items;
    items << swatch(Tints::article(pal, 0), tr("article 1")) + swatch(Tints::article(pal, 1), tr("article 2"))
                 + swatch(Tints::article(pal, 2), tr("article 3"));
    items << QStringLiteral("<b>%1</b>").arg(tr("headline").toHtmlEscaped());
    items << QStringLiteral("<span style=\"color:%1\">%2</span>")
                 .arg(Tints::muted(pal).name(), tr("furniture, bylines").toHtmlEscaped());
    items << swatch(Tints::warning(pal), tr("orphan / cut"), QStringLiteral("text-decoration:underline"));
    items << swatch(Tints::duplicate(pal), tr("duplicate"));
    items << QStringLiteral("<span style=\"text-decoration:underline;color:%1\">%2</span>")
                 .arg(Tints::repairInk(pal).name(), tr("repaired (dotted underline)").toHtmlEscaped());
    m_legend->setText(tr("Legend:") + QStringLiteral(" ") + items.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    m_legend->setToolTip(tr("Hover over the text to see each block's kind and article; click a block to open its article."));
}

void PageView::setStore(ProjectStore *store)
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

void PageView::refreshSpans()
{
    m_spans.clear();
    QList<QTextEdit::ExtraSelection> selections;
    if (m_store && m_shownPage) {
        m_spans = m_store->spans(m_shownPage->pageId);
        QHash<QString, QColor> colours;
        for (const Label &label : m_store->labels())
            colours.insert(label.id, QColor(label.colour));
        const int length = m_text->document()->characterCount() - 1;
        for (const Span &span : qAsConst(m_spans)) {
            if (span.orphaned || span.range.isEmpty() || span.range.end > length)
                continue;
            const QColor colour = colours.value(span.labelId, QColor(Qt::gray));
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(m_text->document());
            selection.cursor.setPosition(span.range.begin);
            selection.cursor.setPosition(span.range.end, QTextCursor::KeepAnchor);
            selection.format.setBackground(Tints::label(palette(), colour, true));
            selection.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            selection.format.setUnderlineColor(Tints::labelInk(palette(), colour));
            selections.append(selection);
        }
    }
    m_text->setLayer(ReaderTextView::Layer::Annotations, selections);
}

bool PageView::selectSourceRange(const TextRange &range)
{
    const int length = m_text->document()->characterCount() - 1;
    if (range.isEmpty() || range.end > length)
        return false;
    QTextCursor cursor(m_text->document());
    cursor.setPosition(range.begin);
    cursor.setPosition(range.end, QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
    return true;
}

int PageView::currentBlock() const
{
    if (!m_shownPage)
        return -1;
    return PageTypesetter::blockAt(m_shownPage->segmentation, m_text->textCursor().selectionStart());
}

QMenu *PageView::createBlockMenu(int position, QWidget *parent)
{
    if (!m_shownPage)
        return nullptr;
    const SegmentedPage &page = m_shownPage->segmentation;
    const int block = PageTypesetter::blockAt(page, position);
    if (block < 0 || block >= page.blocks.size())
        return nullptr;
    const int pageIndex = m_page;
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("blockMenu"));
    const BlockKind current = page.blocks.at(block).kind;
    QMenu *kinds = menu->addMenu(tr("This Block Is a…"));
    kinds->setObjectName(QStringLiteral("blockKindMenu"));
    const BlockKind choices[] = {BlockKind::Headline, BlockKind::Kicker, BlockKind::Subtitle, BlockKind::Byline,
                                 BlockKind::Body, BlockKind::SectionHeading, BlockKind::Caption, BlockKind::BriefLead,
                                 BlockKind::SourceNote, BlockKind::ContinuationMark, BlockKind::EditorNote,
                                 BlockKind::Furniture};
    for (BlockKind kind : choices) {
        QAction *action = kinds->addAction(blockKindLabel(kind));
        action->setCheckable(true);
        action->setChecked(kind == current);
        action->setEnabled(kind != current && m_store && !m_store->isReadOnly());
        connect(action, &QAction::triggered, this,
                [this, pageIndex, block, kind] { emit changeBlockKindRequested(pageIndex, block, kind); });
    }
    QAction *move = menu->addAction(tr("Move Block to Article…"));
    move->setEnabled(m_store && !m_store->isReadOnly());
    connect(move, &QAction::triggered, this, [this, pageIndex, block] { emit moveBlockRequested(pageIndex, block); });
    return menu;
}
