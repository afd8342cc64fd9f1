#pragma once

#include "projectstore.h"

#include <QString>
#include <QStringList>

#include <memory>

// A project for the export and import tests: the seed pages plus a page
// whose text tries to inject markup and formulas, with a rich set of
// annotations (nested tags, review histories with notes, labels with
// colours — one with markup in its name and a bogus colour — spans with
// comments that are formulas, quotes, commas and line breaks).

/// The page that tries to inject markup, script and formulas.
QString hostilePageText();

/// Writes hostilePageText() into `dir` and returns its path.
QString writeHostilePage(const QString &dir);

/// A new project at `path` with the seeds and the hostile page imported.
std::unique_ptr<ProjectStore> createProject(const QString &path, const QString &hostilePage);

/// Adds the rich annotations to a project made by createProject(); false
/// (with a warning) when the store refused something.
bool annotate(ProjectStore &store);
