#include "listingrowdecoder.h"

#include "pagelisting.h"
#include "pageoutlinecodec.h"


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
        m_thread = std::thread([this] { decodeQueued(); });
    }
}

ListingRowDecoder::~ListingRowDecoder()
{
    abandon();
}

void ListingRowDecoder::add(ListedRow row)
{
    if (!m_thread.joinable()) {
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
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_queue.push_back(std::move(batch));
    m_changed.notify_one();
}

void ListingRowDecoder::stop(bool dropQueued)
{
    if (!m_thread.joinable())
        return;
    if (dropQueued)
        m_batch.clear();
    else if (!m_batch.isEmpty())
        handOver();
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (dropQueued)
            m_queue.clear();
        m_closed = true;
        m_changed.notify_one();
    }
    m_thread.join();
}

void ListingRowDecoder::decodeQueued()
{
    for (;;) {
        QVector<ListedRow> rows;
        {
            // A batch at a time: abandon() drops the rest while one is decoded.
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_closed; });
            if (m_queue.empty())
                return; // closed, and everything handed over is decoded
            rows = std::move(m_queue.front());
            m_queue.pop_front();
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
