#include "apiclient.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSysInfo>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcApi, "civic.sync.api")

namespace civic::sync {

QJsonObject ApiResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QJsonArray ApiResult::jsonArray() const
{
    return QJsonDocument::fromJson(body).array();
}

QString ApiResult::errorCode() const
{
    return json().value(u"error"_s).toObject().value(u"code"_s).toString();
}

QString ApiResult::errorMessage() const
{
    if (status == 0)
        return networkError;
    const QString message = json().value(u"error"_s).toObject().value(u"message"_s).toString();
    return message.isEmpty() ? u"HTTP %1"_s.arg(status) : message;
}

QByteArray userAgent()
{
    return "CivicDesk/" CIVIC_VERSION " (" + QSysInfo::prettyProductName().toUtf8() + ")";
}

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

QNetworkReply *ApiClient::send(const QString &method, const QString &path, const QUrlQuery &query,
                               const QByteArray &body, bool authorised)
{
    QUrl url = m_baseUrl;
    url.setPath(url.path(QUrl::FullyEncoded).chopped(url.path().endsWith(u'/') ? 1 : 0) + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_timeoutSeconds * 1000);
    if (authorised && !m_accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_accessToken.toUtf8());
    if (method == u"GET")
        return m_network->get(request);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return m_network->post(request, body);
}

void ApiClient::track(QNetworkReply *reply, QObject *context, Done done)
{
    m_inFlight.append(reply);
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [this, reply, guard, context, done = std::move(done)] {
        m_inFlight.removeAll(reply);
        reply->deleteLater();
        ApiResult result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError && result.status == 0)
            result.networkError = reply->errorString();
        if (result.status == 0)
            qCDebug(lcApi) << reply->url().path() << "failed:" << result.networkError;
        if (context && !guard)
            return;
        done(result);
    });
}

void ApiClient::login(const QString &username, const QString &password, const QString &device, QObject *context,
                      Done done)
{
    postJson(u"/api/v1/auth/login"_s,
             {{u"username"_s, username}, {u"password"_s, password}, {u"device"_s, device}}, context, std::move(done),
             false);
}

void ApiClient::refresh(const QString &refreshToken, QObject *context, Done done)
{
    postJson(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, refreshToken}}, context, std::move(done), false);
}

void ApiClient::logout(QObject *context, Done done)
{
    track(send(u"POST"_s, u"/api/v1/auth/logout"_s, {}, {}, true), context, std::move(done));
}

void ApiClient::pull(qint64 since, int limit, QObject *context, Done done)
{
    QUrlQuery q;
    q.addQueryItem(u"since"_s, QString::number(since));
    q.addQueryItem(u"limit"_s, QString::number(limit));
    get(u"/api/v1/sync/pull"_s, q, context, std::move(done));
}

void ApiClient::push(const QJsonArray &ops, QObject *context, Done done)
{
    postJson(u"/api/v1/sync/push"_s, {{u"ops"_s, ops}}, context, std::move(done));
}

void ApiClient::get(const QString &path, const QUrlQuery &query, QObject *context, Done done)
{
    track(send(u"GET"_s, path, query, {}, true), context, std::move(done));
}

void ApiClient::postJson(const QString &path, const QJsonObject &body, QObject *context, Done done, bool authorised)
{
    track(send(u"POST"_s, path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), authorised), context,
          std::move(done));
}

void ApiClient::abortAll()
{
    const auto replies = m_inFlight;
    for (const auto &reply : replies) {
        if (reply)
            reply->abort();
    }
}

} // namespace civic::sync
