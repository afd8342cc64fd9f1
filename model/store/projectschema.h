#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

class SqlDialect;

/// The project's tables, one list of statements per schema version.
///
/// Version n's statements turn a version n-1 database into version n
/// (version 1's create it from nothing), so opening any older project
/// runs exactly the steps it lacks, in one transaction with the version
/// bump. Never edit a released version's statements: add a version.
///
/// v1: pages and their revisions, tags, article identities, labels,
///     spans, review events, segmentation fixes.
/// v2: the per-project review workflow (seeded with 三审制), decisions
///     on copy-check warnings, indexes for the per-page and per-tag queries.
/// v3: the segmenter's output stored per revision (segmentations), the
///     project's own settings (project_settings: saved searches), fixes
///     indexed by page.
/// v4: each stored segmentation's outline (the article list's data), so
///     opening a project reads no page's text.
/// v5: page_listing, one row per page with its latest outline, which
///     opening reads in one pass (segmentations.outline is no longer written).
class ProjectSchema
{
    Q_DECLARE_TR_FUNCTIONS(ProjectSchema)

public:
    static constexpr int currentVersion = 5;

    /// The statements that migrate version `version - 1` to `version`.
    static QStringList statements(int version);

    /// Brings `db` from `from` to currentVersion inside one write
    /// transaction (a failure leaves the file as it was).
    static Result<bool> migrate(QSqlDatabase &db, const SqlDialect &dialect, int from);

    /// The default workflow: 待审 → 初审 → 复审 → 终审 → 签发, and 退回.
    static QStringList defaultWorkflowSteps();
    static QString defaultReturnStep();
};
