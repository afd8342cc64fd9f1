#pragma once

#include "article.h"

/// Undoes column-break damage inside one article and records each repair:
/// numbered sections printed out of order are put back in order, with the
/// tails that the reversed columns left before the next section; paragraphs
/// cut mid-sentence are joined with their continuation (the next paragraph,
/// or the article's first when the body wraps around); what remains cut or
/// begins mid-sentence is flagged for the editor.
class ParagraphRepairer
{
public:
    static void repair(Article &article);
};
