#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <array>
#include <mutex>

namespace civic::server {

// Process-wide counters for GET /metrics (Prometheus text format 0.0.4).
class Metrics
{
public:
    void observeRequest(const QString &route, const QString &method, int status, double seconds);
    void countOps(int applied, int duplicate, int conflict, int rejected);
    void countPulledChanges(qint64 changes);
    QByteArray exposition() const;

private:
    static constexpr std::array<double, 12> kBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                        0.1,   0.25,   0.5,   1.0,  2.5,   5.0};
    struct Histogram
    {
        std::array<quint64, kBuckets.size()> buckets{};
        quint64 count = 0;
        double sum = 0;
    };
    mutable std::mutex m_mutex;
    QHash<QString, quint64> m_requests; // "route\tmethod\tstatus"
    QHash<QString, Histogram> m_latency; // route
    quint64 m_ops[4] = {0, 0, 0, 0};
    quint64 m_pulled = 0;
};

} // namespace civic::server
