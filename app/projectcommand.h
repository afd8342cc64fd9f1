#pragma once

#include <QCoreApplication>
#include <QStringList>

/// The annotation verbs, for scripting without the window:
///
///   yuegao project create PROJECT
///   yuegao project import PROJECT FILE|FOLDER…
///   yuegao project info PROJECT [--json]
///   yuegao tag add|remove PROJECT --article ID --tag PATH
///   yuegao label PROJECT --article ID --start N --end N --label NAME [--comment TEXT]
///   yuegao status PROJECT --article ID --step STEP [--note TEXT] [--force]
///   yuegao annotations PROJECT [--json] [--orphaned]
///
/// Article ids are the segmenter's (as `segment --json` and `project info`
/// print them); offsets are code points into the page's text. Same
/// conventions as `segment`: UTF-8 on stdout, diagnostics on stderr, exit
/// 0 / 1 (the project or an input refused) / 2 (usage).
class ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProjectCommand)

public:
    /// Whether `verb` is one of these.
    static bool handles(const QString &verb);
    /// `arguments`: the program name followed by the verb's arguments.
    static int run(const QString &verb, const QStringList &arguments);
};
