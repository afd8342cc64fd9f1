#include "guiapp.h"

#include "corpus.h"
#include "corpusloader.h"
#include "corpuspane.h"
#include "findbar.h"
#include "fonts.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "uisettings.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QPalette>
#include <QStyleFactory>
#include <QTimer>

namespace {

/// Options parsed out of the argument list; everything else is a path.
struct GuiOptions
{
    QStringList paths;
    QString language;
    QString view;
    int article = 0;
    QString find;
    bool dark = false;
    QSize size;
};

GuiOptions parseOptions(const QStringList &arguments)
{
    GuiOptions options;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const auto value = [&] { return i + 1 < arguments.size() ? arguments.at(++i) : QString(); };
        if (argument == QLatin1String("--lang"))
            options.language = value();
        else if (argument == QLatin1String("--view"))
            options.view = value();
        else if (argument == QLatin1String("--article"))
            options.article = value().toInt();
        else if (argument == QLatin1String("--find"))
            options.find = value();
        else if (argument == QLatin1String("--dark"))
            options.dark = true;
        else if (argument == QLatin1String("--size")) {
            const QStringList parts = value().split(QLatin1Char('x'));
            if (parts.size() == 2)
                options.size = QSize(parts.at(0).toInt(), parts.at(1).toInt());
        } else
            options.paths << argument;
    }
    return options;
}

/// The seed pages: next to an installed binary first, then the source tree.
QString seedsDirectory()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates = {
        appDir + QStringLiteral("/seeds"),
        appDir + QStringLiteral("/../share/yuegao/seeds"),
#ifdef YUEGAO_SEEDS_DIR
        QStringLiteral(YUEGAO_SEEDS_DIR),
#endif
    };
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isDir())
            return QDir::cleanPath(candidate);
    }
    return QString();
}

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(45, 45, 48);
    const QColor base(30, 30, 32);
    const QColor text(225, 225, 225);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::Highlight, QColor(60, 110, 180));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(140, 140, 140));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(120, 120, 120));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(120, 120, 120));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(120, 120, 120));
    return palette;
}

} // namespace

int runGui(int &argc, char **argv, const QStringList &paths)
{
    QApplication::setAttribute(Qt::AA_EnableHighDpiScaling);
    QApplication::setAttribute(Qt::AA_UseHighDpiPixmaps);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("yuegao"));
    QCoreApplication::setApplicationName(QStringLiteral("yuegao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(YUEGAO_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/yuegao.png")));

    const GuiOptions options = parseOptions(paths);
    if (options.dark) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }
    QApplication::setFont(Fonts::uiFont(QApplication::font()));

    LanguageManager languages;
    UiSettings settings;
    languages.apply(options.language.isEmpty() ? settings.language()
                                               : LanguageManager::fromSettingsKey(options.language));

    MainWindow window(&languages);
    if (options.size.isValid())
        window.resize(options.size);
    window.show();

    QStringList open = options.paths;
    if (open.isEmpty())
        open = settings.hasLastPaths() ? settings.lastPaths() : QStringList();
    if (open.isEmpty()) {
        const QString seeds = seedsDirectory();
        if (!seeds.isEmpty())
            open << seeds;
    }
    // After the event loop starts, so the window paints before work begins.
    QTimer::singleShot(0, &window, [&window, open] { window.openPaths(open); });

    if (options.view == QLatin1String("page"))
        window.setPageViewShown(true);
    if (options.article > 0 || !options.find.isEmpty()) {
        const int wanted = options.article;
        const QString find = options.find;
        QObject::connect(window.loader(), &CorpusLoader::finished, &window, [&window, wanted, find] {
            if (wanted > 0 && window.corpusPane()->selectArticle(0, 0))
                window.corpusPane()->selectAdjacentArticle(wanted - 1);
            if (!find.isEmpty()) {
                window.findBar()->activate();
                window.findBar()->setSearchText(find);
            }
        });
    }
    return app.exec();
}
