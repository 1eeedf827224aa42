// `civicdesk-server assess`: the built binary scores bundle files exactly as ASSESSMENT.md
// §7 prints them, and refuses bad input with exit code 2 (cli.h).

#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using civic::test::runServer;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(CIVIC_SOURCE_DIR) + u"/tests/domain/data/assessment/"_s + name;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qWarning("cannot read %s", qPrintable(path));
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QJsonObject firstRow(const QString &out)
{
    return QJsonDocument::fromJson(out.toUtf8())
        .object()
        .value(u"results"_s)
        .toArray()
        .at(0)
        .toObject();
}

} // namespace

class TestAssessCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scoresTheSection6Example();
    void scoresADistrict();
    void rulesFileOverridesTheBundle();
    void rulesPrecedence();
    void malformedBundleNamesCommunityAndField();
    void malformedRulesNameTheKey();
    void unreadableFiles_data();
    void unreadableFiles();
    void badArguments_data();
    void badArguments();
    void helpListsAssess();
    void unreachableDatabaseExitsOne();
};

void TestAssessCli::scoresTheSection6Example()
{
    // ASSESSMENT.md §6's bundle, worked out by hand: net 600 (the only positive) → A 50;
    // p 1 of 1 → B1 20; ratings 4, 5 → B2 5 × 3.5/4 = 4.375 → 4.38; the complaint answered
    // in 11h50m, resolved, satisfied → B3 15; the task on time → C 10; a service example
    // → 2; one news lead < 2 → 0. total 101.38, eligible, award 2000: §7's row exactly.
    const auto r = runServer({ u"assess"_s, u"--input"_s, fixture(u"example.bundle.json"_s) });
    QCOMPARE(r.err, QString());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QString::fromUtf8(readFile(fixture(u"example.expected.json"_s))));
    QCOMPARE(
        r.out, uR"({"district": "210111", "quarter": "2026Q3", "rules_version": "sujiatun-2016",
 "best": "210111001001",
 "results": [{"code": "210111001001", "name": "河畔社区", "rank": 1, "net": 600, "tier": 1, "A": 50.0, "B1": 20.0, "B2": 4.38, "B3": 15.0, "C": 10.0, "bonus_event": 0.0, "bonus_innovation": 0.0, "bonus_service": 2.0, "bonus_news": 0.0, "total": 101.38, "eligible": true, "award": 2000}]}
)"_s);
}

void TestAssessCli::scoresADistrict()
{
    // The six-community 2026Q4 fixture; its values are derived in tst_assessment.cpp.
    const auto r = runServer({ u"assess"_s, u"--input"_s, fixture(u"district.bundle.json"_s) });
    QCOMPARE(r.err, QString());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QString::fromUtf8(readFile(fixture(u"district.expected.json"_s))));
}

void TestAssessCli::rulesFileOverridesTheBundle()
{
    // override.rules.json: version "sujiatun-2026-trial", b1_max 10, awards [500]:
    // B1 10, total 101.38 − 10 = 91.38, award 500; everything else as in §7.
    const auto r = runServer({ u"assess"_s, u"--input"_s, fixture(u"example.bundle.json"_s),
        u"--rules"_s, fixture(u"override.rules.json"_s) });
    QCOMPARE(r.err, QString());
    QCOMPARE(r.exitCode, 0);
    QString expected = QString::fromUtf8(readFile(fixture(u"example.expected.json"_s)));
    expected.replace(u"\"sujiatun-2016\""_s, u"\"sujiatun-2026-trial\""_s)
        .replace(u"\"B1\": 20.0"_s, u"\"B1\": 10.0"_s)
        .replace(u"\"total\": 101.38"_s, u"\"total\": 91.38"_s)
        .replace(u"\"award\": 2000"_s, u"\"award\": 500"_s);
    QCOMPARE(r.out, expected);
}

