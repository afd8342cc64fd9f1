#include "gazetteer.h"

#include "gazetteerloader.h"
#include "gazetteershortforms.h"

#include <QDebug>
#include <QtConcurrent>

#include <algorithm>
#include <atomic>

#include <utility>

QString divisionLevelName(DivisionLevel level)
{
    switch (level) {
    case DivisionLevel::Province:
        return QStringLiteral("province");
    case DivisionLevel::City:
        return QStringLiteral("city");
    case DivisionLevel::Area:
        return QStringLiteral("area");
    case DivisionLevel::Street:
        return QStringLiteral("street");
    }
    return QString();
}

const Gazetteer &Gazetteer::builtIn()
{
    // A function-local static: C++11 makes its initialisation thread-safe,
    // and nothing is parsed until the first text asks for a place.
    static const Gazetteer instance = [] {
        Result<Gazetteer> loaded = GazetteerLoader::loadBuiltIn();
        if (!loaded) {
            qWarning().noquote() << loaded.error().message;
            return Gazetteer();
        }
        return std::move(loaded).value();
    }();
    return instance;
}

void Gazetteer::preloadBuiltIn()
{
    static std::atomic_bool started{false};
    if (started.exchange(true))
        return;
    // Whoever asks for builtIn() meanwhile waits for this parse (the
    // static's initialisation) instead of starting its own.
    QtConcurrent::run([] { builtIn(); });
}

Gazetteer::Gazetteer(QVector<Division> divisions, QSet<QString> commonWords)
    : m_divisions(std::move(divisions))
    , m_commonWords(std::move(commonWords))
{
    m_byCode.reserve(m_divisions.size());
    for (int i = 0; i < m_divisions.size(); ++i) {
        const Division &division = m_divisions.at(i);
        m_byCode.insert(division.code, i);
        if (division.parent >= 0) {
            if (division.level == DivisionLevel::Street)
                m_streets[division.parent].append(i);
            else
                m_children[division.parent].append(i);
        }
    }
    indexNames();
}

const Division *Gazetteer::byCode(const QString &code) const
{
    const int index = indexOfCode(code);
    return index >= 0 ? &m_divisions.at(index) : nullptr;
}

void Gazetteer::addName(const QString &name, int division, NameForm form)
{
    QVector<NameEntry> &entries = m_names[name];
    for (const NameEntry &entry : entries) {
        if (entry.division == division)
            return;
    }
    entries.append({division, form});
}

void Gazetteer::indexNames()
{
    for (int i = 0; i < m_divisions.size(); ++i) {
        const Division &division = m_divisions.at(i);
        if (division.level == DivisionLevel::Street) {
            m_streetNames[division.name].append(i);
            continue;
        }
        addName(division.name, i, NameForm::Full);
        const auto forms = GazetteerShortForms::derive(division.name, division.level);
        for (const GazetteerShortForms::ShortForm &form : forms)
            addName(form.name, i, form.form);
    }
    for (auto it = m_names.cbegin(); it != m_names.cend(); ++it)
        m_byFirstChar[it.key().at(0)].append(it.key());
    for (QVector<QString> &names : m_byFirstChar) {
        std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
            return a.size() != b.size() ? a.size() > b.size() : a < b;
        });
    }
}

bool Gazetteer::isHkMoTw(int index) const
{
    const QString &provinceCode = m_divisions.at(m_divisions.at(index).province).code;
    return provinceCode == QLatin1String("71") || provinceCode == QLatin1String("81")
           || provinceCode == QLatin1String("82");
}

QVector<NameEntry> Gazetteer::lookup(const QString &name) const
{
    QVector<NameEntry> entries = m_names.value(name);
    const QVector<int> streets = m_streetNames.value(name);
    for (int street : streets)
        entries.append({street, NameForm::Full});
    return entries;
}

QVector<int> Gazetteer::ancestorsOf(int index) const
{
    QVector<int> chain;
    for (int parent = m_divisions.at(index).parent; parent >= 0; parent = m_divisions.at(parent).parent)
        chain.append(parent);
    return chain;
}

bool Gazetteer::isWithin(int index, int ancestor) const
{
    for (int current = index; current >= 0; current = m_divisions.at(current).parent) {
        if (current == ancestor)
            return true;
    }
    return false;
}

QVector<int> Gazetteer::descendantsOf(const QString &code) const
{
    QVector<int> found;
    const int root = indexOfCode(code);
    if (root < 0)
        return found;
    QVector<int> pending{root};
    while (!pending.isEmpty()) {
        const int current = pending.takeLast();
        const QVector<int> children = m_children.value(current) + m_streets.value(current);
        found += children;
        pending += m_children.value(current);
    }
    return found;
}

QVector<int> Gazetteer::streetsOf(int areaIndex) const
{
    return m_streets.value(areaIndex);
}
