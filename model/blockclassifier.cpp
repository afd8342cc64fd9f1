#include "blockclassifier.h"

#include "textfeatures.h"

#include <QVector>

namespace {

/// What a block's own text says it is, before context is considered.
enum class Cue {
    Paragraph,
    Heading,          ///< short, no sentence punctuation: headline, kicker or section heading
    Names,            ///< heading-like and reads as personal names: maybe a byline
    ExplicitByline,   ///< "◎ 闫梦隆", "本报记者 …"
    Subtitle,
    EditorSignature,
    EditorNoteParagraph,
    SourceNote,
    ContinuedFrom,
    ContinuedTo,
    BriefLead,
    Caption,
    End,              ///< past the last block
};

Cue cueOf(const QString &text)
{
    using namespace TextFeatures;
    if (isEditorNoteSignature(text))
        return Cue::EditorSignature;
    if (sourceNote(text))
        return Cue::SourceNote;
    if (const auto mark = continuationMark(text))
        return mark->fromElsewhere ? Cue::ContinuedFrom : Cue::ContinuedTo;
    if (briefLeadNames(text))
        return Cue::BriefLead;
    if (startsEditorNote(text))
        return Cue::EditorNoteParagraph;
    if (captionCredit(text) && !isHeadingLike(text))
        return Cue::Caption;
    if (isSubtitle(text))
        return Cue::Subtitle;
    bool explicitMarker = false;
    if (bylineNames(text, &explicitMarker)) {
        if (explicitMarker)
            return Cue::ExplicitByline;
        return Cue::Names;
    }
    if (isHeadingLike(text))
        return Cue::Heading;
    return Cue::Paragraph;
}

bool isHeadingCue(Cue cue)
{
    return cue == Cue::Heading || cue == Cue::Names;
}

/// Splits "…。（据《人民日报》）" into the paragraph and its source note.
BlockList splitTrailingSourceNotes(const BlockList &blocks)
{
    BlockList result;
    result.reserve(blocks.size());
    for (const Block &block : blocks) {
        const int noteLength = TextFeatures::trailingSourceNoteLength(block.text);
        if (noteLength == 0 || noteLength >= block.text.size()) {
            result.append(block);
            continue;
        }
        Block body = block;
        Block note = block;
        int bodyEnd = block.text.size() - noteLength;
        note.range.begin = block.range.begin + bodyEnd;
        note.text = block.text.mid(bodyEnd);
        while (bodyEnd > 0 && block.text.at(bodyEnd - 1).isSpace())
            --bodyEnd;
        body.range.end = block.range.begin + bodyEnd;
        body.text = block.text.left(bodyEnd);
        result.append(body);
        result.append(note);
    }
    for (int i = 0; i < result.size(); ++i)
        result[i].index = i;
    return result;
}

class Classifier
{
public:
    explicit Classifier(BlockList &blocks) : m_blocks(blocks)
    {
        m_cues.reserve(blocks.size());
        for (const Block &block : blocks)
            m_cues.append(cueOf(block.text));
    }

    void run()
    {
        int i = 0;
        while (i < m_blocks.size()) {
            if (m_blocks.at(i).afterBreak)
                m_articleOpen = false;
            if (isHeadingCue(m_cues.at(i))) {
                int end = i;
                while (end < m_blocks.size() && isHeadingCue(m_cues.at(end)))
                    ++end;
                classifyHeadingRun(i, end);
                i = end;
            } else {
                classifySingle(i);
                ++i;
            }
        }
    }

private:
    Cue cueAt(int index) const { return index < m_cues.size() ? m_cues.at(index) : Cue::End; }

    void setKind(int index, BlockKind kind) { m_blocks[index].kind = kind; }

