#pragma once

#include "warningentry.h"

#include <QString>

/// Which warnings the warnings dock lists: a check (or every check) and a
/// decision state. A value class, so the rule is tested without a view;
/// WarningFilterProxy only delegates to it.
class WarningFilter
{
public:
    enum class States {
        Any,
        Open,
        Decided, ///< accepted or rejected
        Accepted,
        Rejected,
    };

    /// Lists everything.
    WarningFilter() = default;

    /// Empty: every check.
    QString check() const { return m_check; }
    void setCheck(const QString &check) { m_check = check; }
    States states() const { return m_states; }
    void setStates(States states) { m_states = states; }

    bool matchesEverything() const { return m_check.isEmpty() && m_states == States::Any; }
    bool matches(const WarningEntry &entry, WarningState state) const;

    friend bool operator==(const WarningFilter &a, const WarningFilter &b)
    {
        return a.m_check == b.m_check && a.m_states == b.m_states;
    }
    friend bool operator!=(const WarningFilter &a, const WarningFilter &b) { return !(a == b); }

private:
    QString m_check;
    States m_states = States::Any;
};
