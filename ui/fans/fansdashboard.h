#pragma once

#include "item/fanalarms.h"

#include <QFrame>

class QLabel;
class QTableWidget;
class QTimer;

namespace civic::ui {

class ClientContext;

// The dashboard's fan section (PRODUCT.md §6): this month's fan growth of the user's unit,
// and for street, district and city accounts the neglect alarms of §4 (seed 004) — the
// communities in scope with no notice in 14 days, complaints past their SLA (once the cache
// has complaints) or fans falling for two weeks. A click on an alarm opens that community
// on the page the alarm is about.
class FansDashboardSection : public QFrame
{
    Q_OBJECT

public:
    enum Column {
        CommunityColumn,
        StreetColumn,
        NoticeColumn,
        ComplaintColumn,
        FansColumn,
        ColumnCount
    };

    explicit FansDashboardSection(ClientContext *context, QWidget *parent = nullptr);

    const item::NeglectReport &report() const { return m_report; }
    QTableWidget *alarmTable() const { return m_table; }
    // What a click on (row, column) opens: the page index and the community.
    std::pair<int, QString> target(int row, int column) const;

    void refresh();

private:
    void open(int row, int column);

    ClientContext *m_context;
    bool m_oversees;
    QLabel *m_growth;
    QLabel *m_alarmCaption;
    QLabel *m_alarmNote;
    QTableWidget *m_table;
    QLabel *m_noAlarms;
    QTimer *m_timer;
    QTimer *m_soon;
    item::NeglectReport m_report;
};

} // namespace civic::ui
