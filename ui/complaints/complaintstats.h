#pragma once

#include "item/complaintrecords.h"

#include <QFrame>

class QLabel;

namespace civic::ui {

class ClientContext;

// The node's statistics over a period (PRODUCT.md §2), a row of small figures above the
// table for street level and above: received, first reply within the SLA, resolved, mean
// hours to first reply and to resolution, satisfaction, the share solved at community level
// (seed 000: ~90 %), escalations per level.
class ComplaintStatsStrip : public QFrame
{
    Q_OBJECT

public:
    explicit ComplaintStatsStrip(ClientContext *context, QWidget *parent = nullptr);

    // `filter` scopes it (its own period is replaced by [from, to)).
    void showStatistics(
        const item::ComplaintFilter &filter, qint64 from, qint64 to, const QString &periodText);
    const domain::ComplaintStatistics &statistics() const { return m_stats; }

private:
    QLabel *addFigure(const QString &caption, const QString &objectName, const QString &tip);

    ClientContext *m_context;
    domain::ComplaintStatistics m_stats;
    QLabel *m_period;
    QLabel *m_received;
    QLabel *m_withinSla;
    QLabel *m_resolved;
    QLabel *m_meanReply;
    QLabel *m_meanResolve;
    QLabel *m_satisfaction;
    QLabel *m_community;
    QLabel *m_escalations;
};

} // namespace civic::ui