    void classifySingle(int i)
    {
        switch (m_cues.at(i)) {
        case Cue::Paragraph:
            setKind(i, BlockKind::Body);
            m_articleOpen = true;
            m_seenArticle = true;
            break;
        case Cue::EditorNoteParagraph:
            setKind(i, BlockKind::EditorNote);
            m_articleOpen = true;
            m_seenArticle = true;
            break;
        case Cue::Subtitle:
            setKind(i, BlockKind::Subtitle);
            break;
        case Cue::ExplicitByline:
            setKind(i, BlockKind::Byline);
            break;
        case Cue::EditorSignature:
            setKind(i, BlockKind::EditorNote);
            m_articleOpen = false;
            break;
        case Cue::SourceNote:
            setKind(i, BlockKind::SourceNote);
            m_articleOpen = false;
            break;
        case Cue::ContinuedFrom:
            setKind(i, BlockKind::ContinuationMark);
            m_articleOpen = true;
            m_seenArticle = true;
            break;
        case Cue::ContinuedTo:
            setKind(i, BlockKind::ContinuationMark);
            m_articleOpen = false;
            break;
        case Cue::BriefLead:
            setKind(i, BlockKind::BriefLead);
            m_articleOpen = true;
            m_seenArticle = true;
            break;
        case Cue::Caption:
            setKind(i, BlockKind::Caption);
            m_articleOpen = false; // a photo stands alone
            m_seenArticle = true;
            break;
        case Cue::Heading:
        case Cue::Names:
        case Cue::End:
            break;
        }
    }

    /// Does an editor's signature close the paragraphs that follow `from`
    /// before anything else begins? Then those paragraphs are an editor's
    /// note, which carries no headline of its own.
    bool editorNoteFollows(int from) const
    {
        int i = from;
        while (cueAt(i) == Cue::Paragraph)
            ++i;
        return i > from && cueAt(i) == Cue::EditorSignature;
    }

    void classifyHeadingRun(int begin, int end)
    {
        // A names line inside the run, right under a complete title, is the
        // byline: the lines above it are the headline, those below it the
        // article's first section heading.
        for (int k = begin + 1; k + 1 < end; ++k) {
            if (m_cues.at(k) == Cue::Names && TextFeatures::isSelfContainedTitle(m_blocks.at(k - 1).text)) {
                classifyHeadingLines(begin, k, true);
                setKind(k, BlockKind::Byline);
                classifyHeadingRun(k + 1, end);
                return;
            }
        }
        classifyHeadingLines(begin, end, false);
    }

    void classifyHeadingLines(int begin, int end, bool bylineBelow)
    {
        const Cue next = bylineBelow ? Cue::ExplicitByline : cueAt(end);
        const bool afterTitle = begin > 0
            && (m_blocks.at(begin - 1).kind == BlockKind::Subtitle
                || m_blocks.at(begin - 1).kind == BlockKind::Headline);

        // A names line right under a title or subtitle is the byline.
        bool bylineFound = false;
        if (m_cues.at(end - 1) == Cue::Names
            && ((end - begin >= 2 && (next == Cue::Paragraph || next == Cue::BriefLead || next == Cue::Subtitle))
                || (end - begin == 1 && afterTitle))) {
            setKind(end - 1, BlockKind::Byline);
            bylineFound = true;
            --end;
        }
        if (end == begin)
            return;

        const QVector<int> groupStarts = headlineGroupStarts(begin, end);
        const bool lastGroupHasKicker = !groupStarts.isEmpty()
            && TextFeatures::isPlaceOrOrganisationName(m_blocks.at(groupStarts.last()).text)
            && groupStarts.last() + 1 < end;
        const bool lastGroupIsPlaceTitle = !groupStarts.isEmpty()
            && isPlaceColonTitle(m_blocks.at(groupStarts.last()).text);
        const bool headlineFollows = bylineFound || next == Cue::Subtitle || next == Cue::ExplicitByline
            || next == Cue::BriefLead || next == Cue::End;
        const bool isHeadline = headlineFollows || !m_articleOpen || lastGroupHasKicker || lastGroupIsPlaceTitle;

        if (!isHeadline) {
            classifySectionHeadings(begin, end);
            return;
        }

        if (!m_seenArticle && next == Cue::Paragraph && editorNoteFollows(end) ) {
            for (int i = begin; i < end; ++i)
                setKind(i, BlockKind::Furniture);
            return;
        }

        int firstGroup = begin;
        if (!groupStarts.isEmpty() && groupStarts.first() > begin) {
            if (!m_seenArticle) {
                // Banners and labels above the page's first headline.
                for (int i = begin; i < groupStarts.first(); ++i)
                    setKind(i, BlockKind::Furniture);
                firstGroup = groupStarts.first();
            }
        }
        QVector<int> starts;
        starts.append(firstGroup);
        for (int start : groupStarts) {
            if (start > firstGroup)
                starts.append(start);
        }
        for (int g = 0; g < starts.size(); ++g) {
            const int groupBegin = starts.at(g);
            const int groupEnd = g + 1 < starts.size() ? starts.at(g + 1) : end;
            classifyHeadlineGroup(groupBegin, groupEnd);
        }
        m_articleOpen = true;
        m_seenArticle = true;
    }

