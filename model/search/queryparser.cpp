#include "queryparser.h"

#include "textnormalizer.h"

#include <optional>

namespace {

using NodePtr = std::shared_ptr<QueryNode>;

struct Token
{
    enum class Type { Word, Phrase, Field, Or, Not, Open, Close, End };
    Type type = Type::End;
    int position = 0;
    int length = 0;
    QString text;       // Word / Phrase: the term; Field: the value
    QString fieldName;  // Field
    int valuePosition = 0;
};

struct Failure
{
    QuerySyntaxError error;
};

bool isOpeningQuote(QChar c) { return c == QLatin1Char('"') || c == QChar(0x201C); }
/// "…" closes with ", “…” with ” (or ", typed by the IME's neighbour), so
/// "“" finds a literal curly quote.
bool isClosingQuote(QChar opening, QChar c)
{
    return c == QLatin1Char('"') || (opening == QChar(0x201C) && c == QChar(0x201D));
}
bool isWordEnd(QChar c)
{
    return c.isSpace() || c == QLatin1Char('(') || c == QLatin1Char(')') || isOpeningQuote(c);
}
bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}
bool isColon(QChar c) { return c == QLatin1Char(':') || c == QChar(0xFF1A); }

QuerySyntaxError errorAt(int position, int length, const QString &message)
{
    return QuerySyntaxError{position, std::max(length, 1), message};
}

std::optional<QueryField> fieldNamed(const QString &name)
{
    static const QVector<QueryField> all = {QueryField::Tag, QueryField::Status, QueryField::Kind,
                                            QueryField::Label, QueryField::Author, QueryField::Page,
                                            QueryField::File, QueryField::Has, QueryField::Place,
                                            QueryField::Person, QueryField::Warning, QueryField::Chars};
    for (QueryField field : all) {
        if (queryFieldName(field) == name)
            return field;
    }
    return std::nullopt;
}

QString knownFields()
{
    return QStringLiteral("tag, status, kind, label, author, page, file, has, place, person, warning, chars");
}

class Tokenizer
{
public:
    explicit Tokenizer(const QString &text) : m_text(text) {}

    /// Every token up to End, or the first lexical error.
    std::optional<QuerySyntaxError> run(QVector<Token> &tokens)
    {
        const int size = m_text.size();
        int i = 0;
        while (true) {
            while (i < size && m_text.at(i).isSpace())
                ++i;
            if (i >= size) {
                tokens.append(Token{Token::Type::End, size, 0, {}, {}, 0});
                return std::nullopt;
            }
            const QChar c = m_text.at(i);
            if (c == QLatin1Char('(')) {
                tokens.append(Token{Token::Type::Open, i, 1, {}, {}, 0});
                ++i;
            } else if (c == QLatin1Char(')')) {
                tokens.append(Token{Token::Type::Close, i, 1, {}, {}, 0});
                ++i;
            } else if (c == QLatin1Char('-') && (i + 1 >= size || m_text.at(i + 1).isSpace())) {
                return errorAt(i, 1, QueryParser::tr("“-” must be followed by what to exclude"));
            } else if (c == QLatin1Char('-')) {
                tokens.append(Token{Token::Type::Not, i, 1, {}, {}, 0});
                ++i;
            } else if (isOpeningQuote(c)) {
                QString phrase;
                const int start = i;
                if (auto error = readQuoted(i, phrase))
                    return error;
                if (phrase.trimmed().isEmpty())
                    return errorAt(start, i - start, QueryParser::tr("empty phrase"));
                tokens.append(Token{Token::Type::Phrase, start, i - start, phrase, {}, 0});
            } else {
                const int start = i;
                while (i < size && !isWordEnd(m_text.at(i)))
                    ++i;
                const QString word = m_text.mid(start, i - start);
                if (auto error = classifyWord(word, start, i, tokens))
                    return error;
            }
        }
    }

private:
    /// Reads "…" (or “…”) starting at `i`; leaves `i` after the closing quote.
    std::optional<QuerySyntaxError> readQuoted(int &i, QString &out)
    {
        const int start = i;
        const QChar opening = m_text.at(i);
        ++i;
        const int contentStart = i;
        while (i < m_text.size() && !isClosingQuote(opening, m_text.at(i)))
            ++i;
        if (i >= m_text.size())
            return errorAt(start, 1, QueryParser::tr("unclosed quotation mark"));
        out = m_text.mid(contentStart, i - contentStart);
        ++i;
        return std::nullopt;
    }

