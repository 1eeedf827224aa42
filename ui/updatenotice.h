#pragma once

#include "sync/syncengine.h"
#include "sync/updatecheck.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace civic::ui {

class ClientContext;
class MainWindow;

// The bar along the top of the main window that offers a newer client the server advertises
// ("有新版本 0.2.0 可用，点击下载"), without blocking work; dismissing it remembers the version
// in the user's settings (docs/operations.md §Updates). It asks after the first successful
// sync of a sign-in, when the access token is known to be good, and again a day later.
class UpdateNotice : public QWidget
{
    Q_OBJECT

public:
    UpdateNotice(ClientContext *context, QString currentVersion, QWidget *parent = nullptr);

    // Adds a notice across the top of `window` (once per window) for the running CIVIC_VERSION.
    static UpdateNotice *attach(MainWindow *window);
    // Attaches a notice to every main window the application shows from now on: the
    // civicdesk executable calls it at start-up (ui/updatehook.cpp).
    static void attachToEveryMainWindow();

    // The server answered at least once (with a release or with "none published").
    bool answered() const { return m_answeredAt > 0; }
    // The release on offer, while the bar shows.
    const sync::ClientRelease &release() const { return m_release; }
    sync::UpdateCheck *updateCheck() const { return m_check; }

Q_SIGNALS:
    void checkFinished(bool answered);

private:
    void statusChanged(const sync::SyncStatus &status);
    void offer(const sync::ClientRelease &release);
    void dismiss();

    sync::UpdateCheck *m_check;
    sync::ClientRelease m_release;
    QLabel *m_text;
    QToolButton *m_dismiss;
    qint64 m_answeredAt = 0;
    qint64 m_attemptedAt = 0;
};

} // namespace civic::ui
