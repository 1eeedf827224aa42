#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <queue>

#include <functional>
#include <map>
#include <memory>
#include <random>
#include <vector>

class QEventLoop;
class QJsonArray;
class QJsonObject;
class QNetworkAccessManager;
class QTimer;

namespace civic::load {

// What the load generator simulates (ISSUE 9 §4): `clients` desktop clients of the staff
// accounts of a city, each pulling every `intervalSeconds` (jittered ±20 %) and pushing
// commands its role may do every `pushIntervalSeconds` on average, for `durationSeconds`.
struct Options
{
    QUrl server;
    qint64 serverPid = 0; // sampled for VmRSS when set
    int clients = 1000;
    double intervalSeconds = 60;
    double pushIntervalSeconds = 120; // 0: no pushes
    double durationSeconds = 600;
    double warmupSeconds = -1; // memory trend from here on; < 0: min(interval, duration / 4)
    // Shared QNetworkAccessManagers, each up to 6 keep-alive connections: 4 keep them (24)
    // below the server's 32 worker threads, as nginx's upstream pool does in production.
    // More connections than threads stall requests for seconds (docs/operations.md).
    int connections = 4;
    int maxAccounts = 0; // distinct sign-ins; 0: every staff account
    double coldShare = 0.02; // clients with an empty cache: their first pull starts at 0
    QString cityUser = QStringLiteral("demo.city"); // finds the accounts, checks the result
    QString password = QStringLiteral("CivicDesk-demo-1");
    bool verify = true;
    double rssEverySeconds = 2;
    quint32 seed = 1;
};

struct Latency
{
    qint64 count = 0;
    double p50 = 0, p95 = 0, p99 = 0, max = 0; // milliseconds
};

struct Report
{
    QString failure; // set when the run could not start or finish (setup failed)
    int accounts = 0;
    int clients = 0;
    double seconds = 0;
    qint64 requests = 0;
    qint64 errors = 0;
    QMap<QString, qint64> errorKinds; // "push rejected forbidden", "pull 503", "transport …"
    QStringList errorSamples; // the first few, with detail
    QMap<QString, Latency> latency; // "all", "pull", "pull_cold", "push", "refresh"
    qint64 pulls = 0; // pull cycles (a cycle follows `next` while has_more)
    qint64 skippedPulls = 0; // due while the client's previous cycle still ran
    qint64 pulledChanges = 0;
    qint64 pushes = 0;
    qint64 pushedOps = 0;
    qint64 appliedOps = 0;
    // The exactly-once check: every applied op found once on the server, nothing else.
    bool verified = false;
    qint64 lost = 0;
    qint64 unexpected = 0;
    QStringList lostSamples;
    // Server memory (MB), sampled every rssEverySeconds from the run's start.
    QList<QPair<double, double>> rss; // (seconds, MB)
    double warmupSeconds = 0;
    double rssWarm = 0, rssEnd = 0, rssPeak = 0, rssSlopeMbPerMin = 0, rssLateSlopeMbPerMin = 0;

    // One JSON object per line, {"bench": NAME, "value": X, "unit": U, …}, `label` naming
    // the run (e.g. the backend).
    QList<QByteArray> jsonLines(const QString &label) const;
    QString summary() const;
    // Prints the JSON lines on standard output and the summary on standard error; returns
    // the exit status of a run: 0 clean, 1 an error or a lost op, 2 it could not run.
    int print(const QString &label) const;
};

// Drives the simulated clients with a few shared QNetworkAccessManagers on one thread: a
// thousand clients are a thousand cursors and timers, not a thousand connections (the
// server's worker pool holds a thread per open keep-alive connection).
class LoadGenerator : public QObject
{
public:
    explicit LoadGenerator(Options options, QObject *parent = nullptr);
    ~LoadGenerator() override;

    // Signs in, runs the load for the duration, checks the result; returns when done.
    Report run();

private:
    struct Account;
    struct Client;
    struct Due
    {
        double at;
        int client;
        bool push;
        bool operator>(const Due &other) const { return at > other.at; }
    };
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QString transportError;
    };
    using Done = std::function<void(const Reply &)>;

    double now() const;
    void request(int nam, const QByteArray &verb, const QString &path, const QByteArray &body,
        const QString &token, const QString &type, Done done);
    void signIn(int account, std::function<void(bool)> done);
    void refreshIfDue(int account);
    void pullPages(int account, qint64 since, int limit, const QString &type, int nam,
        std::function<void(const QJsonArray &)> onPage,
        std::function<void(bool ok, qint64 next)> done);
    void setupFailed(const QString &why);
    void chooseAccounts(const QJsonArray &cityChanges);
    void prepareNext();
    void startRun();
    void tick();
    void pull(int client);
    void push(int client);
    QJsonObject makeOp(int client);
    void error(const QString &kind, const QString &detail);
    void finishWhenIdle();
    void verify();
    void sampleRss();
    void finish();

    Options m_options;
    Report m_report;
    QElapsedTimer m_clock;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_nams;
    std::vector<Account> m_accounts;
    std::vector<Client> m_clients;
    std::priority_queue<Due, std::vector<Due>, std::greater<Due>> m_due;
    std::mt19937 m_random;
    QTimer *m_tick = nullptr;
    QTimer *m_rssTimer = nullptr;
    QEventLoop *m_loop = nullptr;
    double m_runStart = -1;
    bool m_running = false;
    bool m_draining = false;
    int m_inFlight = 0;
    int m_nextToPrepare = 0;
    int m_preparing = 0;
    qint64 m_startSeq = 0;
    qint64 m_opCounter = 0;
    std::map<QString, std::vector<double>> m_latencies;
    QSet<QString> m_appliedEvents; // op_ids of applied complaint commands (= their event ids)
    QSet<QString> m_appliedNotices; // ids of notices created by applied notice.save
};

} // namespace civic::load
