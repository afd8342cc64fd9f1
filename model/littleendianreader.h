#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QtEndian>

/// Reads what QDataStream (Qt_5_15, little-endian) wrote, straight from the
/// bytes. Opening a large project decodes hundreds of thousands of outlines
/// and reads back a million warnings; a stream's device calls per field
/// were half the cost or more. Every read checks the bytes left and says
/// whether it succeeded, so damaged data fails, never reads past its end.
class LittleEndianReader
{
public:
    explicit LittleEndianReader(const QByteArray &data)
        : LittleEndianReader(data.constData(), data.constData() + data.size())
    {}
    LittleEndianReader(const char *begin, const char *end)
        : m_begin(begin)
        , m_at(begin)
        , m_end(end)
    {}

    template<typename T> bool read(T &value)
    {
        if (m_end - m_at < qptrdiff(sizeof(T)))
            return false;
        value = qFromLittleEndian<T>(m_at);
        m_at += sizeof(T);
        return true;
    }

    /// A QString: its length in bytes (all ones: null), then UTF-16.
    bool read(QString &text)
    {
        quint32 bytes = 0;
        bool null = false;
        if (!readLength(bytes, null) || bytes % 2 != 0)
            return false;
        if (null) {
            text = QString();
        } else if (bytes == 0) {
            // Not QString(0, Qt::Uninitialized), which allocates: an
            // untitled article's title, a titled one's opening.
            text = QLatin1String("");
        } else {
            text = QString(int(bytes / 2), Qt::Uninitialized);
            qFromLittleEndian<quint16>(m_at, bytes / 2, text.data());
        }
        m_at += bytes;
        return true;
    }

    /// A QByteArray: its length (all ones: null), then the bytes.
    bool read(QByteArray &data)
    {
        quint32 bytes = 0;
        bool null = false;
        if (!readLength(bytes, null))
            return false;
        data = null ? QByteArray() : QByteArray(m_at, int(bytes));
        m_at += bytes;
        return true;
    }

    bool read(QStringList &list)
    {
        quint32 count = 0;
        // Each string takes at least its four-byte length.
        if (!read(count) || quint64(count) * 4 > quint64(m_end - m_at))
            return false;
        list.clear();
        list.reserve(int(count));
        for (quint32 i = 0; i < count; ++i) {
            QString text;
            if (!read(text))
                return false;
            list.append(std::move(text));
        }
        return true;
    }

    /// Bytes not read yet.
    qptrdiff left() const { return m_end - m_at; }
    /// Bytes read so far (from the start).
    qptrdiff position() const { return m_at - m_begin; }
    /// Moves to `position` from the start; false (and stays) when outside.
    bool seek(qptrdiff position)
    {
        if (position < 0 || position > m_end - m_begin)
            return false;
        m_at = m_begin + position;
        return true;
    }

private:
    /// The length before a string or byte array; false when it, or that
    /// many bytes after it, are not there. All ones is a null one: length 0.
    bool readLength(quint32 &bytes, bool &null)
    {
        if (!read(bytes))
            return false;
        null = bytes == 0xFFFFFFFFu;
        if (null)
            bytes = 0;
        return quint64(bytes) <= quint64(m_end - m_at);
    }

    const char *m_begin;
    const char *m_at;
    const char *m_end;
};
