#include "guiapp.h"

#include "annotationsdock.h"
#include "articleview.h"
#include "corpus.h"
#include "corpuspane.h"
#include "findbar.h"
#include "fonts.h"
#include "inspectordock.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "projecteditor.h"
#include "projectsession.h"
#include "projectstore.h"
#include "reviewpanel.h"
#include "searchbar.h"
#include "statisticsview.h"
#include "tagsdock.h"
#include "uisettings.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QPalette>
#include <QStyleFactory>
#include <QTabWidget>
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
    QString search;
    bool dark = false;
    bool annotate = false;
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
        else if (argument == QLatin1String("--search"))
            options.search = value();
        else if (argument == QLatin1String("--dark"))
            options.dark = true;
        else if (argument == QLatin1String("--annotate"))
            options.annotate = true;
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

/// For screenshots (--annotate): the current article tagged, two spans
/// labelled (one with a comment), two review steps with notes — made the
/// way the editor's actions make them, so they are on the undo stack too.
void annotateForScreenshot(MainWindow &window)
{
    ProjectStore *store = window.store();
    const std::shared_ptr<const Article> article = window.currentArticle();
    if (!store || store->isReadOnly() || !article)
        return;
    ProjectEditor *editor = window.projectEditor();
    for (const QString &path : {QStringLiteral("主题/文明城市"), QStringLiteral("地区/山东")}) {
        Result<Edit> tag = store->ensureTagPath(path);
        const QString id = tag ? tag->subjectId : store->tagIdByPath(path);
        editor->commit(std::move(tag));
        editor->commit(store->tagArticles({article->id}, id.isEmpty() ? store->tagIdByPath(path) : id));
    }
    const QString pageId = window.session()->pageIdAt(window.articleView()->pageIndex());
    const QVector<Label> labels = store->labels();
    QString commented;
    int labelled = 0;
    for (const Paragraph &paragraph : article->paragraphs) {
        if (paragraph.role != ParagraphRole::Body || paragraph.parts.size() != 1 || paragraph.text.size() < 40
            || labels.size() < 3)
            continue;
        const int begin = paragraph.parts.first().begin;
        Result<Edit> first = store->addSpan(pageId, {begin + 2, begin + 8}, labels.at(labelled == 0 ? 3 : 2).id);
        Result<Edit> second = store->addSpan(pageId, {begin + 20, begin + 30}, labels.at(labelled == 0 ? 0 : 6).id,
                                             labelled == 0 ? QStringLiteral("“的”“地”误用，请核改") : QString());
        if (second && labelled == 0)
            commented = second->subjectId;
        editor->commit(std::move(first));
        editor->commit(std::move(second));
        if (++labelled == 2)
            break;
    }
    const ReviewWorkflow workflow = store->workflow();
    if (workflow.steps.size() > 2) {
        editor->commit(store->setReviewStatus({article->id}, workflow.steps.at(1), QStringLiteral("标题、导语已核")));
        editor->commit(store->setReviewStatus({article->id}, workflow.steps.at(2), QStringLiteral("数字、人名已核，一处差错待改")));
    }
    window.showArticle(article->id);
    if (!commented.isEmpty())
        window.inspector()->showSpan(commented);
    window.annotationsDock()->show();
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
    // Without paths: the project open last time, else the last pages.
    const QString lastProject = settings.recentProjects().value(0);
    if (open.isEmpty() && !lastProject.isEmpty() && QFileInfo(lastProject).isFile())
        open << lastProject;
    if (open.isEmpty())
        open = settings.hasLastPaths() ? settings.lastPaths() : QStringList();
    if (open.isEmpty()) {
        const QString seeds = seedsDirectory();
        if (!seeds.isEmpty())
            open << seeds;
    }
    // Now, not after the first paint: a project's pages are listed on a
    // worker while the window comes up, and the window says so.
    window.openPaths(open);

    if (options.view == QLatin1String("page"))
        window.setPageViewShown(true);
    else if (options.view == QLatin1String("statistics"))
        window.readerTabs()->setCurrentWidget(window.statisticsView());
    if (options.article > 0 || !options.find.isEmpty() || options.annotate || !options.search.isEmpty()) {
        const int wanted = options.article;
        const QString find = options.find;
        const QString search = options.search;
        const bool annotate = options.annotate;
        QObject::connect(window.session(), &ProjectSession::finished, &window,
                         [&window, wanted, find, search, annotate] {
                             if (wanted > 0 && window.corpusPane()->selectArticle(0, 0))
                                 window.corpusPane()->selectAdjacentArticle(wanted - 1);
                             if (annotate)
                                 annotateForScreenshot(window);
                             if (!find.isEmpty()) {
                                 window.findBar()->activate();
                                 window.findBar()->setSearchText(find);
                             }
                             if (!search.isEmpty())
                                 window.searchBar()->setText(search);
                         });
    }
    return app.exec();
}
