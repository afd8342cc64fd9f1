#include "corpusmodel.h"

#include "corpus.h"
#include "warningindex.h"

#include <QCoreApplication>
#include <QEvent>

#include <utility>

namespace {

/// internalId of page rows; article rows carry their page index + 1, so
/// parent() can find the page without a lookup table.
constexpr quintptr PageRowId = 0;

/// Shown instead of numbers in the marks column; a symbol keeps the column
/// narrow, and the tooltip says what it means.
QString marksFor(int warnings, int repairs)
{
    QString marks;
    if (warnings > 0)
        marks += QChar(0x26A0); // ⚠
    if (repairs > 0)
        marks += QChar(0x21BB); // ↻
    return marks;
}

} // namespace

CorpusModel::CorpusModel(Corpus *corpus, QObject *parent)
    : QAbstractItemModel(parent)
    , m_corpus(corpus)
{
    for (int i = 0; i < m_corpus->pageCount(); ++i)
        m_articleCounts.append(m_corpus->articleCount(i));

    connect(m_corpus, &Corpus::pageAdded, this, &CorpusModel::onPageAdded);
    // A project opens as one batch: one insertion for all its pages.
    connect(m_corpus, &Corpus::pagesAdded, this, [this](int first, int last) {
        Q_ASSERT(first == m_articleCounts.size());
        beginInsertRows(QModelIndex(), first, last);
        for (int page = first; page <= last; ++page)
            m_articleCounts.append(m_corpus->articleCount(page));
        endInsertRows();
    });
    connect(m_corpus, &Corpus::pageAboutToBeReplaced, this, &CorpusModel::onPageAboutToBeReplaced);
    connect(m_corpus, &Corpus::pageReplaced, this, &CorpusModel::onPageReplaced);
    connect(m_corpus, &Corpus::aboutToBeCleared, this, [this] { beginResetModel(); });
    connect(m_corpus, &Corpus::cleared, this, [this] {
        m_articleCounts.clear();
        endResetModel();
    });
    // Kind labels and headers are translated when asked for; a language
    // switch at run time must refresh them.
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

CorpusModel::~CorpusModel() = default;

bool CorpusModel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange)
        retranslate();
    return QAbstractItemModel::eventFilter(watched, event);
}

void CorpusModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    for (int page = 0; page < m_articleCounts.size(); ++page) {
        emit dataChanged(index(page, 0), index(page, ColumnCount - 1));
        if (m_articleCounts.at(page) > 0) {
            const QModelIndex parentIndex = index(page, 0);
            emit dataChanged(index(0, 0, parentIndex),
                             index(m_articleCounts.at(page) - 1, ColumnCount - 1, parentIndex));
        }
    }
}

void CorpusModel::onPageAdded(int pageIndex)
{
    Q_ASSERT(pageIndex == m_articleCounts.size());
    beginInsertRows(QModelIndex(), pageIndex, pageIndex);
    m_articleCounts.append(m_corpus->articleCount(pageIndex));
    endInsertRows();
}

void CorpusModel::onPageAboutToBeReplaced(int pageIndex)
{
    const int count = m_articleCounts.value(pageIndex);
    if (count == 0)
        return;
    beginRemoveRows(index(pageIndex, 0), 0, count - 1);
    m_articleCounts[pageIndex] = 0;
    endRemoveRows();
}

void CorpusModel::onPageReplaced(int pageIndex)
{
    const int count = m_corpus->articleCount(pageIndex);
    if (count > 0) {
        beginInsertRows(index(pageIndex, 0), 0, count - 1);
        m_articleCounts[pageIndex] = count;
        endInsertRows();
    }
    emit dataChanged(index(pageIndex, 0), index(pageIndex, ColumnCount - 1));
}

bool CorpusModel::isPage(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.internalId() == PageRowId;
}

int CorpusModel::pageIndexAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return -1;
    return index.internalId() == PageRowId ? index.row() : int(index.internalId() - 1);
}

int CorpusModel::articleIndexAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == PageRowId)
        return -1;
    return index.row();
}

std::shared_ptr<const Article> CorpusModel::articleAt(const QModelIndex &index) const
{
    const int article = articleIndexAt(index);
    return article < 0 ? nullptr : m_corpus->article(pageIndexAt(index), article);
}

const ArticleOutline *CorpusModel::outlineAt(const QModelIndex &index) const
{
    const int page = pageIndexAt(index);
    const int article = articleIndexAt(index);
    if (article < 0 || article >= m_corpus->articleCount(page))
        return nullptr;
    return &m_corpus->outline(page).articles.at(article);
}

std::shared_ptr<const CorpusPage> CorpusModel::pageAt(const QModelIndex &index) const
{
    return m_corpus->page(pageIndexAt(index));
}

QModelIndex CorpusModel::indexForPage(int pageIndex, int column) const
{
    if (pageIndex < 0 || pageIndex >= m_articleCounts.size())
        return {};
    return index(pageIndex, column);
}

QModelIndex CorpusModel::indexForArticle(int pageIndex, int articleIndex, int column) const
{
    const QModelIndex page = indexForPage(pageIndex);
    if (!page.isValid() || articleIndex < 0 || articleIndex >= m_articleCounts.at(pageIndex))
        return {};
    return index(articleIndex, column, page);
}