void TestAssessCli::rulesPrecedence()
{
    // The bundle says c_max 8 and b2_max 4; the rules file says c_max 6. The file wins for
    // c_max (C 6), the bundle for b2_max (B2 4 × 3.5/4 = 3.5), defaults for the rest:
    // 50 + 20 + 3.5 + 15 + 6 + 2 = 96.5.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QJsonObject bundle
        = QJsonDocument::fromJson(readFile(fixture(u"example.bundle.json"_s))).object();
    bundle.insert(u"rules"_s, QJsonObject { { u"c_max"_s, 8 }, { u"b2_max"_s, 4 } });
    const QString bundlePath = dir.filePath(u"bundle.json"_s);
    const QString rulesPath = dir.filePath(u"rules.json"_s);
    QVERIFY(writeFile(bundlePath, QJsonDocument(bundle).toJson()));
    QVERIFY(writeFile(rulesPath, R"({"c_max": 6})"));
    const auto r = runServer({ u"assess"_s, u"--input"_s, bundlePath, u"--rules"_s, rulesPath });
    QCOMPARE(r.err, QString());
    QCOMPARE(r.exitCode, 0);
    const QJsonObject row = firstRow(r.out);
    QCOMPARE(row.value(u"C"_s).toDouble(), 6.0);
    QCOMPARE(row.value(u"B2"_s).toDouble(), 3.5);
    QCOMPARE(row.value(u"A"_s).toDouble(), 50.0);
    QCOMPARE(row.value(u"total"_s).toDouble(), 96.5);
    // Without the file the bundle's c_max 8 holds: total 98.5.
    const auto bundleOnly = runServer({ u"assess"_s, u"--input"_s, bundlePath });
    QCOMPARE(bundleOnly.exitCode, 0);
    QCOMPARE(firstRow(bundleOnly.out).value(u"total"_s).toDouble(), 98.5);
}

void TestAssessCli::malformedBundleNamesCommunityAndField()
{
    // The §6 bundle with "published_at": "2026-07-03 09:00" (no 'T', no offset).
    const auto r = runServer(
        { u"assess"_s, u"--input"_s, fixture(u"malformed-published-at.bundle.json"_s) });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(u"210111001001"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"notices[0].published_at"_s), qPrintable(r.err));

    // A second community with fans_end missing: nothing is scored, the code is named.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QJsonObject bundle
        = QJsonDocument::fromJson(readFile(fixture(u"example.bundle.json"_s))).object();
    QJsonArray communities = bundle.value(u"communities"_s).toArray();
    communities.append(QJsonObject {
        { u"code"_s, u"210111001002"_s }, { u"name"_s, u"新城社区"_s }, { u"fans_start"_s, 10 } });
    bundle.insert(u"communities"_s, communities);
    const QString path = dir.filePath(u"bundle.json"_s);
    QVERIFY(writeFile(path, QJsonDocument(bundle).toJson()));
    const auto missing = runServer({ u"assess"_s, u"--input"_s, path });
    QCOMPARE(missing.exitCode, 2);
    QCOMPARE(missing.out, QString());
    QVERIFY2(missing.err.contains(u"210111001002"_s), qPrintable(missing.err));
    QVERIFY2(missing.err.contains(u"fans_end"_s), qPrintable(missing.err));
}

void TestAssessCli::malformedRulesNameTheKey()
{
    const auto file = runServer({ u"assess"_s, u"--input"_s, fixture(u"example.bundle.json"_s),
        u"--rules"_s, fixture(u"unknown-key.rules.json"_s) });
    QCOMPARE(file.exitCode, 2);
    QCOMPARE(file.out, QString());
    QVERIFY2(file.err.contains(u"a_topn"_s), qPrintable(file.err));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QJsonObject bundle
        = QJsonDocument::fromJson(readFile(fixture(u"example.bundle.json"_s))).object();
    bundle.insert(u"rules"_s, QJsonObject { { u"a_max"_s, -5 } });
    const QString path = dir.filePath(u"bundle.json"_s);
    QVERIFY(writeFile(path, QJsonDocument(bundle).toJson()));
    const auto inBundle = runServer({ u"assess"_s, u"--input"_s, path });
    QCOMPARE(inBundle.exitCode, 2);
    QCOMPARE(inBundle.out, QString());
    QVERIFY2(inBundle.err.contains(u"rules.a_max"_s), qPrintable(inBundle.err));
}