    void classifyHeadlineGroup(int begin, int end)
    {
        int titleBegin = begin;
        if (end - begin >= 2 && TextFeatures::isPlaceOrOrganisationName(m_blocks.at(begin).text)) {
            setKind(begin, BlockKind::Kicker);
            titleBegin = begin + 1;
        }
        for (int i = titleBegin; i < end; ++i) {
            setKind(i, BlockKind::Headline);
            m_blocks[i].continuesPrevious = i > titleBegin;
        }
        m_blocks[begin].startsHeadline = true;
    }

    void classifySectionHeadings(int begin, int end)
    {
        for (int i = begin; i < end; ++i) {
            // Inside an article, a short line with a comma that is not a
            // numbered heading is the end of a paragraph cut by a column.
            if (hasClauseComma(m_blocks.at(i).text) && !TextFeatures::sectionNumber(m_blocks.at(i).text)) {
                setKind(i, BlockKind::Body);
                continue;
            }
            setKind(i, BlockKind::SectionHeading);
            // A numbered heading always starts a new one; other lines in a
            // run continue the heading above (one heading over two lines).
            m_blocks[i].continuesPrevious = i > begin && m_blocks.at(i - 1).kind == BlockKind::SectionHeading
                && !TextFeatures::sectionNumber(m_blocks.at(i).text);
        }
        m_articleOpen = true;
        m_seenArticle = true;
    }

    static bool hasClauseComma(const QString &text)
    {
        return text.contains(QChar(0xFF0C)) || text.contains(QLatin1Char(','));
    }

    static bool isPlaceColonTitle(const QString &text)
    {
        const int colon = std::max(text.indexOf(QChar(0xFF1A)), text.indexOf(QLatin1Char(':')));
        return colon >= 2 && colon <= 18 && TextFeatures::isSelfContainedTitle(text);
    }

    /// Where the headlines in a run of heading lines begin: at a kicker
    /// (a bare place or organisation name) and at a title complete on one
    /// line, unless that title sits right under a kicker.
    QVector<int> headlineGroupStarts(int begin, int end) const
    {
        QVector<int> starts;
        for (int i = begin; i < end; ++i) {
            const QString &text = m_blocks.at(i).text;
            const bool kicker = TextFeatures::isPlaceOrOrganisationName(text) && i + 1 < end;
            const bool underKicker = i > begin && TextFeatures::isPlaceOrOrganisationName(m_blocks.at(i - 1).text);
            if (kicker || (TextFeatures::isSelfContainedTitle(text) && !underKicker))
                starts.append(i);
        }
        return starts;
    }

    BlockList &m_blocks;
    QVector<Cue> m_cues;
    bool m_articleOpen = false;
    bool m_seenArticle = false;
};

} // namespace

BlockList BlockClassifier::classify(BlockList blocks)
{
    blocks = splitTrailingSourceNotes(blocks);
    Classifier classifier(blocks);
    classifier.run();
    return blocks;
}
