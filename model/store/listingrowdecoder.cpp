#include "listingrowdecoder.h"

#include "pagelisting.h"
#include "pageoutlinecodec.h"

#include <QMutexLocker>
#include <QThread>

namespace {

/// Rows handed to the thread at once: a lock and a wake per batch cost
/// nothing against decoding it, and the thread starts soon after the read.
constexpr int batchSize = 256;

} // namespace

ListingRowDecoder::ListingRowDecoder(PageListing &listing, Mode mode, bool keepsRowOrder)
    : m_listing(listing)
    , m_keepsRowOrder(keepsRowOrder)
{
    if (mode == Mode::OnItsOwnThread) {
        m_batch.reserve(batchSize);
        m_thread.reset(QThread::create([this] { decodeQueued(); }));
        m_thread->setObjectName(QStringLiteral("yuegao outline decoder"));
        m_thread->start();
    }
}

ListingRowDecoder::~ListingRowDecoder()
{
    abandon();
}

void ListingRowDecoder::add(ListedRow row)
{
    if (!m_thread) {
        decode({std::move(row)});
        return;
    }
    m_batch.append(std::move(row));
    if (m_batch.size() >= batchSize)
        handOver();
}

void ListingRowDecoder::finish()
{
    stop(false);
}

void ListingRowDecoder::abandon()
{
    stop(true);
}

void ListingRowDecoder::handOver()
{
    QVector<ListedRow> batch;
    batch.reserve(batchSize);
    batch.swap(m_batch);
    QMutexLocker locker(&m_mutex);
    m_queue.append(std::move(batch));
    m_changed.wakeOne();
}

void ListingRowDecoder::stop(bool dropQueued)
{
    if (!m_thread)
        return;
    if (dropQueued)
        m_batch.clear();
    else if (!m_batch.isEmpty())
        handOver();
    {
        QMutexLocker locker(&m_mutex);
        if (dropQueued)
            m_queue.clear();
        m_closed = true;
        m_changed.wakeOne();
    }
    m_thread->wait();
    m_thread.reset();
}

void ListingRowDecoder::decodeQueued()
{
    for (;;) {
        QVector<ListedRow> rows;
        {
            // A batch at a time: abandon() drops the rest while one is decoded.
            QMutexLocker locker(&m_mutex);
            while (m_queue.isEmpty() && !m_closed)
                m_changed.wait(&m_mutex);
            if (m_queue.isEmpty())
                return; // closed, and everything handed over is decoded
            rows = m_queue.takeFirst();
        }
        decode(rows);
    }
}

void ListingRowDecoder::decode(const QVector<ListedRow> &rows)
{
    for (const ListedRow &row : rows) {
        const int position = m_rowsDecoded++;
        std::optional<PageOutline> decoded;
        if (!row.outline.isEmpty())
            decoded = PageOutlineCodec::decode(row.outline);
        if (!decoded) {
            if (!row.fixed)
                m_listing.missing.append(row.source.pageId);
            m_listing.byId.insert(row.source.pageId, row.source);
            if (m_keepsRowOrder)
                m_listing.ordered.append(row.source);
            continue;
        }
        decoded->pageId = row.source.pageId;
        decoded->path = row.source.path;
        decoded->revisionId = row.source.revisionId;
        decoded->sha256 = row.source.sha256;
        decoded->encoding = row.source.encoding;
        if (m_keepsRowOrder) {
            // Hashed now, while the ids just written are in the cache.
            m_listing.articleIndex.add(position, decoded->articles);
            m_listing.ordered.append(*decoded);
        }
        m_listing.byId.insert(row.source.pageId, std::move(*decoded));
    }
}
