#pragma once

// The assessment's inputs as the client cache holds them (ASSESSMENT.md §6). The functions
// are defined in models/store/assessmentcache.cpp, next to the optimistic
// `assessment.publish`, which scores a quarter from the cache exactly as the page does; they
// are declared here because the item models are their other users.

#include "domain/assessment.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace civic::store {

// The quarter holding `ms` in China time: "2026Q3" (ASSESSMENT.md §1).
QString assessmentQuarterOf(qint64 ms);
// The quarter before (`delta` < 0) or after a well-formed quarter.
QString assessmentQuarterAdd(const QString &quarter, int delta);

// The rule set the district scores with: its active cached `rule_set`, else the built-in
// `sujiatun-2016` (docs/api.md §Assessment: "every district has that version").
domain::AssessmentRules cachedActiveRules(const QSqlDatabase &db, const QString &district);

// What the cache lacks for a bundle: communities whose records this account does not pull.
struct CachedBundleGaps
{
    QStringList communitiesOutOfSight; // codes of the district's communities outside `visiblePath`
    QStringList communitiesWithoutFans; // visible communities with no fan figures at all
};

// The §6 bundle of `district` and `quarter` built from the cache the way the server's
// assessment::buildBundle() builds it from its database: every community of the district by
// code with households, fans_start / fans_end (the last cumulative figure before the
// quarter's first day / the next quarter's, 0 when none), notices published in the quarter
// with their reviewers' ratings, complaints submitted or resolved in it (merged duplicates
// left out), its tasks due in it with the submission time, and its claims dated in it.
// Communities outside `visiblePath` (the account's subtree) are left out and named in `gaps`.
QJsonObject cachedAssessmentBundle(const QSqlDatabase &db, const QString &district,
    const QString &quarter, const domain::AssessmentRules &rules, const QString &visiblePath,
    CachedBundleGaps *gaps);

} // namespace civic::store
