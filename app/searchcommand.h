#pragma once

#include <QCoreApplication>
#include <QStringList>

/// `yuegao search [--json] [--index DIR] [--encoding NAME] [--max-size SIZE] PATH… QUERY`:
/// the articles of the pages (files or folders of *.txt) that match QUERY,
/// in the query language of the search bar, with their hits.
///
/// Pages are read and segmented here; when the project store can list a
/// project's articles with their tags, status and annotations, a project
/// path becomes one more source of ArticleFacts and nothing else changes.
/// Exit status: 0 every page read (whether or not anything matched), 1 some
/// page refused (the rest still searched), 2 usage error or malformed query.
class SearchCommand
{
    Q_DECLARE_TR_FUNCTIONS(SearchCommand)

public:
    static int run(const QStringList &arguments);
};
