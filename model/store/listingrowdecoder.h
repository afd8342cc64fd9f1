#pragma once

#include "pageoutline.h"

#include <QByteArray>
#include <QVector>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

struct PageListing;

/// One row of the page listing as read, before its outline is decoded.
struct ListedRow
{
    /// The page's id and source fields.
    PageOutline source;
    /// The outline's bytes (PageOutlineCodec), copied out of SQLite's
    /// buffer; empty when the outline is to be made from the page.
    QByteArray outline;
    /// The page has the editor's fixes: its outline is made from the page
    /// with them applied, so it is not missing either way.
    bool fixed = false;
};

/// Puts listing rows into a PageListing: a row's decoded outline into
/// `byId`, or, when there is none or it is damaged, the page's source
/// fields, the page then marked missing for the store to outline.
///
/// On a thread of its own it decodes while the reader steps through the
/// rows after them: decoding a gigabyte's 335 000 article outlines was half
/// of listing its pages, reading the rows and their columns the other half.
class ListingRowDecoder
{
public:
    enum class Mode { OnTheCallersThread, OnItsOwnThread };

    /// `listing.byId` and `listing.missing` are the decoder's until
    /// finish() or abandon() returns; with `keepsRowOrder`, so are
    /// `listing.ordered` and `listing.articleIndex`, which then get every
    /// row's outline and articles in the order the rows are added (the
    /// index not finished: its page is the row's place).
    ListingRowDecoder(PageListing &listing, Mode mode, bool keepsRowOrder = false);
    /// Abandons what is not decoded yet.
    ~ListingRowDecoder();
    Q_DISABLE_COPY_MOVE(ListingRowDecoder)

    /// Rows are decoded in the order they are added.
    void add(ListedRow row);
    /// Returns when every row added is in the listing.
    void finish();
    /// Drops the rows not decoded yet and returns when the thread is idle:
    /// a cancelled read need not wait for them.
    void abandon();

private:
    void decode(const QVector<ListedRow> &rows);
    void decodeQueued();
    void handOver();
    void stop(bool dropQueued);

    PageListing &m_listing;
    const bool m_keepsRowOrder;
    int m_rowsDecoded = 0;
    QVector<ListedRow> m_batch;

    // Standard threads, so that ThreadSanitizer sees the hand-over and the
    // join (Qt's mutexes and QThread::wait() are opaque to it).
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QVector<ListedRow>> m_queue; // guarded by m_mutex
    bool m_closed = false;                  // guarded by m_mutex
    std::thread m_thread;
};
