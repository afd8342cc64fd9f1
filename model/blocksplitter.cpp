#include "blocksplitter.h"

namespace {

constexpr QChar kIdeographicSpace(0x3000);

bool isLayoutSpace(QChar c)
{
    // U+FEFF: a stray BOM inside concatenated dumps is layout, not text.
    return c.isSpace() || c == kIdeographicSpace || c == QChar(0xFEFF);
}

class LineCutter
{
public:
    LineCutter(const QString &text, BlockList &blocks) : m_text(text), m_blocks(blocks) {}

    void cutLine(int begin, int end)
    {
        bool marked = false;
        int position = skipSpaces(begin, end);
        if (position == end) {
            ++m_emptyLines;
            return;
        }
        // Markdown heading marker: one or more '#' then a space.
        if (position < end && m_text.at(position) == QLatin1Char('#')) {
            int afterHashes = position;
            while (afterHashes < end && m_text.at(afterHashes) == QLatin1Char('#'))
                ++afterHashes;
            if (afterHashes == end || m_text.at(afterHashes).isSpace()) {
                marked = true;
                position = afterHashes;
            }
        }
        // Pieces separated by two or more ideographic spaces (single-line
        // layout; also the first-line indent of indented layouts).
        int pieceBegin = position;
        int cursor = position;
        while (cursor < end) {
            if (m_text.at(cursor) == kIdeographicSpace && cursor + 1 < end
                && m_text.at(cursor + 1) == kIdeographicSpace) {
                addPiece(pieceBegin, cursor, marked);
                const int run = cursor;
                while (cursor < end && m_text.at(cursor) == kIdeographicSpace)
                    ++cursor;
                // Two separators with nothing between: an empty paragraph.
                if (cursor - run >= 4)
                    m_emptyLines += 2;
                pieceBegin = cursor;
                continue;
            }
            ++cursor;
        }
        addPiece(pieceBegin, end, marked);
    }

private:
    int skipSpaces(int position, int end) const
    {
        while (position < end && isLayoutSpace(m_text.at(position)))
            ++position;
        return position;
    }

    void addPiece(int begin, int end, bool marked)
    {
        begin = skipSpaces(begin, end);
        while (end > begin && isLayoutSpace(m_text.at(end - 1)))
            --end;
        if (end <= begin)
            return;
        Block block;
        block.afterBreak = m_emptyLines >= 2;
        m_emptyLines = 0;
        block.index = m_blocks.size();
        block.range = {begin, end};
        block.text = m_text.mid(begin, end - begin);
        block.markedHeading = marked;
        m_blocks.append(block);
    }

    const QString &m_text;
    BlockList &m_blocks;
    int m_emptyLines = 0;
};

} // namespace

BlockList BlockSplitter::split(const QString &text)
{
    BlockList blocks;
    LineCutter cutter(text, blocks);
    int lineBegin = 0;
    const int size = text.size();
    for (int i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            cutter.cutLine(lineBegin, i);
            if (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            lineBegin = i + 1;
        }
    }
    cutter.cutLine(lineBegin, size);
    return blocks;
}
