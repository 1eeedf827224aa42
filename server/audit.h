#pragma once

#include "db.h"

#include <QList>
#include <QString>

namespace civic::server {

// The tamper-evident history of complaints and notices (issue: "a hash-chained audit log").
// Every complaint timeline event, notice revision and review gets an entry in its unit's
// chain (the complaint's community, the notice's publishing unit): its position, the hash of
// its stored content and the hash of the previous entry, hashed together. Editing, removing
// or reordering a stored event, or an entry of the chain, breaks the chain at that event.
namespace audit {

// The kinds chained, each with the row it reads.
inline constexpr auto kComplaintEvent = u"complaint_event";
inline constexpr auto kNoticeRevision = u"notice_revision";
inline constexpr auto kReview = u"review";

// Appends the stored row (kind, id) to `unitCode`'s chain. Call inside the transaction that
// stored the row, after storing it; writers are serialised, so chains never fork.
void append(Db &db, const QString &unitCode, QStringView kind, const QString &id, qint64 now);

struct Problem
{
    QString unit;
    qint64 position = 0;
    QString kind;
    QString id;
    QString what; // "edited", "removed", "reordered", "missing from the chain", "chain entry altered"
    QString text() const;
};

struct Report
{
    qint64 entries = 0;
    qint64 chains = 0;
    QList<Problem> problems;
};

// Recomputes every chain from the stored rows.
Report verify(Db &db);

} // namespace audit
} // namespace civic::server
