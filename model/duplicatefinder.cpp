#include "duplicatefinder.h"

#include <algorithm>

namespace {
// Short enough to seed every passage worth reporting, long enough that
// common phrases of news copy (城市文明创建) do not flood the index.
constexpr int kSeedLength = 12;
} // namespace

QVector<DuplicateFinder::Passage> DuplicateFinder::find(const QString &text, const QVector<TextRange> &pieces,
                                                        int minimumLength)
{
    // Every seed (a run of seedLength characters inside one piece) is
    // hashed; seeds with equal hashes, sorted together, are the candidate
    // places where a passage may repeat. Sorting a flat array beats a hash
    // table of string views by a wide margin on the import path.
    const int seedLength = std::min(kSeedLength, minimumLength);
    struct Seed
    {
        quint64 hash;
        int position;
        int piece;
    };
    QVector<Seed> seeds;
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
        QVector<Seed> all;
        all.reserve(piece.length());
        for (int i = piece.begin; i < piece.end; ++i) {
            if (i - piece.begin >= seedLength)
                hash -= power * text.at(i - seedLength).unicode();
            hash = hash * base + text.at(i).unicode();
            if (i - piece.begin >= seedLength - 1)
                all.append({hash * 0x9E3779B97F4A7C15ULL, i - seedLength + 1, p});
        }
        // Winnowing: of every window of consecutive seeds keep the one with
        // the smallest hash. Any passage of minimumLength characters spans a
        // whole window, and both of its copies keep the same seed for it, so
        // nothing is missed while a fifth of the seeds is sorted.
        const int window = minimumLength - seedLength + 1;
        int kept = -1;
        for (int end = 0; end < all.size(); ++end) {
            const int begin = std::max(0, end - window + 1);
            if (end - begin + 1 < window && end + 1 < all.size())
                continue;
            int smallest = begin;
            for (int k = begin + 1; k <= end; ++k) {
                if (all.at(k).hash <= all.at(smallest).hash)
                    smallest = k;
            }
            if (smallest != kept) {
                seeds.append(all.at(smallest));
                kept = smallest;
            }
        }
    }
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