    std::optional<QuerySyntaxError> classifyWord(const QString &word, int start, int &end, QVector<Token> &tokens)
    {
        if (word == QLatin1String("OR")) {
            tokens.append(Token{Token::Type::Or, start, 2, {}, {}, 0});
            return std::nullopt;
        }
        if (word == QLatin1String("AND"))
            return std::nullopt; // juxtaposition already means AND
        if (word == QLatin1String("NOT")) {
            tokens.append(Token{Token::Type::Not, start, 3, {}, {}, 0});
            return std::nullopt;
        }
        int letters = 0;
        while (letters < word.size() && isAsciiLetter(word.at(letters)))
            ++letters;
        if (letters == 0 || letters >= word.size() || !isColon(word.at(letters))) {
            tokens.append(Token{Token::Type::Word, start, word.size(), word, {}, 0});
            return std::nullopt;
        }
        Token token{Token::Type::Field, start, 0, word.mid(letters + 1), word.left(letters).toLower(), start + letters + 1};
        if (!fieldNamed(token.fieldName))
            return errorAt(start, letters + 1, QueryParser::tr("unknown field “%1:” (known: %2)")
                                                    .arg(word.left(letters), knownFields()));
        if (token.text.isEmpty() && end < m_text.size() && isOpeningQuote(m_text.at(end))) {
            if (auto error = readQuoted(end, token.text))
                return error;
        }
        if (token.text.trimmed().isEmpty())
            return errorAt(start, letters + 1, QueryParser::tr("“%1:” needs a value").arg(token.fieldName));
        token.length = end - start;
        tokens.append(token);
        return std::nullopt;
    }

    const QString &m_text;
};

/// Parses "<300", ">=2000", "=5", "5", "300..2000".
bool parseComparison(const QString &value, QueryNode &node)
{
    bool ok = false;
    const int dots = value.indexOf(QLatin1String(".."));
    if (dots >= 0) {
        bool upperOk = false;
        node.comparison = QueryComparison::Between;
        node.number = value.left(dots).toInt(&ok);
        node.upperNumber = value.mid(dots + 2).toInt(&upperOk);
        return ok && upperOk && node.number <= node.upperNumber;
    }
    struct Operator { const char *text; QueryComparison comparison; };
    static const Operator operators[] = {{"<=", QueryComparison::LessOrEqual}, {">=", QueryComparison::GreaterOrEqual},
                                         {"<", QueryComparison::Less}, {">", QueryComparison::Greater},
                                         {"=", QueryComparison::Equal}};
    QString rest = value;
    node.comparison = QueryComparison::Equal;
    for (const Operator &op : operators) {
        const QLatin1String symbol(op.text);
        if (rest.startsWith(symbol)) {
            node.comparison = op.comparison;
            rest = rest.mid(symbol.size());
            break;
        }
    }
    node.number = rest.toInt(&ok);
    return ok && node.number >= 0;
}

class Parser
{
public:
    explicit Parser(const QVector<Token> &tokens) : m_tokens(tokens) {}

    NodePtr parseAll()
    {
        if (peek().type == Token::Type::End)
            return nullptr;
        NodePtr root = parseOr();
        if (peek().type == Token::Type::Close)
            throw Failure{errorAt(peek().position, 1, QueryParser::tr("“)” without a matching “(”"))};
        return root;
    }

private:
    const Token &peek() const { return m_tokens.at(m_next); }
    const Token &take() { return m_tokens.at(m_next++); }

    static bool startsTerm(Token::Type type)
    {
        return type == Token::Type::Word || type == Token::Type::Phrase || type == Token::Type::Field
            || type == Token::Type::Not || type == Token::Type::Open;
    }

    NodePtr parseOr()
    {
        if (peek().type == Token::Type::Or)
            throw Failure{errorAt(peek().position, 2, QueryParser::tr("“OR” needs a term before it"))};
        NodePtr first = parseAnd();
        if (peek().type != Token::Type::Or)
            return first;
        auto node = std::make_shared<QueryNode>();
        node->type = QueryNode::Type::Or;
        node->position = first->position;
        node->children.append(first);
        while (peek().type == Token::Type::Or) {
            const Token orToken = take();
            if (!startsTerm(peek().type))
                throw Failure{errorAt(orToken.position, 2, QueryParser::tr("“OR” needs a term after it"))};
            node->children.append(parseAnd());
        }
        const QueryNode &last = *node->children.last();
        node->length = last.position + last.length - node->position;
        return node;
    }

    NodePtr parseAnd()
    {
        QVector<std::shared_ptr<const QueryNode>> terms;
        while (startsTerm(peek().type))
            terms.append(parseUnary());
        if (terms.isEmpty())
            throw Failure{errorAt(peek().position, 1, QueryParser::tr("a search term is missing here"))};
        if (terms.size() == 1)
            return std::const_pointer_cast<QueryNode>(terms.first());
        auto node = std::make_shared<QueryNode>();
        node->type = QueryNode::Type::And;
        node->position = terms.first()->position;
        node->length = terms.last()->position + terms.last()->length - node->position;
        node->children = terms;
        return node;
    }

