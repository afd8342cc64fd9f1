#pragma once

#include "check.h"

/// consistency.stray_space: a space inside a name or word that the same
/// article prints elsewhere without it ("顺义 区" beside "顺义区"). Spaces
/// between the phrases of a slogan ("颂百年风华 传红色基因") are left
/// alone: they are deliberate, and the joined string occurs nowhere else.
class StraySpaceCheck final : public Check
{
public:
    CheckDefinition definition() const override;
    CopyWarnings run(const ArticleText &text) const override;
};

/// consistency.name_variant: a place name written once with one character
/// different from the form the article otherwise uses ("顺仪区" among many
/// "顺义区"). Short forms (海西州 for 海西蒙古族藏族自治州) are legitimate
/// and not compared. Conservative: the dominant form must occur at least
/// twice and also stand without its suffix (which shows it is a name),
/// the variant exactly once.
class NameVariantCheck final : public Check
{
public:
    CheckDefinition definition() const override;
    CopyWarnings run(const ArticleText &text) const override;
};
