#include "checkcommand.h"
#include "exportcommand.h"
#include "freedmemory.h"
#include "guiapp.h"
#include "projectcommand.h"
#include "searchcommand.h"
#include "segmentcommand.h"

#include <QCoreApplication>

#include <cstring>

namespace {

/// Command-line verbs run without a window (and without a display).
bool isVerb(const char *argument)
{
    return std::strcmp(argument, "segment") == 0 || std::strcmp(argument, "check") == 0
        || std::strcmp(argument, "search") == 0
        || ProjectCommand::handles(QString::fromLocal8Bit(argument));
}

} // namespace

int main(int argc, char **argv)
{
    FreedMemory::mapLargeBlocksApart();
    // export/import typeset PDF and ODT: they make a QGuiApplication of their own.
    if (argc > 1 && ExportCommand::handles(argv[1]))
        return ExportCommand::main(argc, argv);
    if (argc > 1 && isVerb(argv[1])) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("yuegao"));
        QCoreApplication::setApplicationVersion(QStringLiteral(YUEGAO_VERSION));
        const QStringList arguments = QCoreApplication::arguments();
        // The verb's own parser sees "yuegao" followed by the verb's arguments.
        const QStringList verbArguments = QStringList{arguments.first()} + arguments.mid(2);
        if (arguments.at(1) == QStringLiteral("segment"))
            return SegmentCommand::run(verbArguments);
        if (ProjectCommand::handles(arguments.at(1)))
            return ProjectCommand::run(arguments.at(1), verbArguments);
        if (arguments.at(1) == QStringLiteral("check"))
            return CheckCommand::run(verbArguments);
        if (arguments.at(1) == QStringLiteral("search"))
            return SearchCommand::run(verbArguments);
    }
    // Everything else is the reader: its arguments are paths to open (and
    // the reader's own options).
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return runGui(argc, argv, arguments);
}
