#include "titlecollator.h"

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

struct TitleCollator::Private
{
    std::unique_ptr<icu::Collator> collator;
};

namespace {

icu::UnicodeString toIcu(const QString &text)
{
    // Both sides are UTF-16; the alias constructor avoids a copy.
    return icu::UnicodeString(false, reinterpret_cast<const UChar *>(text.utf16()), text.size());
}

} // namespace

TitleCollator::TitleCollator(const QString &locale)
    : d(std::make_unique<Private>())
{
    UErrorCode status = U_ZERO_ERROR;
    const QByteArray id = locale.toLatin1();
    d->collator.reset(icu::Collator::createInstance(icu::Locale(id.constData()), status));
    if (U_FAILURE(status))
        d->collator.reset();
}

TitleCollator::TitleCollator(const TitleCollator &other)
    : d(std::make_unique<Private>())
{
    if (other.d && other.d->collator)
        d->collator.reset(other.d->collator->clone());
}

TitleCollator &TitleCollator::operator=(const TitleCollator &other)
{
    if (this != &other) {
        auto copy = std::make_unique<Private>();
        if (other.d && other.d->collator)
            copy->collator.reset(other.d->collator->clone());
        d = std::move(copy);
    }
    return *this;
}

TitleCollator::TitleCollator(TitleCollator &&other) noexcept = default;
TitleCollator &TitleCollator::operator=(TitleCollator &&other) noexcept = default;
TitleCollator::~TitleCollator() = default;

bool TitleCollator::isValid() const
{
    return d && d->collator;
}

int TitleCollator::compare(const QString &a, const QString &b) const
{
    if (!isValid())
        return QString::compare(a, b);
    UErrorCode status = U_ZERO_ERROR;
    const UCollationResult result = d->collator->compare(toIcu(a), toIcu(b), status);
    if (U_FAILURE(status))
        return QString::compare(a, b);
    return result == UCOL_LESS ? -1 : (result == UCOL_GREATER ? 1 : 0);
}
