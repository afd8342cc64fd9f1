#pragma once

#include <QString>

#include <memory>

/// Compares titles the way a Chinese reader expects a list to be ordered:
/// Han characters by pinyin (ICU's "zh@collation=pinyin" tailoring, which
/// also knows readings such as 重庆 = chóngqìng), Latin letters after Han,
/// case and width differences ignored until nothing else differs.
///
/// A value class so sorting can be unit-tested without a view; ICU stays
/// out of this header so `views/` need not link it.
class TitleCollator
{
public:
    /// `locale` is an ICU locale id; an unknown one falls back to ICU's root.
    explicit TitleCollator(const QString &locale = QStringLiteral("zh@collation=pinyin"));
    TitleCollator(const TitleCollator &other);
    TitleCollator &operator=(const TitleCollator &other);
    TitleCollator(TitleCollator &&other) noexcept;
    TitleCollator &operator=(TitleCollator &&other) noexcept;
    ~TitleCollator();

    /// <0, 0 or >0 as `a` sorts before, with or after `b`.
    int compare(const QString &a, const QString &b) const;
    bool lessThan(const QString &a, const QString &b) const { return compare(a, b) < 0; }
    bool operator()(const QString &a, const QString &b) const { return lessThan(a, b); }

    /// False when ICU could not open any collator (then code-unit order is used).
    bool isValid() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
