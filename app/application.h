#pragma once

#include "sync/clientsettings.h"
#include "sync/syncengine.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QString>

#include <memory>

class QApplication;
class QNetworkAccessManager;
class QTranslator;

namespace civic::sync {
class Session;
class SyncThread;
} // namespace civic::sync

namespace civic::ui {
class ClientContext;
class LoginDialog;
class MainWindow;
} // namespace civic::ui

namespace civic::app {

// What the command line asked for.
struct Options
{
    QString server;
    QString username;
    QString password; // from --password-stdin only
    bool passwordFromStdin = false;
    bool remember = false;
    QString dataDir;
    bool syncOnce = false;
    bool exitWhenShown = false; // scripts/bench: the start-up time to the first painted window
    QString screenshot;
    QString language;
    QString page;
    QString unit;
    QSize size{1440, 900};
    int pageSize = 0; // changes per pull, every page; 0: the engine's defaults
};

// The composition root: wires settings, translations, the session, the sync thread, the
// cache and the main window, and runs the sign-in flows and the automation flags.
class Application : public QObject
{
    Q_OBJECT

public:
    Application(QApplication &app, Options options);
    ~Application() override;
    // Starts the flows; the event loop does the rest. Returns false (exit code set) on bad input.
    bool start();
    int exitCode() const { return m_exitCode; }

private:
    // Runs without a person at the window: prints, exits with a status, never shows a dialog.
    bool automated() const
    {
        return m_options.syncOnce || !m_options.screenshot.isEmpty() || m_options.exitWhenShown;
    }
    void exitWhenPainted();
    void loadTranslations();
    void showLogin(const QString &message, bool error);
    void signedIn(bool online);
    void startClient();
    void clientReady(bool ok, const QString &error);
    void cycleFinished(const sync::SyncStats &stats, bool ok, const QString &error);
    void signOut(bool wipeCache);
    void sessionLost(const QString &message);
    void tearDown();
    void fail(int code, const QString &message);
    void takeScreenshotAndQuit(int code);
    QString signInMessage(const QString &code) const;
    QString cachePath() const;

    QApplication &m_app;
    Options m_options;
    sync::ClientSettings m_settings;
    QNetworkAccessManager *m_network;
    sync::Session *m_session;
    std::unique_ptr<sync::SyncThread> m_sync;
    std::unique_ptr<ui::ClientContext> m_context;
    std::unique_ptr<ui::MainWindow> m_window;
    QPointer<ui::LoginDialog> m_login;
    QElapsedTimer m_started;
    double m_signedInMs = 0;
    bool m_syncOnceStarted = false;
    int m_exitCode = 0;
};

} // namespace civic::app
