#include "warningfilter.h"

bool WarningFilter::matches(const WarningEntry &entry, WarningState state) const
{
    if (!m_check.isEmpty() && entry.warning.check != m_check)
        return false;
    switch (m_states) {
    case States::Any:
        return true;
    case States::Open:
        return state == WarningState::Open;
    case States::Decided:
        return state != WarningState::Open;
    case States::Accepted:
        return state == WarningState::Accepted;
    case States::Rejected:
        return state == WarningState::Rejected;
    }
    return true;
}
