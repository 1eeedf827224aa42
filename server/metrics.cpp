#include "metrics.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace civic::server {

void Metrics::observeRequest(const QString &route, const QString &method, int status, double seconds)
{
    std::lock_guard lock(m_mutex);
    ++m_requests[route + u'\t' + method + u'\t' + QString::number(status)];
    Histogram &h = m_latency[route];
    for (size_t i = 0; i < kBuckets.size(); ++i) {
        if (seconds <= kBuckets[i])
            ++h.buckets[i];
    }
    ++h.count;
    h.sum += seconds;
}

void Metrics::countOps(int applied, int duplicate, int conflict, int rejected)
{
    std::lock_guard lock(m_mutex);
    m_ops[0] += quint64(applied);
    m_ops[1] += quint64(duplicate);
    m_ops[2] += quint64(conflict);
    m_ops[3] += quint64(rejected);
}

void Metrics::countPulledChanges(qint64 changes)
{
    std::lock_guard lock(m_mutex);
    m_pulled += quint64(changes);
}

QByteArray Metrics::exposition() const
{
    std::lock_guard lock(m_mutex);
    QByteArray out;
    out += "# HELP civic_http_requests_total HTTP requests answered, by route, method and status.\n"
           "# TYPE civic_http_requests_total counter\n";
    QStringList keys = m_requests.keys();
    keys.sort();
    for (const auto &key : keys) {
        const QStringList parts = key.split(u'\t');
        out += u"civic_http_requests_total{route=\"%1\",method=\"%2\",status=\"%3\"} %4\n"_s
                   .arg(parts.at(0), parts.at(1), parts.at(2))
                   .arg(m_requests.value(key))
                   .toUtf8();
    }
    out += "# HELP civic_http_request_duration_seconds Time to answer a request, by route.\n"
           "# TYPE civic_http_request_duration_seconds histogram\n";
    QStringList routes = m_latency.keys();
    routes.sort();
    for (const auto &route : routes) {
        const Histogram &h = m_latency[route];
        for (size_t i = 0; i < kBuckets.size(); ++i)
            out += u"civic_http_request_duration_seconds_bucket{route=\"%1\",le=\"%2\"} %3\n"_s
                       .arg(route)
                       .arg(kBuckets[i])
                       .arg(h.buckets[i])
                       .toUtf8();
        out += u"civic_http_request_duration_seconds_bucket{route=\"%1\",le=\"+Inf\"} %2\n"_s.arg(route).arg(h.count).toUtf8();
        out += u"civic_http_request_duration_seconds_sum{route=\"%1\"} %2\n"_s.arg(route).arg(h.sum, 0, 'f', 6).toUtf8();
        out += u"civic_http_request_duration_seconds_count{route=\"%1\"} %2\n"_s.arg(route).arg(h.count).toUtf8();
    }
    out += "# HELP civic_sync_ops_total Pushed ops by result.\n"
           "# TYPE civic_sync_ops_total counter\n";
    const char *names[] = {"applied", "duplicate", "conflict", "rejected"};
    for (int i = 0; i < 4; ++i)
        out += QByteArray("civic_sync_ops_total{status=\"") + names[i] + "\"} " + QByteArray::number(m_ops[i]) + '\n';
    out += "# HELP civic_sync_pulled_changes_total Changes sent to clients by pulls.\n"
           "# TYPE civic_sync_pulled_changes_total counter\n"
           "civic_sync_pulled_changes_total " + QByteArray::number(m_pulled) + '\n';
    return out;
}

} // namespace civic::server
