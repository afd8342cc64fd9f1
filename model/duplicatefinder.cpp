#include "duplicatefinder.h"

#include <algorithm>
#include <vector>

namespace {
// Short enough to seed every passage worth reporting, long enough that
// common phrases of news copy (城市文明创建) do not flood the index.
constexpr int kSeedLength = 12;

struct Seed
{
    quint64 hash;
    int position;
    int piece;
};

/// The seeds whose hash occurs more than once, in their order: only those
/// can start a repeated passage. Counting hashes in a flat table costs a
/// fraction of sorting every seed of the page, and few seeds repeat.
QVector<Seed> seedsSeenTwice(const QVector<Seed> &seeds)
{
    int bits = 4;
    while ((1 << bits) < 2 * seeds.size())
        ++bits;
    const int capacity = 1 << bits;
    const quint64 mask = quint64(capacity - 1);
    std::vector<quint64> keys(size_t(capacity), 0);
    std::vector<quint8> counts(size_t(capacity), 0); // 0: empty; saturates at 2
    auto slotOf = [&](quint64 hash) {
        // Winnowing keeps the smallest hashes, whose high bits are mostly
        // zero: mix them again (MurmurHash3's finaliser) before taking a slot.
        quint64 mixed = hash ^ (hash >> 33);
        mixed *= 0xFF51AFD7ED558CCDULL;
        mixed ^= mixed >> 33;
        quint64 slot = mixed >> (64 - bits);
        while (counts[slot] != 0 && keys[slot] != hash)
            slot = (slot + 1) & mask;
        return slot;
    };
    for (const Seed &seed : seeds) {
        const quint64 slot = slotOf(seed.hash);
        keys[slot] = seed.hash;
        if (counts[slot] < 2)
            ++counts[slot];
    }
    QVector<Seed> repeated;
    for (const Seed &seed : seeds) {
        if (counts[slotOf(seed.hash)] >= 2)
            repeated.append(seed);
    }
    return repeated;
}
} // namespace

QVector<DuplicateFinder::Passage> DuplicateFinder::find(const QString &text, const QVector<TextRange> &pieces,
                                                        int minimumLength)
{
    // Every seed (a run of seedLength characters inside one piece) is
    // hashed; seeds with equal hashes, sorted together, are the candidate
    // places where a passage may repeat. Sorting a flat array beats a hash
    // table of string views by a wide margin on the import path.
    const int seedLength = std::min(kSeedLength, minimumLength);
    QVector<Seed> seeds;
    // The hashes of one piece's seeds, seed k starting at piece.begin + k;
    // reused from piece to piece.
    std::vector<quint64> all;
    seeds.reserve(text.size() / 4);
    for (int p = 0; p < pieces.size(); ++p) {
        const TextRange piece = pieces.at(p);
        if (piece.length() < seedLength)
            continue;
        // Polynomial rolling hash over UTF-16 units.
        constexpr quint64 base = 1000003;
        quint64 power = 1;
        for (int i = 1; i < seedLength; ++i)
            power *= base;
        quint64 hash = 0;
        all.resize(size_t(piece.length() - seedLength + 1));
        const QChar *units = text.constData();
        for (int i = piece.begin; i < piece.end; ++i) {
            if (i - piece.begin >= seedLength)
                hash -= power * units[i - seedLength].unicode();
            hash = hash * base + units[i].unicode();
            if (i - piece.begin >= seedLength - 1)
                all[size_t(i - piece.begin - seedLength + 1)] = hash * 0x9E3779B97F4A7C15ULL;
        }
        const int seedCount = int(all.size());
        // Winnowing: of every window of consecutive seeds keep the one with
        // the smallest hash. Any passage of minimumLength characters spans a
        // whole window, and both of its copies keep the same seed for it, so
        // nothing is missed while a fifth of the seeds is sorted.
        const int window = minimumLength - seedLength + 1;
        int kept = -1;
        // The rightmost smallest seed of the window [begin, end], kept up
        // to date as the window slides instead of searched for anew: while
        // it stays inside, only the seed entering can displace it.
        int smallest = -1;
        for (int end = 0; end < seedCount; ++end) {
            const int begin = std::max(0, end - window + 1);
            if (smallest < begin) {
                smallest = begin;
                for (int k = begin + 1; k <= end; ++k) {
                    if (all[size_t(k)] <= all[size_t(smallest)])
                        smallest = k;
                }
            } else if (all[size_t(end)] <= all[size_t(smallest)]) {
                smallest = end;
            }
            if (end - begin + 1 < window && end + 1 < seedCount)
                continue;
            if (smallest != kept) {
                seeds.append({all[size_t(smallest)], piece.begin + smallest, p});
                kept = smallest;
            }
        }
    }
    seeds = seedsSeenTwice(seeds);
    std::sort(seeds.begin(), seeds.end(), [](const Seed &a, const Seed &b) {
        return a.hash != b.hash ? a.hash < b.hash : a.position < b.position;
    });

    // Pieces come in reading order, which after repairs is not always page
    // order: "first" and "repeat" are by position on the page.
    QVector<Passage> passages;
    auto covered = [&passages](int position) {
        for (const Passage &passage : std::as_const(passages)) {
            if (passage.first.contains(position) || passage.repeat.contains(position))
                return true;
        }
        return false;
    };
    for (int i = 0; i + 1 < seeds.size(); ++i) {
        if (seeds.at(i).hash != seeds.at(i + 1).hash)
            continue;
        const Seed &one = seeds.at(i);
        const Seed &other = seeds.at(i + 1);
        if (covered(one.position) && covered(other.position))
            continue;
        const TextRange onePiece = pieces.at(one.piece);
        const TextRange otherPiece = pieces.at(other.piece);
        int a = one.position;
        int b = other.position;
        // Extend the match both ways within both pieces; the two
        // occurrences may not overlap (a run of one repeated character is
        // not a duplicated passage).
        while (a > onePiece.begin && b > otherPiece.begin && text.at(a - 1) == text.at(b - 1)) {
            --a;
            --b;
        }
        auto apart = [a, b](int length) { return a + length <= b || b + length <= a; };
        int length = 0;
        while (b + length < otherPiece.end && a + length < onePiece.end && apart(length + 1)
               && text.at(a + length) == text.at(b + length))
            ++length;
        if (length < minimumLength)
            continue;
        const TextRange first{a, a + length};
        const TextRange repeat{b, b + length};
        const Passage passage = first < repeat ? Passage{first, repeat} : Passage{repeat, first};
        const bool known = std::any_of(passages.cbegin(), passages.cend(), [&passage](const Passage &p) {
            return p.first == passage.first && p.repeat == passage.repeat;
        });
        if (!known)
            passages.append(passage);
    }
    std::sort(passages.begin(), passages.end(), [](const Passage &x, const Passage &y) { return x.first < y.first; });
    return passages;
}
