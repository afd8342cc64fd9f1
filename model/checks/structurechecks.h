#pragma once

#include "check.h"

// Layout damage the segmenter found and could not (or did not) undo,
// turned into reviewable warnings. The segmenter's own findings are the
// evidence; these checks only translate them.

/// structure.cut_paragraph: a paragraph that ends (or begins) mid-sentence
/// and whose other half is not on the page.
class CutParagraphCheck final : public Check
{
public:
    CheckDefinition definition() const override;
    CopyWarnings run(const ArticleText &text) const override;
};

/// structure.sections: numbered sections (一、二、…) missing, repeated or
/// printed out of order.
class SectionOrderCheck final : public Check
{
public:
    CheckDefinition definition() const override;
    CopyWarnings run(const ArticleText &text) const override;
};

/// structure.duplicate_passage: a passage printed twice on the page; the
/// warning stands on the repeat, in the article that holds it.
class DuplicatePassageCheck final : public Check
{
public:
    CheckDefinition definition() const override;
    CopyWarnings run(const ArticleText &text) const override;
};
