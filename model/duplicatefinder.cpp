#include "duplicatefinder.h"

#include <QHash>
#include <QStringView>

namespace {
// Short enough to seed every passage worth reporting, long enough that
// common phrases of news copy (城市文明创建) do not flood the index.
constexpr int kSeedLength = 12;
} // namespace

QVector<DuplicateFinder::Passage> DuplicateFinder::find(const QString &text, const QVector<TextRange> &pieces,
                                                        int minimumLength)
{
    // Pieces come in reading order, which after repairs is not always page
    // order: "first" and "repeat" are by position on the page.
    QVector<Passage> passages;
    const int seedLength = std::min(kSeedLength, minimumLength);
    // seed → its first position, and the piece it lies in
    QHash<QStringView, QPair<int, int>> firstSeen;
    for (int p = 0; p < pieces.size(); ++p) {
        const TextRange piece = pieces.at(p);
        int position = piece.begin;
        while (position + seedLength <= piece.end) {
            const QStringView seed = QStringView(text).mid(position, seedLength);
            const auto found = firstSeen.constFind(seed);
            if (found == firstSeen.cend()) {
                firstSeen.insert(seed, {position, p});
                ++position;
                continue;
            }
            // Extend the match both ways within both pieces.
            const TextRange earlierPiece = pieces.at(found->second);
            int a = found->first;
            int b = position;
            while (a > earlierPiece.begin && b > piece.begin && text.at(a - 1) == text.at(b - 1)) {
                --a;
                --b;
            }
            // The two occurrences may not overlap (a run of one repeated
            // character is not a duplicated passage).
            auto apart = [a, b](int length) { return a + length <= b || b + length <= a; };
            int length = 0;
            while (b + length < piece.end && a + length < earlierPiece.end && apart(length + 1)
                   && text.at(a + length) == text.at(b + length))
                ++length;
            if (length >= minimumLength) {
                const TextRange one{a, a + length};
                const TextRange other{b, b + length};
                passages.append(one < other ? Passage{one, other} : Passage{other, one});
                position = b + length;
                continue;
            }
            ++position;
        }
    }
    return passages;
}
