#pragma once

#include "article.h"
#include "pageoutline.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPair>

#include <QVector>
#include <functional>
#include <memory>

class Corpus;
struct CorpusPage;

/// The corpus pane's tree: pages at the top, their articles below.
///
/// A thin adapter over Corpus: each typed change of the corpus becomes a
/// row insertion or removal, never a reset per page, so the view keeps its
/// selection while pages arrive. Row counts come from the model's own
/// record of what it has announced, so they stay consistent between a
/// begin…Rows and its end…Rows call.
class CorpusModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorpusModel)

public:
    enum Column { TitleColumn, KindColumn, ParagraphsColumn, CharactersColumn, MarksColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        ArticleIdRole = Qt::UserRole + 1, ///< QString; empty for a page row
        PageIndexRole,                    ///< int
        ArticleIndexRole,                 ///< int; -1 for a page row
        IsPageRole,                       ///< bool
        KindRole,                         ///< int(ArticleKind); -1 for a page row
        TitleRole,                        ///< QString; the plain title, empty when untitled
        CharacterCountRole,               ///< int
        ParagraphCountRole,               ///< int
        WarningCountRole,                 ///< int; segmentation warnings
        RepairCountRole,                  ///< int; repairs the segmenter made
        PathRole,                         ///< QString; the page's file
        CheckWarningCountRole,            ///< int; copy-check warnings (setWarningCounts)
    };
    Q_ENUM(Role)

    explicit CorpusModel(Corpus *corpus, QObject *parent = nullptr);
    ~CorpusModel() override;

    Corpus *corpus() const { return m_corpus; }

    /// What editors made of an article, for the marks column: a short text
    /// (review status, tags) and a longer one for the tooltip.
    using AnnotationMarks = std::function<QPair<QString, QString>(const QString &articleId)>;
    /// Adds annotation marks to the article rows (empty: none).
    void setAnnotationMarks(AnnotationMarks marks);
    /// The marks changed (a tag, a review step): repaint the column.
    void refreshAnnotationMarks();

    /// Copy-check warnings per article of a page (WarningIndex::articleKey,
    /// WarningListModel::countsByArticle), shown as a flag and count in the
    /// marks column; only the rows whose count changed are announced.
    void setWarningCounts(const QHash<QString, int> &counts);

    /// Typed accessors, so views never unpack roles by number.
    bool isPage(const QModelIndex &index) const;
    /// The page an index (page or article row) belongs to, or -1.
    int pageIndexAt(const QModelIndex &index) const;
    /// The article's index in its page, or -1 for page rows.
    int articleIndexAt(const QModelIndex &index) const;
    /// The article or page with its text (read when not in memory): null
    /// for other rows. The list itself needs only outlineAt().
    std::shared_ptr<const Article> articleAt(const QModelIndex &index) const;
    std::shared_ptr<const CorpusPage> pageAt(const QModelIndex &index) const;
    /// The article's outline; null for page rows. Valid until the corpus changes.
    const ArticleOutline *outlineAt(const QModelIndex &index) const;
    QModelIndex indexForPage(int pageIndex, int column = 0) const;
    QModelIndex indexForArticle(int pageIndex, int articleIndex, int column = 0) const;

    /// The title as listed: the article's title, or a placeholder made of
    /// "(untitled)" and its first words.
    static QString displayTitle(const ArticleOutline &article);
    static QString displayTitle(const Article &article);

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int checkWarnings(const PageOutline &page, const ArticleOutline &article) const;
    /// One dataChanged for the marks of each page's articles.
    void refreshMarks();
    QVariant pageData(int pageIndex, int column, int role) const;
    QVariant articleData(int pageIndex, int articleIndex, int column, int role) const;
    void onPageAdded(int pageIndex);
    void onPageAboutToBeReplaced(int pageIndex);
    void onPageReplaced(int pageIndex);
    void retranslate();

    Corpus *m_corpus;
    AnnotationMarks m_annotationMarks;
    /// By WarningIndex::articleKey.
    QHash<QString, int> m_checkWarnings;
    /// How many article rows each page has announced.
    QVector<int> m_articleCounts;
};
