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

/// consistency.person_variant: one person's name written two ways in an
/// article: one character of the given name different ("耿磊" and "耿垒",
/// "宋江涌" and "宋江勇"), or the middle dot of a transcribed name dropped
/// or replaced ("沙尼汗·艾塔木" and "沙尼汗艾塔木"). Conservative: both
/// forms of the first kind must be names EntityPeopleFinder (or a caption
/// credit) is sure of, with the same surname and a given name of the same
/// length, so 张梅 and 张三发 are two people, not a misprint.
class PersonVariantCheck final : public Check
{
public:
    CheckDefinition definition() const override;
    CopyWarnings run(const ArticleText &text) const override;
};
