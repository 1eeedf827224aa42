#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace civic::sync {

// The answer to one API call. `status` 0 means no answer (network failure, timeout).
struct ApiResult
{
    int status = 0;
    QByteArray body;
    QString networkError;

    bool ok() const { return status >= 200 && status < 300; }
    bool unreachable() const { return status == 0 || status == 502 || status == 503 || status == 504; }
    QJsonObject json() const;
    QJsonArray jsonArray() const;
    QString errorCode() const;
    QString errorMessage() const;
};

// CivicDesk's HTTP API over a QNetworkAccessManager that the caller owns and that lives in
// the caller's thread. Calls are asynchronous; `done` runs in that thread, unless `context`
// was destroyed first.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const ApiResult &)>;

    explicit ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setAccessToken(const QString &token) { m_accessToken = token; }
    QString accessToken() const { return m_accessToken; }
    // Seconds before a call without progress is abandoned (status 0).
    void setTimeout(int seconds) { m_timeoutSeconds = seconds; }

    void login(const QString &username, const QString &password, const QString &device, QObject *context, Done done);
    void refresh(const QString &refreshToken, QObject *context, Done done);
    void logout(QObject *context, Done done);
    void pull(qint64 since, int limit, QObject *context, Done done);
    void push(const QJsonArray &ops, QObject *context, Done done);
    void get(const QString &path, const QUrlQuery &query, QObject *context, Done done);
    void postJson(const QString &path, const QJsonObject &body, QObject *context, Done done, bool authorised = true);

    // Abandons every call in flight (their `done` runs with status 0).
    void abortAll();

private:
    QNetworkReply *send(const QString &method, const QString &path, const QUrlQuery &query, const QByteArray &body,
                        bool authorised);
    void track(QNetworkReply *reply, QObject *context, Done done);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_accessToken;
    int m_timeoutSeconds = 60;
    QList<QPointer<QNetworkReply>> m_inFlight;
};

// A user agent string naming CivicDesk and its version.
QByteArray userAgent();

} // namespace civic::sync
