#pragma once

#include <QCoreApplication>
#include <QStringList>

/// `yuegao check [--json] [--house-style FILE] [--no-corpus] [--encoding NAME]
/// [--max-size SIZE] FILE…`: runs the copy checks on each page and prints
/// the warnings as a readable list per page or as JSON
/// (`{"documents":[{"path","warnings":[{"check","severity","message","start",
/// "end","quote","suggestion",…}]}]}`, code-point offsets). Pages given
/// together are also compared with each other for passages printed twice.
/// Exit status: 0 all pages read, 1 some refused (the rest still checked),
/// 2 usage error.
class CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    static int run(const QStringList &arguments);
};
