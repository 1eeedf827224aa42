// civicdesk-server's administration commands: clear errors and exit code 2 for bad
// arguments or input (changing nothing), 0 and a line saying what was done otherwise.

#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace civic::test;

class TestCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_database;

    CliResult run(const QStringList &args, const QByteArray &input = {})
    {
        return runServer(args + m_database->serverArgs(), input);
    }

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        QString why;
        m_database = TestDatabase::create(backend, &why);
        if (!m_database)
            QSKIP(qPrintable(why));
    }

    void cleanup() { m_database.reset(); }

    void versionAndHelp()
    {
        const CliResult version = runServer({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), u"civicdesk-server " CIVIC_VERSION ""_s);
        const CliResult help = runServer({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        for (const auto &word : {u"serve"_s, u"init"_s, u"demo"_s, u"user add"_s, u"org move"_s})
            QVERIFY2(help.out.contains(word), qPrintable(word));
    }

    void badArgumentsExit2()
    {
        const QList<QStringList> cases = {
            {},
            {u"frobnicate"_s},
            {u"serve"_s, u"--data"_s, m_database->dataDir(), u"--listen"_s, u"nowhere"_s},
            {u"serve"_s, u"--data"_s, m_database->dataDir(), u"--threads"_s, u"zero"_s},
            {u"serve"_s, u"--data"_s, m_database->dataDir(), u"--tls-cert"_s, u"cert.pem"_s},
            {u"serve"_s, u"--bogus"_s},
            {u"demo"_s},
            {u"demo"_s, u"--db"_s, u"mysql://x/y"_s},
            {u"user"_s},
            {u"user"_s, u"rename"_s, u"--data"_s, m_database->dataDir(), u"--username"_s, u"x"_s},
            {u"org"_s, u"add"_s, u"--data"_s, m_database->dataDir()},
        };
        for (const auto &args : cases) {
            const CliResult r = runServer(args);
            QVERIFY2(r.exitCode == 2, qPrintable(args.join(u' ') + u" → "_s + QString::number(r.exitCode)));
            QVERIFY2(r.err.startsWith(u"civicdesk-server"_s) || r.err.startsWith(u"Usage"_s), qPrintable(r.err));
        }
    }

    void initCreatesTheCityAndItsAdministrator()
    {
        const QStringList init = {u"init"_s, u"--city-code"_s, u"210100"_s, u"--city-name"_s, u"沈阳市"_s,
                                  u"--admin"_s, u"admin"_s};
        CliResult r = run(init, "short\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"at least 8"_s));
        r = run(init, "A-good-password\n");
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"沈阳市"_s));
        r = run(init, "A-good-password\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"initialised already"_s));

        ServerProcess server(m_database->serverArgs());
        QString why;
        QVERIFY2(server.start(&why), qPrintable(why));
        Http http(server.port());
        const QJsonObject session = loginReply(http, u"admin"_s, u"A-good-password"_s);
        QCOMPARE(session.value(u"user"_s).toObject().value(u"role"_s).toString(), u"city"_s);
    }

    void orgAndUserCommandsValidateAndApply()
    {
        QCOMPARE(run({u"init"_s, u"--city-code"_s, u"210100"_s, u"--city-name"_s, u"沈阳市"_s, u"--admin"_s, u"admin"_s},
                     "A-good-password\n")
                     .exitCode,
                 0);
        const auto orgAdd = [&](const QString &code, const QString &name, const QString &level, const QString &parent,
                                const QString &households = u"0"_s) {
            return run({u"org"_s, u"add"_s, u"--code"_s, code, u"--name"_s, name, u"--level"_s, level, u"--parent"_s,
                        parent, u"--households"_s, households});
        };
        QCOMPARE(orgAdd(u"210111"_s, u"苏家屯区"_s, u"district"_s, u"210100"_s).exitCode, 0);
        QCOMPARE(orgAdd(u"210111001"_s, u"湖西街道"_s, u"street"_s, u"210111"_s).exitCode, 0);
        QCOMPARE(orgAdd(u"210111002"_s, u"民主街道"_s, u"street"_s, u"210111"_s).exitCode, 0);
        const CliResult community = orgAdd(u"210111001001"_s, u"河畔社区"_s, u"community"_s, u"210111001"_s, u"3200"_s);
        QCOMPARE(community.exitCode, 0);
        QVERIFY(community.out.contains(u"/210100/210111/210111001/210111001001/"_s));

        // Bad input: nothing is added, and the message says why.
        CliResult r = orgAdd(u"210111001001"_s, u"重复"_s, u"community"_s, u"210111001"_s);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"exists already"_s));
        r = orgAdd(u"bad/code"_s, u"坏"_s, u"community"_s, u"210111001"_s);
        QCOMPARE(r.exitCode, 2);
        r = orgAdd(u"210111009"_s, u"错层"_s, u"street"_s, u"210111001001"_s);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"cannot be placed under"_s));
        r = orgAdd(u"210111003"_s, u"无上级"_s, u"street"_s, u"999"_s);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"no unit with code 999"_s));
        r = orgAdd(u"210111004"_s, u"坏户数"_s, u"community"_s, u"210111001"_s, u"-5"_s);
        QCOMPARE(r.exitCode, 2);

        r = run({u"user"_s, u"add"_s, u"--username"_s, u"hepan.w"_s, u"--role"_s, u"worker"_s, u"--unit"_s,
                 u"210111001001"_s, u"--name"_s, u"王丽"_s},
                "Worker-pass-1\n");
        QCOMPARE(r.exitCode, 0);
        r = run({u"user"_s, u"add"_s, u"--username"_s, u"wrong.level"_s, u"--role"_s, u"street"_s, u"--unit"_s,
                 u"210111001001"_s},
                "Worker-pass-1\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"cannot belong to a community"_s));
        r = run({u"user"_s, u"add"_s, u"--username"_s, u"x"_s, u"--role"_s, u"worker"_s, u"--unit"_s, u"210111001001"_s},
                "Worker-pass-1\n");
        QCOMPARE(r.exitCode, 2);
        r = run({u"user"_s, u"add"_s, u"--username"_s, u"hepan.w"_s, u"--role"_s, u"worker"_s, u"--unit"_s,
                 u"210111001001"_s},
                "Worker-pass-1\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"taken"_s));
        r = run({u"user"_s, u"passwd"_s, u"--username"_s, u"nobody"_s}, "Worker-pass-2\n");
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(run({u"user"_s, u"passwd"_s, u"--username"_s, u"hepan.w"_s}, "Worker-pass-2\n").exitCode, 0);

        // The move rewrites paths; a move into its own subtree is refused.
        r = run({u"org"_s, u"move"_s, u"--code"_s, u"210111001"_s, u"--parent"_s, u"210111001001"_s});
        QCOMPARE(r.exitCode, 2);
        r = run({u"org"_s, u"move"_s, u"--code"_s, u"210111001001"_s, u"--parent"_s, u"210111002"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"/210100/210111/210111002/210111001001/"_s));

        ServerProcess server(m_database->serverArgs());
        QString why;
        QVERIFY2(server.start(&why), qPrintable(why));
        Http http(server.port());
        QVERIFY(login(http, u"hepan.w"_s, u"Worker-pass-1"_s).isEmpty());
        const QString token = login(http, u"hepan.w"_s, u"Worker-pass-2"_s);
        QVERIFY(!token.isEmpty());
        QStringList units;
        for (const auto &c : pullAll(http, token).changes) {
            if (c.value(u"kind"_s).toString() == u"org_unit")
                units.append(c.value(u"id"_s).toString());
        }
        units.sort();
        QCOMPARE(units, (QStringList{u"210100"_s, u"210111"_s, u"210111001001"_s, u"210111002"_s}));
    }

    void demoPrintsAccountsAndRefusesAFullDatabase()
    {
        const CliResult demo = run({u"demo"_s});
        QCOMPARE(demo.exitCode, 0);
        for (const auto &name : {u"demo.city"_s, u"demo.district"_s, u"demo.street"_s, u"demo.director"_s,
                                 u"demo.worker"_s, u"demo.worker2"_s, u"demo.dept"_s})
            QVERIFY2(demo.out.contains(name), qPrintable(name));
        QVERIFY(demo.out.contains(u"河畔社区"_s));
        QVERIFY(demo.out.contains(u"苏家屯区"_s));
        QVERIFY(demo.out.contains(u"城管委"_s));
        QVERIFY(demo.out.contains(u"\nintake-key: cdk_"_s));
        const CliResult again = run({u"demo"_s});
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.err.contains(u"already"_s));
    }

    void intakeKeysAreIssued()
    {
        QCOMPARE(run({u"demo"_s}).exitCode, 0);
        const CliResult bad = run({u"intake-key"_s, u"add"_s, u"--unit"_s, u"nope"_s, u"--name"_s, u"x"_s});
        QCOMPARE(bad.exitCode, 2);
        const CliResult key = run({u"intake-key"_s, u"add"_s, u"--unit"_s, u"210111"_s, u"--name"_s, u"苏家屯平台"_s});
        QCOMPARE(key.exitCode, 0);
        QVERIFY(key.out.startsWith(u"intake-key: cdk_"_s));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
