#pragma once

#include "sync/syncengine.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace civic::ui {

class ClientContext;

// The status bar's sync corner: online or offline (with the next retry), the last sync,
// changes waiting to be sent, refused changes (opens the sync problems panel), a progress
// bar while a long pull runs, and "sync now".
class SyncStatusBar : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusBar(ClientContext *context, QWidget *parent = nullptr);
    void update(const sync::SyncStatus &status);

Q_SIGNALS:
    void problemsRequested();

private:
    ClientContext *m_context;
    QLabel *m_online;
    QLabel *m_lastSync;
    QLabel *m_pending;
    QToolButton *m_problems;
    QProgressBar *m_progress;
    QToolButton *m_syncButton;
    sync::SyncStatus m_status;
};

} // namespace civic::ui
