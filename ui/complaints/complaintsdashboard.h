#pragma once

#include <QFrame>
#include <QTimer>

class QLabel;

namespace civic::ui {

class ClientContext;

// 工作台's complaints section (PRODUCT.md §6): the user's open complaints with their SLA
// countdowns, most urgent first, and for street level and above the subtrees with the most
// overdue complaints (seed 004: neglect made visible to the level above). A click opens the
// complaint, or the unit, on the 意见箱 page.
class ComplaintsDashboardSection : public QFrame
{
    Q_OBJECT

public:
    explicit ComplaintsDashboardSection(ClientContext *context, QWidget *parent = nullptr);
    void refresh();

private:
    void open(const QString &link);

    ClientContext *m_context;
    QLabel *m_mineCaption;
    QLabel *m_mine;
    QLabel *m_worstCaption;
    QLabel *m_worst;
    QTimer m_minute;
    QTimer m_soon;
};

} // namespace civic::ui
