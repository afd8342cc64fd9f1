#pragma once

#include "article.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

/// The fields a query can name (`tag:地方`, `chars:>2000`, …).
enum class QueryField {
    Tag,
    Status,
    Kind,
    Label,
    Author,
    Page,
    File,
    Has,
    Place,
    Person,
    Warning,
    Chars,
};

/// What `has:` asks about.
enum class QueryFlag {
    Annotation,
    Warning,
    Orphan,
};

enum class QueryComparison {
    Equal,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Between, ///< chars:300..2000, both ends included
};

/// One node of a parsed query. Immutable once parsed; shared between copies
/// of a Query.
struct QueryNode
{
    enum class Type {
        Text,  ///< a word or a quoted phrase: a substring of the article's text
        Field, ///< field:value
        And,
        Or,
        Not,
    };

    Type type = Type::Text;
    /// Where the node was written in the query (UTF-16 units), for messages.
    int position = 0;
    int length = 0;

    /// Text: the term normalised (TextNormalizer). Field: the value,
    /// normalised, for the fields that compare text.
    QString value;
    /// Text: the term as written.
    QString written;
    bool quoted = false;

    QueryField field = QueryField::Tag;
    QueryFlag flag = QueryFlag::Annotation;
    ArticleKind kind = ArticleKind::Article;
    QueryComparison comparison = QueryComparison::Equal;
    int number = 0;
    int upperNumber = 0;

    QVector<std::shared_ptr<const QueryNode>> children;
};

/// What is wrong with a query, and where (UTF-16 units into the query).
struct QuerySyntaxError
{
    int position = -1;
    int length = 0;
    /// Translated, without the position: the caller shows it next to the box.
    QString message;
};

/// A parsed search query: free text (any length from one character, quoted
/// phrases), fields, AND by juxtaposition, OR, '-' for NOT, parentheses.
///
/// Like QRegularExpression it carries its own validity: a malformed query
/// is a value with isValid() false and an error saying what is wrong where,
/// so the search bar can show it and keep the previous result.
class Query
{
    Q_DECLARE_TR_FUNCTIONS(Query)

public:
    /// The empty query: matches every article.
    Query() = default;
    static Query parse(const QString &text);

    bool isValid() const { return m_error.position < 0; }
    /// Valid and without terms: every article matches.
    bool matchesEverything() const { return isValid() && !m_root; }
    const QuerySyntaxError &error() const { return m_error; }
    /// "Column 7: …", for command lines and logs.
    QString errorString() const;
    QString text() const { return m_text; }
    /// nullptr for the empty (or an invalid) query.
    const QueryNode *root() const { return m_root.get(); }

    /// The normalised text terms an article must contain for the query to
    /// hold (those not under a NOT): what the reader highlights.
    QStringList highlightTerms() const;

    /// The query as a normalised S-expression, for tests and debugging:
    /// (and (text "市场") (not (field kind brief))).
    QString describe() const;

private:
    friend class QueryParser;

    QString m_text;
    std::shared_ptr<const QueryNode> m_root;
    QuerySyntaxError m_error;
};

/// The name of a field as written in queries ("tag", "chars", …).
QString queryFieldName(QueryField field);