QString CorpusModel::displayTitle(const ArticleOutline &article)
{
    if (!article.title.trimmed().isEmpty())
        return article.title;
    // An untitled brief or photo is recognised by its first words.
    const QString placeholder = tr("(untitled)");
    return article.opening.isEmpty() ? placeholder : placeholder + QLatin1Char(' ') + article.opening;
}

QString CorpusModel::displayTitle(const Article &article)
{
    return displayTitle(ArticleOutline::of(article));
}

QModelIndex CorpusModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_articleCounts.size() ? createIndex(row, column, PageRowId) : QModelIndex();
    if (parent.model() != this || parent.internalId() != PageRowId || parent.column() != 0)
        return {};
    const int page = parent.row();
    if (page >= m_articleCounts.size() || row >= m_articleCounts.at(page))
        return {};
    return createIndex(row, column, quintptr(page) + 1);
}

QModelIndex CorpusModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == PageRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, PageRowId);
}

int CorpusModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_articleCounts.size();
    if (parent.internalId() != PageRowId || parent.column() != 0)
        return 0;
    return m_articleCounts.value(parent.row());
}

int CorpusModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

Qt::ItemFlags CorpusModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!isPage(index))
        result |= Qt::ItemNeverHasChildren;
    return result;
}

QVariant CorpusModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const int page = pageIndexAt(index);
    if (page < 0 || page >= m_corpus->pageCount())
        return {};
    if (isPage(index))
        return pageData(page, index.column(), role);
    return articleData(page, index.row(), index.column(), role);
}

QVariant CorpusModel::pageData(int pageIndex, int column, int role) const
{
    const PageOutline &page = m_corpus->outline(pageIndex);
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(column)) {
        case TitleColumn:
            return page.fileName();
        case KindColumn:
            return tr("Page");
        case ParagraphsColumn:
            return tr("%n article(s)", nullptr, page.articles.size());
        case CharactersColumn:
            return page.textLength;
        case MarksColumn:
            return marksFor(page.warningCount, page.repairCount);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == MarksColumn) {
            if (page.warningCount == 0 && page.repairCount == 0)
                return {};
            // The messages are in the segmentation: read the page (one
            // page, when the pointer rests on its row).
            const std::shared_ptr<const CorpusPage> content = m_corpus->page(pageIndex);
            if (!content)
                return {};
            const SegmentedPage &segmentation = content->segmentation;
            QStringList lines;
            if (!segmentation.orphans.isEmpty())
                lines << tr("%n block(s) belong to no article", nullptr, segmentation.orphans.size());
            for (const SegmentationWarning &warning : segmentation.warnings)
                lines << warning.message;
            for (const Repair &repair : segmentation.repairs)
                lines << repair.description;
            return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
        }
        return tr("%1\nEncoding: %2 (%3%)").arg(page.path, page.encoding).arg(page.confidence);
    case Qt::TextAlignmentRole:
        if (column == ParagraphsColumn || column == CharactersColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case PageIndexRole:
        return pageIndex;
    case ArticleIndexRole:
    case KindRole:
        return -1;
    case IsPageRole:
        return true;
    case ArticleIdRole:
        return QString();
    case TitleRole:
        return page.fileName();
    case CharacterCountRole:
        return page.textLength;
    case ParagraphCountRole:
        return 0;
    case WarningCountRole:
        return page.warningCount;
    case RepairCountRole:
        return page.repairCount;
    case PathRole:
        return page.path;
    default:
        return {};
    }
}

QVariant CorpusModel::articleData(int pageIndex, int articleIndex, int column, int role) const
{
    const PageOutline &page = m_corpus->outline(pageIndex);
    if (articleIndex < 0 || articleIndex >= page.articles.size())
        return {};
    const ArticleOutline &article = page.articles.at(articleIndex);
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(column)) {
        case TitleColumn:
            return displayTitle(article);
        case KindColumn:
            return articleKindLabel(article.kind);
        case ParagraphsColumn:
            return article.paragraphCount;
        case CharactersColumn:
            return article.characterCount;
        case MarksColumn: {
            QString marks = marksFor(article.warningCount, article.repairCount);
            if (const int checks = checkWarnings(page, article); checks > 0)
                marks += QChar(0x2691) + QString::number(checks); // ⚑n: copy-check warnings
            const QString annotations = m_annotationMarks ? m_annotationMarks(article.id).first : QString();
            return annotations.isEmpty() ? marks
                                         : (marks.isEmpty() ? annotations : marks + QLatin1Char(' ') + annotations);
        }
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole: {
        if (column == MarksColumn) {
            QStringList lines;
            if (const int checks = checkWarnings(page, article); checks > 0)
                lines << tr("%n copy-check warning(s)", nullptr, checks);
            if (m_annotationMarks) {
                const QString details = m_annotationMarks(article.id).second;
                if (!details.isEmpty())
                    lines << details;
            }
            if (article.warningCount > 0 || article.repairCount > 0) {
                // The messages are in the article itself: read its page.
                if (const std::shared_ptr<const Article> full = m_corpus->article(pageIndex, articleIndex)) {
                    for (const SegmentationWarning &warning : full->warnings)
                        lines << warning.message;
                    for (const Repair &repair : full->repairs)
                        lines << repair.description;
                }
            }
            return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
        }
        if (column == TitleColumn)
            return displayTitle(article);
        return {};
    }
    case Qt::TextAlignmentRole:
        if (column == ParagraphsColumn || column == CharactersColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ArticleIdRole:
        return article.id;
    case PageIndexRole:
        return pageIndex;
    case ArticleIndexRole:
        return articleIndex;
    case IsPageRole:
        return false;
    case KindRole:
        return int(article.kind);
    case TitleRole:
        return article.title;
    case CharacterCountRole:
        return article.characterCount;
    case ParagraphCountRole:
        return article.paragraphCount;
    case WarningCountRole:
        return article.warningCount;
    case RepairCountRole:
        return article.repairCount;
    case PathRole:
        return page.path;
    case CheckWarningCountRole:
        return checkWarnings(page, article);
    default:
        return {};
    }
}

