#pragma once

#include "page.h"

class QLabel;
class QListWidget;
class QVBoxLayout;

namespace civic::ui {

// 工作台: the day's work at a glance for the user's level (PRODUCT.md §6): sync state, the
// latest notifications, and the sections each feature adds (my open complaints, notices
// awaiting my review, neglect alarms, this quarter's provisional score …).
class DashboardPage : public Page
{
    Q_OBJECT

public:
    explicit DashboardPage(ClientContext *context, QWidget *parent = nullptr);
    QString title() const override;
    theme::Glyph glyph() const override { return theme::Glyph::Dashboard; }

private:
    void refreshNotifications();
    void refreshGreeting();
    QLabel *m_greeting;
    QLabel *m_scope;
    QListWidget *m_notifications;
    QLabel *m_noNotifications;
};

} // namespace civic::ui
