#pragma once

#include <QCoreApplication>
#include <QStringList>

/// The export and import verbs:
///
///   yuegao export PROJECT --format F --out PATH [--query Q] [--articles ID,…]
///                 [--include-warnings] [--overwrite]
///   yuegao import PROJECT FILE [--json] [--author NAME]
///
/// Formats: json, jsonl, csv, markdown, html, pdf, odt, jsonld, brat, docx.
/// PDF and ODT are typeset with QtGui, so these verbs run a
/// QGuiApplication on the offscreen platform (no display needed). An
/// existing file is never replaced without --overwrite. Import reads
/// yuegao JSON / JSON Lines or W3C Web Annotation JSON-LD; what cannot be
/// placed is listed. Exit status: 0 done; 1 the project or a file refused,
/// or (import) something could not be placed; 2 usage.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    static bool handles(const char *verb);
    /// Creates the application itself (a QGuiApplication) and runs the verb.
    static int main(int argc, char **argv);
    /// `arguments`: the program name followed by the verb's arguments.
    static int runExport(const QStringList &arguments);
    static int runImport(const QStringList &arguments);
};
