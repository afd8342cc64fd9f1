#pragma once

#include <QCoreApplication>
#include <QStringList>

/// `yuegao segment [--json] [--encoding NAME] [--max-size SIZE] FILE…`:
/// prints each page's articles as a readable outline or as JSON.
/// Exit status: 0 all pages read, 1 some refused (the rest still printed),
/// 2 usage error.
class SegmentCommand
{
    Q_DECLARE_TR_FUNCTIONS(SegmentCommand)

public:
    static int run(const QStringList &arguments);
};
