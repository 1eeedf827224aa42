#include "application.h"

#include "clientcontext.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "pages/page.h"
#include "store/cachedatabase.h"
#include "store/cacheschema.h"
#include "store/recordstore.h"
#include "sync/session.h"
#include "sync/syncthread.h"
#include "theme.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QScreen>
#include <QSqlDatabase>
#include <QStatusBar>
#include <QTimer>
#include <QTranslator>
#include <QWindow>

#include <cstdio>
#include <functional>
#include <utility>

using namespace Qt::StringLiterals;
using civic::sync::ClientSettings;

Q_LOGGING_CATEGORY(lcApp, "civic.app")

namespace civic::app {

namespace {
// Calls `exposed` once, at the first expose event of the window it filters.
class ExposeFilter : public QObject
{
public:
    ExposeFilter(QObject *parent, std::function<void()> exposed)
        : QObject(parent)
        , m_exposed(std::move(exposed))
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && m_exposed) {
            auto *window = qobject_cast<QWindow *>(watched);
            if (window && window->isExposed())
                std::exchange(m_exposed, nullptr)();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_exposed;
};

void printLine(FILE *stream, const QString &line)
{
    std::fputs((line + u'\n').toUtf8().constData(), stream);
    std::fflush(stream);
}
} // namespace

Application::Application(QApplication &app, Options options)
    : m_app(app)
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
    , m_session(new sync::Session(m_network, this))
{
    m_started.start();
    if (!m_options.server.isEmpty())
        m_settings.setOverride(ClientSettings::kServerUrl, m_options.server);
    if (!m_options.username.isEmpty())
        m_settings.setOverride(ClientSettings::kUsername, m_options.username);
    if (!m_options.language.isEmpty())
        m_settings.setOverride(ClientSettings::kLanguage, m_options.language);
    if (!m_options.dataDir.isEmpty())
        m_settings.setOverride(ClientSettings::kCacheDirectory, m_options.dataDir);

    connect(m_session, &sync::Session::signedInChanged, this, &Application::signedIn);
    connect(m_session, &sync::Session::signInFailed, this, [this](const QString &code, const QString &message) {
        if (automated()) {
            fail(code == u"unreachable" ? 1 : 3, tr("sign-in failed: %1").arg(message));
            return;
        }
        showLogin(signInMessage(code), true);
    });
    connect(m_session, &sync::Session::needsPassword, this, [this](const QString &code) {
        if (automated()) {
            fail(2, tr("no stored sign-in for this account: give --password-stdin"));
            return;
        }
        showLogin(code == u"no_backend" ? signInMessage(code) : QString(), false);
    });
    connect(m_session, &sync::Session::rememberFailed, this, [this](const QString &code) {
        const QString text = signInMessage(code == u"no_backend" ? code : u"remember_failed"_s);
        if (automated())
            printLine(stderr, text);
        else if (m_window)
            m_window->statusBar()->showMessage(text, 15000);
        else
            qCWarning(lcApp).noquote() << text;
    });
}

Application::~Application()
{
    tearDown();
}

void Application::loadTranslations()
{
    const QString language = m_settings.value(ClientSettings::kLanguage).toString();
    QLocale::setDefault(QLocale(language == u"en" ? u"en_US"_s : u"zh_CN"_s));
    auto *own = new QTranslator(&m_app);
    if (own->load(u":/i18n/civicdesk_%1.qm"_s.arg(language == u"en" ? u"en"_s : u"zh_CN"_s)))
        QCoreApplication::installTranslator(own);
    if (language != u"en") {
        auto *qt = new QTranslator(&m_app);
        if (qt->load(QLocale(u"zh_CN"_s), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
    }
}

QString Application::signInMessage(const QString &code) const
{
    if (code == u"wrong_credentials")
        return tr("Wrong username or password.");
    if (code == u"too_many_attempts")
        return tr("Too many failed sign-ins. Try again in 15 minutes.");
    if (code == u"unreachable")
        return tr("Cannot reach the server. Check the network and the server address.");
    if (code == u"expired")
        return tr("Your sign-in has expired. Please sign in again.");
    if (code == u"revoked")
        return tr("Your sign-in is no longer valid (signed out elsewhere or password changed). Please sign in again.");
    if (code == u"no_backend")
        return tr("No system keychain is available: this sign-in will not be remembered and lasts until you close "
                  "CivicDesk.");
    if (code == u"remember_failed")
        return tr("The sign-in could not be stored in the system keychain; it lasts until you close CivicDesk.");
    return tr("Sign-in failed.");
}

bool Application::start()
{
    loadTranslations();
    ui::theme::apply(m_app);
    const QString server = m_settings.value(ClientSettings::kServerUrl).toString();
    const QString username = m_settings.value(ClientSettings::kUsername).toString();
    if (automated()) {
        if (server.isEmpty() || username.isEmpty()) {
            fail(2, tr("--server and --username are needed"));
            return false;
        }
        if (m_options.passwordFromStdin)
            m_session->signIn(QUrl(server), username, m_options.password, m_options.remember);
        else
            m_session->resume(QUrl(server), username, {});
        return true;
    }
    if (m_options.passwordFromStdin && !server.isEmpty() && !username.isEmpty()) {
        // scripts/demo and desktop shortcuts: sign in with the given password and open the
        // window; a refusal shows the login dialog with the reason.
        m_session->signIn(QUrl(server), username, m_options.password, m_options.remember);
        return true;
    }
    if (!username.isEmpty()) {
        // A remembered sign-in opens straight into the window, even offline.
        QJsonObject cachedUser;
        const QString path = store::CacheDatabase::cacheFileFor(server, username, m_settings.value(ClientSettings::kCacheDirectory).toString());
        if (QFile::exists(path)) {
            const QString connection = u"civic-peek"_s;
            if (!store::CacheDatabase::openReader(path, connection)) {
                {
                    store::RecordStore records(QSqlDatabase::database(connection));
                    cachedUser = QJsonDocument::fromJson(records.state(u"user"_s).toUtf8()).object();
                }
                store::CacheDatabase::close(connection);
            }
        }
        m_session->resume(QUrl(server), username, cachedUser);
        return true;
    }
    showLogin({}, false);
    return true;
}

void Application::showLogin(const QString &message, bool error)
{
    if (!m_login) {
        m_login = new ui::LoginDialog;
        m_login->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_login, &ui::LoginDialog::signInRequested, this,
                [this](const QString &server, const QString &username, const QString &password, bool remember) {
                    m_login->setBusy(true);
                    m_settings.setValue(ClientSettings::kServerUrl, server);
                    m_settings.setValue(ClientSettings::kUsername, username);
                    m_session->signIn(QUrl(server), username, password, remember);
                });
        connect(m_login, &QDialog::rejected, this, [this] {
            if (!m_window)
                QCoreApplication::exit(0);
        });
    }
    m_login->setServer(m_settings.value(ClientSettings::kServerUrl).toString(),
                       m_settings.source(ClientSettings::kServerUrl) == u"machine");
    m_login->setUsername(m_settings.value(ClientSettings::kUsername).toString());
    m_login->setRemember(true);
    m_login->setBusy(false);
    m_login->clearPassword();
    m_login->showMessage(message, error);
    m_login->show();
    m_login->raise();
    m_login->activateWindow();
}

QString Application::cachePath() const
{
    const auto &account = m_session->account();
    return store::CacheDatabase::cacheFileFor(account.server.toString(), account.username,
                                              m_settings.value(ClientSettings::kCacheDirectory).toString());
}

void Application::signedIn(bool online)
{
    Q_UNUSED(online);
    m_signedInMs = double(m_started.nsecsElapsed()) / 1e6;
    if (m_login) {
        // Closing the dialog unsigned quits the program; closing it signed in must not.
        m_login->disconnect(this);
        m_login->close();
    }
    m_session->loadCacheKey(cachePath(), [this](bool kept) {
        if (!kept)
            qCInfo(lcApp) << "no keychain for the cache key: residents' data is pulled again next time";
        startClient();
    });
}

void Application::startClient()
{
    tearDown();
    m_sync = std::make_unique<sync::SyncThread>();
    sync::SyncEngine *engine = m_sync->engine();
    connect(engine, &sync::SyncEngine::ready, this, &Application::clientReady);
    connect(engine, &sync::SyncEngine::cycleFinished, this, &Application::cycleFinished);
    connect(engine, &sync::SyncEngine::tokensRefreshed, m_session, &sync::Session::updateTokens);
    connect(engine, &sync::SyncEngine::authenticationFailed, this, &Application::sessionLost);
    const auto &account = m_session->account();
    sync::SyncConfig config;
    config.cachePath = cachePath();
    config.serverUrl = account.server;
    config.actor = account.actor();
    config.user = account.user;
    config.accessToken = account.accessToken;
    config.refreshToken = account.refreshToken;
    config.intervalSeconds = m_settings.value(ClientSettings::kSyncInterval).toInt();
    if (m_options.pageSize > 0) {
        config.pageSize = m_options.pageSize;
        config.catchUpPageSize = m_options.pageSize;
    }
    m_sync->post([config](sync::SyncEngine *e) { e->start(config); });
}

void Application::clientReady(bool ok, const QString &error)
{
    if (!ok) {
        fail(1, tr("The local cache cannot be opened: %1").arg(error));
        return;
    }
    m_context = std::make_unique<ui::ClientContext>(m_session, m_sync.get(), &m_settings);
    QString openError;
    if (!m_context->open(cachePath(), &openError)) {
        fail(1, tr("The local cache cannot be opened: %1").arg(openError));
        return;
    }
    m_window = std::make_unique<ui::MainWindow>(m_context.get());
    connect(m_window.get(), &ui::MainWindow::signOutRequested, this, &Application::signOut);
    const QStringList pageNames = {u"dashboard"_s, u"complaints"_s, u"notices"_s, u"fans"_s, u"assessment"_s, u"settings"_s};
    if (const auto index = pageNames.indexOf(m_options.page); index >= 0)
        m_window->showPage(int(index));
    if (!m_options.unit.isEmpty())
        m_context->setCurrentUnit(m_options.unit);
    if (m_options.exitWhenShown) {
        // The path a person's start takes (window, then the first sync), timed to the end of
        // the first paint.
        exitWhenPainted();
        m_window->show();
        m_context->syncNow();
        return;
    }
    if (automated()) {
        m_window->resize(m_options.size);
        if (!m_options.screenshot.isEmpty())
            m_window->show();
        if (m_options.syncOnce) {
            m_syncOnceStarted = true;
            m_context->syncNow();
        } else {
            takeScreenshotAndQuit(0);
        }
        return;
    }
    m_window->show();
    m_context->syncNow();
}

void Application::cycleFinished(const sync::SyncStats &stats, bool ok, const QString &error)
{
    if (!m_syncOnceStarted)
        return;
    m_syncOnceStarted = false;
    if (!ok) {
        fail(1, tr("sync failed: %1").arg(error));
        return;
    }
    printLine(stdout, u"synced: pulled %1 changes, pushed %2 ops, pending %3, cursor %4"_s.arg(stats.pulled)
                          .arg(stats.pushed)
                          .arg(stats.pending)
                          .arg(stats.cursor));
    store::RecordStore records(m_context->database());
    const auto counts = records.counts();
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(u"%1=%2"_s.arg(it.key()).arg(it.value()));
    printLine(stdout, u"cache: "_s + parts.join(u' '));
    if (!m_options.screenshot.isEmpty())
        takeScreenshotAndQuit(0);
    else
        QTimer::singleShot(0, this, [this] { QCoreApplication::exit(m_exitCode); });
}

void Application::exitWhenPainted()
{
    // The window is painted while its first expose event is handled; a zero timer queued from
    // that event runs once the paint is on the screen.
    m_window->winId();
    QWindow *handle = m_window->windowHandle();
    auto *filter = new ExposeFilter(handle, [this] {
        QTimer::singleShot(0, this, [this] {
            printLine(stdout, u"shown: %1 ms, signed in at %2 ms"_s
                                  .arg(double(m_started.nsecsElapsed()) / 1e6, 0, 'f', 1)
                                  .arg(m_signedInMs, 0, 'f', 1));
            QCoreApplication::exit(0);
        });
    });
    handle->installEventFilter(filter);
}

void Application::takeScreenshotAndQuit(int code)
{
    m_exitCode = code;
    // Let the pages settle (models refresh on the cache change signals) before the grab.
    QTimer::singleShot(400, this, [this] {
        if (!m_options.screenshot.isEmpty() && m_window) {
            m_window->repaint();
            const QPixmap shot = m_window->grab();
            if (!shot.save(m_options.screenshot)) {
                fail(1, tr("cannot write the screenshot to %1").arg(m_options.screenshot));
                return;
            }
            printLine(stdout, u"screenshot: "_s + QDir::toNativeSeparators(QFileInfo(m_options.screenshot).absoluteFilePath()));
        }
        QCoreApplication::exit(m_exitCode);
    });
}

void Application::fail(int code, const QString &message)
{
    m_exitCode = code;
    if (automated()) {
        printLine(stderr, u"civicdesk: "_s + message);
        QTimer::singleShot(0, this, [this] { QCoreApplication::exit(m_exitCode); });
        return;
    }
    QMessageBox::critical(m_window.get(), tr("CivicDesk"), message);
    tearDown();
    showLogin(message, true);
}

void Application::sessionLost(const QString &message)
{
    qCInfo(lcApp).noquote() << "the server ended the session:" << message;
    if (automated()) {
        fail(3, tr("the server refused the sign-in: %1").arg(message));
        return;
    }
    tearDown();
    showLogin(signInMessage(u"revoked"_s), true);
}

void Application::signOut(bool wipeCache)
{
    const QString path = cachePath();
    tearDown();
    connect(m_session, &sync::Session::signedOut, this, [this] { showLogin(tr("You have signed out."), false); },
            Qt::SingleShotConnection);
    m_session->signOut(wipeCache ? path : QString());
}

void Application::tearDown()
{
    // Closing the sign-in dialog quits the program; being torn down with it is not that.
    if (m_login) {
        m_login->disconnect(this);
        m_login->close();
    }
    m_window.reset();
    m_context.reset();
    if (m_sync) {
        m_sync->stop();
        m_sync.reset();
    }
}

} // namespace civic::app
