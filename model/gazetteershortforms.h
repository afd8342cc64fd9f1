#pragma once

#include "gazetteer.h"

#include <QString>
#include <QVector>

/// The short forms newspapers use for a division: the official name with
/// its administrative suffix dropped (青海省 → 青海, 乌兰县 → 乌兰), and for
/// autonomous divisions the ethnic designation too (海西蒙古族藏族自治州 →
/// 海西州, 海西). A short form must keep at least two characters: 临县 has
/// none, because 临 alone is no name.
namespace GazetteerShortForms {

struct ShortForm
{
    QString name;
    NameForm form = NameForm::Short;
};

QVector<ShortForm> derive(const QString &fullName, DivisionLevel level);

/// The name without trailing ethnic designations ("海西蒙古族藏族" → "海西",
/// "伊犁哈萨克" → "伊犁"); unchanged when it has none.
QString withoutEthnicDesignation(const QString &name);

} // namespace GazetteerShortForms
