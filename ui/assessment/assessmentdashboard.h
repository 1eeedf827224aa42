#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;

namespace civic::ui {

class ClientContext;

// The 工作台's 季度考核 card (PRODUCT.md §6: "this quarter's provisional score and rank"):
// for a community its provisional rank and total (or, when its cache cannot rank it, the
// best next step) and last quarter's published place; for a street or district the
// provisional leaders and whether last quarter is published. A click opens the page.
class AssessmentDashboardSection : public QFrame
{
    Q_OBJECT

public:
    explicit AssessmentDashboardSection(ClientContext *context, QWidget *parent = nullptr);

    QString currentText() const;
    QString lastText() const;
    void refresh();

private:
    ClientContext *m_context;
    QString m_district;
    QString m_community; // a community (or grid) account's own community
    QLabel *m_current;
    QLabel *m_last;
    QLabel *m_hint;
    QPushButton *m_open;
    QTimer *m_soon;
};

} // namespace civic::ui
