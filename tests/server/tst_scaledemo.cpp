// `civicdesk-server demo --scale`: the scaled datasets hold what they say, the same on every
// run of a day, with an intact audit chain, and the city account can sync them; a used
// database and an unknown scale are refused without change. Run at the hidden `tiny` scale
// (6 communities, a year each); the city's and province's volumes are printed by
// scripts/bench, which generates them.

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace civic::test;

namespace {

struct Generated
{
    std::unique_ptr<TestDatabase> database;
    CliResult result;
};

// The figure `name` of the "… ready: …" line, e.g. "complaints".
qint64 figure(const QString &out, const QString &name)
{
    const QRegularExpression re(u"(\\d+) "_s + QRegularExpression::escape(name) + u"[ ,)]"_s);
    const auto match = re.match(out);
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

} // namespace

class TestScaleDemo : public QObject
{
    Q_OBJECT

private:
    std::optional<Generated> generate(const QString &backend, QString *why)
    {
        Generated g;
        g.database = TestDatabase::create(backend, why);
        if (!g.database)
            return std::nullopt;
        g.result = runServer(
            QStringList { u"demo"_s, u"--scale"_s, u"tiny"_s } + g.database->serverArgs());
        return g;
    }

    // Everything demo.city pulls, keyed "kind/id", with its data.
    QMap<QString, QJsonObject> pullCity(const TestDatabase &database)
    {
        ServerProcess server(database.serverArgs());
        QString why;
        if (!server.start(&why)) {
            qWarning("%s", qPrintable(why));
            return {};
        }
        Http http(server.port());
        const QString token = login(http, u"demo.city"_s);
        const PullResult pulled = pullAll(http, token);
        QMap<QString, QJsonObject> records;
        for (const auto &c : pulled.changes) {
            records.insert(c.value(u"kind"_s).toString() + u'/' + c.value(u"id"_s).toString(),
                c.value(u"data"_s).toObject());
        }
        server.stop();
        return records;
    }

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void theCityAccountPullsWhatWasReported()
    {
        QFETCH_GLOBAL(QString, backend);
        QString why;
        auto g = generate(backend, &why);
        if (!g)
            QSKIP(qPrintable(why));
        QVERIFY2(g->result.exitCode == 0, qPrintable(g->result.err));
        const QString &out = g->result.out;
        QVERIFY2(out.startsWith(u"tiny ready: "_s), qPrintable(out));
        // Progress is printed while it runs, one line per batch of communities.
        QVERIFY2(g->result.err.contains(u"communities 6/6: "_s), qPrintable(g->result.err));
        for (const auto &account : { u"demo.city"_s, u"demo.district"_s, u"demo.street"_s,
                 u"demo.director"_s, u"demo.worker"_s, u"demo.worker2"_s, u"demo.dept"_s })
            QVERIFY2(out.contains(u"  "_s + account + u' '), qPrintable(account));

        const auto records = pullCity(*g->database);
        QMap<QString, qint64> kinds;
        for (auto it = records.cbegin(); it != records.cend(); ++it)
            ++kinds[it.key().section(u'/', 0, 0)];
        QCOMPARE(figure(out, u"communities"_s), 6);
        QCOMPARE(kinds.value(u"complaint"_s), figure(out, u"complaints"_s));
        QCOMPARE(kinds.value(u"complaint_event"_s), figure(out, u"events"_s));
        QCOMPARE(kinds.value(u"notice"_s), figure(out, u"notices"_s));
        QCOMPARE(kinds.value(u"notice_revision"_s), figure(out, u"revisions"_s));
        QCOMPARE(kinds.value(u"review"_s), figure(out, u"reviews"_s));
        // A figure per community for each of the 365 days before today.
        QCOMPARE(kinds.value(u"fan_day"_s), 6 * 365);
        QCOMPARE(figure(out, u"fan days"_s), 6 * 365);
        // The proportions of the city: ~91 complaints, ~5 events each, ~145 notices a year.
        const qint64 complaints = kinds.value(u"complaint"_s);
        QVERIFY2(
            complaints >= 6 * 60 && complaints <= 6 * 122, qPrintable(QString::number(complaints)));
        QVERIFY(kinds.value(u"complaint_event"_s) >= 4 * complaints);
        QVERIFY(kinds.value(u"notice"_s) >= 6 * 100);
        QVERIFY(kinds.value(u"review"_s) >= 2 * kinds.value(u"notice"_s));

        // Timelines follow the workflow: every complaint has its create and first reply,
        // resolved ones a resolution, and every event belongs to a pulled complaint.
        QMap<QString, QStringList> types;
        for (auto it = records.cbegin(); it != records.cend(); ++it) {
            if (it.key().startsWith(u"complaint_event/"_s)) {
                const QString complaint = it.value().value(u"complaint"_s).toString();
                QVERIFY2(records.contains(u"complaint/"_s + complaint), qPrintable(it.key()));
                types[complaint].append(it.value().value(u"type"_s).toString());
            }
        }
        QCOMPARE(types.size(), complaints);
        for (auto it = records.cbegin(); it != records.cend(); ++it) {
            if (!it.key().startsWith(u"complaint/"_s))
                continue;
            const QStringList &t = types.value(it.value().value(u"id"_s).toString());
            QVERIFY2(t.contains(u"create"_s) && t.contains(u"reply"_s), qPrintable(it.key()));
            const QString status = it.value().value(u"status"_s).toString();
            QVERIFY2(!it.value().value(u"first_reply_at"_s).isNull(), qPrintable(it.key()));
            if (status == u"resolved" || status == u"closed")
                QVERIFY2(t.contains(u"resolve"_s), qPrintable(it.key()));
            QVERIFY2(status != u"new", qPrintable(it.key()));
        }
        // Every notice is published through its chain.
        for (auto it = records.cbegin(); it != records.cend(); ++it) {
            if (it.key().startsWith(u"notice/"_s))
                QCOMPARE(it.value().value(u"state"_s).toString(), u"published"_s);
        }

        const CliResult verify
            = runServer(QStringList { u"audit"_s, u"verify"_s } + g->database->serverArgs());
        QCOMPARE(verify.exitCode, 0);
        QVERIFY2(verify.out.startsWith(u"audit chain intact: "_s), qPrintable(verify.out));
        const qint64 chained = figure(verify.out, u"entries"_s);
        QCOMPARE(chained,
            kinds.value(u"complaint_event"_s) + kinds.value(u"notice_revision"_s)
                + kinds.value(u"review"_s));
    }

    void twoRunsOfADayAreTheSame()
    {
        QFETCH_GLOBAL(QString, backend);
        QString why;
        auto first = generate(backend, &why);
        if (!first)
            QSKIP(qPrintable(why));
        auto second = generate(backend, &why);
        QVERIFY2(second, qPrintable(why));
        QCOMPARE(first->result.exitCode, 0);
        QCOMPARE(second->result.exitCode, 0);
        const auto a = pullCity(*first->database);
        const auto b = pullCity(*second->database);
        QVERIFY(a.size() > 5000);
        QCOMPARE(a.keys(), b.keys());
        for (auto it = a.cbegin(); it != a.cend(); ++it)
            QVERIFY2(it.value() == b.value(it.key()), qPrintable(it.key()));
    }
};

QTEST_GUILESS_MAIN(TestScaleDemo)
#include "tst_scaledemo.moc"