    NodePtr parseUnary()
    {
        if (peek().type == Token::Type::Not) {
            const Token notToken = take();
            if (!startsTerm(peek().type) || peek().type == Token::Type::Not)
                throw Failure{errorAt(notToken.position, notToken.length,
                                      QueryParser::tr("“-” must be followed by what to exclude"))};
            auto node = std::make_shared<QueryNode>();
            node->type = QueryNode::Type::Not;
            node->position = notToken.position;
            NodePtr child = parseUnary();
            node->length = child->position + child->length - node->position;
            node->children.append(child);
            return node;
        }
        return parsePrimary();
    }

    NodePtr parsePrimary()
    {
        const Token token = take();
        switch (token.type) {
        case Token::Type::Open: {
            if (peek().type == Token::Type::Close)
                throw Failure{errorAt(token.position, 2, QueryParser::tr("empty parentheses"))};
            if (peek().type == Token::Type::End)
                throw Failure{errorAt(token.position, 1, QueryParser::tr("“(” is never closed"))};
            NodePtr inner = parseOr();
            if (peek().type != Token::Type::Close)
                throw Failure{errorAt(token.position, 1, QueryParser::tr("“(” is never closed"))};
            take();
            return inner;
        }
        case Token::Type::Word:
        case Token::Type::Phrase: {
            auto node = std::make_shared<QueryNode>();
            node->type = QueryNode::Type::Text;
            node->position = token.position;
            node->length = token.length;
            node->written = token.text;
            node->quoted = token.type == Token::Type::Phrase;
            // A term never spans a line break (see SearchableText::joined).
            QString term = token.text;
            for (QChar &c : term) {
                if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
                    c = QLatin1Char(' ');
            }
            node->value = TextNormalizer::normalize(term);
            return node;
        }
        case Token::Type::Field:
            return fieldNode(token);
        default:
            throw Failure{errorAt(token.position, token.length, QueryParser::tr("a search term is missing here"))};
        }
    }

    static NodePtr fieldNode(const Token &token)
    {
        auto node = std::make_shared<QueryNode>();
        node->type = QueryNode::Type::Field;
        node->position = token.position;
        node->length = token.length;
        node->field = *fieldNamed(token.fieldName);
        node->written = token.text;
        node->value = TextNormalizer::normalize(token.text.trimmed());
        const int valueLength = token.position + token.length - token.valuePosition;
        switch (node->field) {
        case QueryField::Kind: {
            static const QVector<ArticleKind> kinds = {ArticleKind::Article, ArticleKind::Brief,
                                                       ArticleKind::Photo, ArticleKind::EditorNote};
            for (ArticleKind kind : kinds) {
                if (node->value == articleKindName(kind)
                    || node->value == TextNormalizer::normalize(articleKindLabel(kind))) {
                    node->kind = kind;
                    return node;
                }
            }
            throw Failure{errorAt(token.valuePosition, valueLength,
                                  QueryParser::tr("unknown kind “%1” (known: article, brief, photo, editor_note)")
                                      .arg(token.text))};
        }
        case QueryField::Has:
            if (node->value == QLatin1String("annotation") || node->value == QLatin1String("annotations"))
                node->flag = QueryFlag::Annotation;
            else if (node->value == QLatin1String("warning") || node->value == QLatin1String("warnings"))
                node->flag = QueryFlag::Warning;
            else if (node->value == QLatin1String("orphan") || node->value == QLatin1String("orphans"))
                node->flag = QueryFlag::Orphan;
            else
                throw Failure{errorAt(token.valuePosition, valueLength,
                                      QueryParser::tr("“has:” takes annotation, warning or orphan, not “%1”")
                                          .arg(token.text))};
            return node;
        case QueryField::Chars:
            if (!parseComparison(node->value, *node))
                throw Failure{errorAt(token.valuePosition, valueLength,
                                      QueryParser::tr("“chars:” takes a number with <, <=, >, >= or =, or a range "
                                                      "such as 300..2000, not “%1”")
                                          .arg(token.text))};
            return node;
        default:
            return node;
        }
    }

    const QVector<Token> &m_tokens;
    int m_next = 0;
};

} // namespace

Query QueryParser::parse(const QString &text)
{
    Query query;
    query.m_text = text;
    QVector<Token> tokens;
    if (auto error = Tokenizer(text).run(tokens)) {
        query.m_error = *error;
        return query;
    }
    try {
        query.m_root = Parser(tokens).parseAll();
    } catch (const Failure &failure) {
        // The exception never leaves the parser: it unwinds the recursion.
        query.m_error = failure.error;
        query.m_root.reset();
    }
    return query;
}