void TestAssessCli::unreadableFiles_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: the file does not exist
    QTest::addColumn<bool>("asRules");
    QTest::newRow("missing bundle") << QByteArray() << false;
    QTest::newRow("missing rules") << QByteArray() << true;
    QTest::newRow("bundle not JSON") << QByteArray("{\"district\": ") << false;
    QTest::newRow("bundle an array") << QByteArray("[]") << false;
    QTest::newRow("rules not JSON") << QByteArray("a_top_n = 8") << true;
}

void TestAssessCli::unreadableFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, asRules);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"file.json"_s);
    if (!content.isEmpty())
        QVERIFY(writeFile(path, content));
    const QStringList args = asRules ? QStringList { u"assess"_s, u"--input"_s,
        fixture(u"example.bundle.json"_s), u"--rules"_s, path }
                                     : QStringList { u"assess"_s, u"--input"_s, path };
    const auto r = runServer(args);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(path), qPrintable(r.err));
}

void TestAssessCli::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    const QString bundle = fixture(u"example.bundle.json"_s);
    QTest::newRow("nothing") << QStringList { u"assess"_s } << u"Usage: civicdesk-server assess"_s;
    QTest::newRow("--input without a file")
        << QStringList { u"assess"_s, u"--input"_s } << u"Usage"_s;
    QTest::newRow("unknown option")
        << QStringList { u"assess"_s, u"--input"_s, bundle, u"--frobnicate"_s } << u"frobnicate"_s;
    QTest::newRow("stray argument")
        << QStringList { u"assess"_s, u"--input"_s, bundle, u"extra"_s } << u"extra"_s;
    QTest::newRow("--data without --district")
        << QStringList { u"assess"_s, u"--data"_s, u"/tmp"_s } << u"--district is required"_s;
    QTest::newRow("--db without --quarter")
        << QStringList { u"assess"_s, u"--db"_s, u"postgresql://u:p@127.0.0.1/x"_s,
               u"--district"_s, u"210111"_s }
        << u"--quarter is required"_s;
    QTest::newRow("--quarter not a quarter")
        << QStringList { u"assess"_s, u"--data"_s, u"/tmp"_s, u"--district"_s, u"210111"_s,
               u"--quarter"_s, u"2026Q5"_s }
        << u"2026Q5"_s;
    QTest::newRow("--data without a database")
        << QStringList { u"assess"_s, u"--data"_s, u"/nonexistent-civic"_s, u"--district"_s,
               u"210111"_s, u"--quarter"_s, u"2026Q3"_s }
        << u"holds no civicdesk-server database"_s;
    QTest::newRow("--input and --data")
        << QStringList { u"assess"_s, u"--input"_s, bundle, u"--data"_s, u"/tmp"_s }
        << u"exclude each other"_s;
    QTest::newRow("--bundle-out next to --input")
        << QStringList { u"assess"_s, u"--input"_s, bundle, u"--bundle-out"_s, u"/tmp/b.json"_s }
        << u"--input"_s;
}

void TestAssessCli::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const auto r = runServer(args);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
}

void TestAssessCli::helpListsAssess()
{
    const auto top = runServer({ u"--help"_s });
    QCOMPARE(top.exitCode, 0);
    QVERIFY2(top.out.contains(u"assess      --input BUNDLE.json [--rules RULES.json]"_s),
        qPrintable(top.out));
    QVERIFY2(top.out.contains(u"assess      --data DIR | --db URL --district CODE --quarter"_s),
        qPrintable(top.out));
    const auto own = runServer({ u"assess"_s, u"--help"_s });
    QCOMPARE(own.exitCode, 0);
    QVERIFY(own.out.startsWith(u"Usage: civicdesk-server assess --input BUNDLE.json"_s));
}

void TestAssessCli::unreachableDatabaseExitsOne()
{
    // Port 9 (discard) on loopback refuses connections on any test machine.
    const auto r = runServer({ u"assess"_s, u"--db"_s, u"postgresql://u:p@127.0.0.1:9/x"_s,
        u"--district"_s, u"210111"_s, u"--quarter"_s, u"2026Q3"_s });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(u"127.0.0.1:9"_s), qPrintable(r.err));
    QVERIFY2(!r.err.contains(u"Usage"_s), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestAssessCli)
#include "tst_assesscli.moc"