QVariant CorpusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case TitleColumn:
            return tr("Title");
        case KindColumn:
            return tr("Kind");
        case ParagraphsColumn:
            return tr("Paras");
        case CharactersColumn:
            return tr("Chars");
        case MarksColumn:
            return tr("Marks");
        case ColumnCount:
            break;
        }
    }
    // The pane is narrow: short headers, the full words in the tooltips.
    if (role == Qt::ToolTipRole && section == ParagraphsColumn)
        return tr("Paragraphs (section headings not counted)");
    if (role == Qt::ToolTipRole && section == CharactersColumn)
        return tr("Characters of the title and the text");
    if (role == Qt::ToolTipRole && section == MarksColumn)
        return tr("%1 warnings to check, %2 repairs the segmenter made; review status and tags will appear here")
            .arg(QChar(0x26A0), QChar(0x21BB));
    return {};
}

QHash<int, QByteArray> CorpusModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(ArticleIdRole, QByteArrayLiteral("articleId"));
    names.insert(PageIndexRole, QByteArrayLiteral("pageIndex"));
    names.insert(ArticleIndexRole, QByteArrayLiteral("articleIndex"));
    names.insert(IsPageRole, QByteArrayLiteral("isPage"));
    names.insert(KindRole, QByteArrayLiteral("kind"));
    names.insert(TitleRole, QByteArrayLiteral("title"));
    names.insert(CharacterCountRole, QByteArrayLiteral("characterCount"));
    names.insert(ParagraphCountRole, QByteArrayLiteral("paragraphCount"));
    names.insert(WarningCountRole, QByteArrayLiteral("warningCount"));
    names.insert(RepairCountRole, QByteArrayLiteral("repairCount"));
    names.insert(PathRole, QByteArrayLiteral("path"));
    names.insert(CheckWarningCountRole, QByteArrayLiteral("checkWarningCount"));
    return names;
}

void CorpusModel::setAnnotationMarks(AnnotationMarks marks)
{
    m_annotationMarks = std::move(marks);
    refreshAnnotationMarks();
}

void CorpusModel::refreshAnnotationMarks()
{
    refreshMarks();
}

void CorpusModel::refreshMarks()
{
    for (int page = 0; page < m_articleCounts.size(); ++page) {
        const int count = m_articleCounts.at(page);
        if (count > 0)
            emit dataChanged(indexForArticle(page, 0, MarksColumn), indexForArticle(page, count - 1, MarksColumn));
    }
}

int CorpusModel::checkWarnings(const PageOutline &page, const ArticleOutline &article) const
{
    return m_checkWarnings.value(WarningIndex::articleKey(page.checkKey(), article.id));
}

void CorpusModel::setWarningCounts(const QHash<QString, int> &counts)
{
    if (counts == m_checkWarnings)
        return;
    const QHash<QString, int> old = std::exchange(m_checkWarnings, counts);
    if (old.isEmpty() || counts.isEmpty()) {
        // The first counts after opening (or none any more): nearly every
        // article changes, and finding which ones took a lookup per
        // article — 0.3 s of a frozen window at 335 000 articles.
        refreshMarks();
        return;
    }
    // One dataChanged per run of changed rows, so a new check run does not
    // repaint the whole tree.
    for (int page = 0; page < m_articleCounts.size(); ++page) {
        const PageOutline &outline = m_corpus->outline(page);
        const QVector<ArticleOutline> &articles = outline.articles;
        const int count = qMin(m_articleCounts.at(page), int(articles.size()));
        int first = -1;
        for (int row = 0; row <= count; ++row) {
            const QString key
                = row < count ? WarningIndex::articleKey(outline.checkKey(), articles.at(row).id) : QString();
            const bool changed = row < count && old.value(key) != m_checkWarnings.value(key);
            if (changed && first < 0)
                first = row;
            if (!changed && first >= 0) {
                emit dataChanged(indexForArticle(page, first, MarksColumn),
                                 indexForArticle(page, row - 1, MarksColumn));
                first = -1;
            }
        }
    }
}
