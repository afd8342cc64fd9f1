#pragma once

#include "gazetteer.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>

/// Parses the gazetteer's files (the CSV and JSON of resources/gazetteer)
/// into a Gazetteer. Separate from Gazetteer so tests can build small ones
/// from inline data.
class GazetteerLoader
{
    Q_DECLARE_TR_FUNCTIONS(GazetteerLoader)

public:
    /// The files' bytes (UTF-8). Any may be empty except provinces.
    struct Sources
    {
        QByteArray provinces;   ///< code,name
        QByteArray cities;      ///< code,name,provinceCode
        QByteArray areas;       ///< code,name,cityCode,provinceCode
        QByteArray streets;     ///< code,name,areaCode,provinceCode,cityCode
        QByteArray hkMoTw;      ///< {"香港特别行政区": {"香港岛": ["中西区", …]}, …}
        QByteArray commonWords; ///< one short form a line, "#" comments
    };

    static Result<Gazetteer> load(const Sources &sources);
    /// The embedded files (":/gazetteer/…").
    static Result<Gazetteer> loadBuiltIn();
};
