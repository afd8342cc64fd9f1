#include "loadoptionsparser.h"

#include "textdecoder.h"

LoadOptionsParser::LoadOptionsParser(QCommandLineParser &parser)
    : m_parser(parser)
    , m_encoding(QStringLiteral("encoding"), tr("Decode every file as NAME (e.g. GB18030, Big5)."), tr("NAME"))
    , m_maxSize(QStringLiteral("max-size"), tr("Refuse files larger than SIZE (bytes, or with K, M, G; default 64M)."),
                tr("SIZE"))
{
    m_parser.addOptions({m_encoding, m_maxSize});
}

Result<LoadOptions> LoadOptionsParser::read(const QString &verb) const
{
    LoadOptions options;
    if (m_parser.isSet(m_encoding)) {
        options.forcedEncoding = m_parser.value(m_encoding);
        if (!TextDecoder::isKnownEncoding(options.forcedEncoding))
            return Error{ErrorCode::UnknownEncoding,
                         tr("yuegao %1: unknown encoding \"%2\"").arg(verb, options.forcedEncoding)};
    }
    if (m_parser.isSet(m_maxSize)) {
        options.maxSizeBytes = parseByteSize(m_parser.value(m_maxSize));
        if (options.maxSizeBytes <= 0)
            return Error{ErrorCode::InvalidArgument,
                         tr("yuegao %1: invalid size \"%2\"").arg(verb, m_parser.value(m_maxSize))};
    }
    return options;
}

qint64 parseByteSize(const QString &text)
{
    QString number = text.trimmed().toUpper();
    if (number.endsWith(QLatin1Char('B')))
        number.chop(1);
    qint64 factor = 1;
    if (number.endsWith(QLatin1Char('K')))
        factor = 1024;
    else if (number.endsWith(QLatin1Char('M')))
        factor = 1024 * 1024;
    else if (number.endsWith(QLatin1Char('G')))
        factor = 1024LL * 1024 * 1024;
    if (factor > 1)
        number.chop(1);
    bool ok = false;
    const qint64 value = number.toLongLong(&ok);
    return ok && value > 0 ? value * factor : -1;
}
