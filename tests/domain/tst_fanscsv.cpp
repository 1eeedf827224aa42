#include "domain/fanscsv.h"

#include <QFile>
#include <QStringDecoder>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(CIVIC_TEST_DATA_DIR "/fans/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

// Readable forms so that a failing comparison shows the first differing row or error.
QStringList describe(const QList<FanDay> &days)
{
    QStringList out;
    for (const FanDay &d : days) {
        out << u"%1 %2 %3 %4 %5"_s.arg(d.date.toString(Qt::ISODate), QString::number(d.newFollow),
            QString::number(d.unfollow), QString::number(d.net), QString::number(d.cumulative));
    }
    return out;
}

QStringList describe(const QList<FanImportError> &errors)
{
    QStringList out;
    for (const FanImportError &e : errors) {
        out << u"%1|%2|%3|%4"_s.arg(
            QString::number(e.line), e.column, fanErrorCodeName(e.code), e.message);
    }
    return out;
}

FanDay day(
    int month, int dayOfMonth, qint64 newFollow, qint64 unfollow, qint64 net, qint64 cumulative)
{
    return FanDay { QDate(2026, month, dayOfMonth), newFollow, unfollow, net, cumulative };
}

// The week of utf8.csv: 1500 followers on 2026-06-30, then seven days of July.
QList<FanDay> julyWeek()
{
    return { day(7, 1, 25, 3, 22, 1522), day(7, 2, 18, 5, 13, 1535), day(7, 3, 40, 2, 38, 1573),
        day(7, 4, 12, 7, 5, 1578), day(7, 5, 9, 11, -2, 1576), day(7, 6, 31, 4, 27, 1603),
        day(7, 7, 22, 6, 16, 1619) };
}

const QString kHeader = u"时间,新关注人数,取消关注人数,净增关注人数,累积关注人数\n"_s;

FanImportResult parseText(const QString &text, std::optional<FanDay> previous = std::nullopt)
{
    return parseFansCsv(text.toUtf8(), previous);
}

} // namespace

class TestFansCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validFiles_data();
    void validFiles();
    void gbkFixtureIsNotUtf8();
    void damagedGbkIsRefused_data();
    void damagedGbkIsRefused();
    void errorFiles_data();
    void errorFiles();
    void errorCodeNames();
    void numberForms_data();
    void numberForms();
    void dateForms_data();
    void dateForms();
    void quotedLineBreakKeepsLineNumbers();
    void carriageReturnLineEnds();
    void blankAndEmptyRecordsAreSkipped();
    void gapOfSeveralDays();
    void chainsToStoredPreviousDay();
    void validateIntakeDays();
    void validateIntakeErrors();
    void validateAgainstPreviousDay();
};

void TestFansCsv::validFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("days");
    const QStringList week = describe(julyWeek());
    QTest::newRow("UTF-8") << u"utf8.csv"_s << week;
    QTest::newRow("UTF-8 with BOM") << u"utf8_bom.csv"_s << week;
    QTest::newRow("GBK") << u"gbk.csv"_s << week;
    QTest::newRow("CRLF, 20260701 dates") << u"crlf.csv"_s << week;
    QTest::newRow("reordered, extra column, quoted headers, newest first, 2026/7/1")
        << u"reordered.csv"_s << week;
    QTest::newRow("quoted thousands separators, 2026/07/01")
        << u"quoted_thousands.csv"_s
        << describe({ day(7, 1, 1234, 15, 1219, 12345), day(7, 2, 56, 8, 48, 12393),
               day(7, 3, 2001, 101, 1900, 14293) });
}

void TestFansCsv::validFiles()
{
    QFETCH(QString, file);
    QFETCH(QStringList, days);
    const FanImportResult result = parseFansCsv(fixture(file));
    QCOMPARE(describe(result.errors), QStringList());
    QVERIFY(result.ok());
    QCOMPARE(describe(result.days), days);
}

void TestFansCsv::gbkFixtureIsNotUtf8()
{
    // The GBK fixture must exercise the GBK branch, not decode by luck as UTF-8.
    const QByteArray bytes = fixture(u"gbk.csv"_s);
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString asUtf8 = utf8.decode(bytes);
    QVERIFY(!asUtf8.contains(u"时间"_s));
    QVERIFY(utf8.hasError());
    QVERIFY(bytes != fixture(u"utf8.csv"_s));
}

void TestFansCsv::damagedGbkIsRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray gbk = fixture(u"gbk.csv"_s);
    // A file cut in the middle of a two-byte character.
    QTest::newRow("truncated") << gbk + QByteArray("\xca");
    // A lead byte followed by a byte that cannot complete it.
    QTest::newRow("broken pair") << gbk + QByteArray("2026-07-08,\x81 1,0,1,1620\n");
}

void TestFansCsv::damagedGbkIsRefused()
{
    QFETCH(QByteArray, bytes);
    QCOMPARE(describe(parseFansCsv(bytes).errors),
        QStringList { u"0||bad_encoding|the file is neither UTF-8 nor GBK text"_s });
}

void TestFansCsv::errorFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("errors");
    const QString notADate
        = u" is not a date (expected 2026-07-01, 2026/07/01, 2026/7/1 or 20260701)"_s;

    QTest::newRow("missing columns")
        << u"err_missing_column.csv"_s
        << QStringList {
               u"1|取消关注人数|missing_column|line 1: the header has no column 取消关注人数"_s,
               u"1|累积关注人数|missing_column|line 1: the header has no column 累积关注人数"_s
           };
    QTest::newRow("duplicate column")
        << u"err_duplicate_column.csv"_s
        << QStringList { u"1|新关注人数|duplicate_column|line 1: column 新关注人数 appears twice "
                         u"(columns 2 and 6)"_s };
    QTest::newRow("bad numbers")
        << u"err_bad_number.csv"_s
        << QStringList {
               u"4|新关注人数|bad_number|line 4: 新关注人数 \"4O\" is not a whole number"_s,
               u"6|累积关注人数|bad_number|line 6: 累积关注人数 \"1,57\" is not a whole number"_s,
               u"7|取消关注人数|bad_number|line 7: 取消关注人数 is empty"_s
           };
    QTest::newRow("bad dates (no gap reported around them)")
        << u"err_bad_date.csv"_s
        << QStringList { u"3|时间|bad_date|line 3: 时间 \"2026/07/32\""_s + notADate,
               u"6|时间|bad_date|line 6: 时间 \"07/05/2026\""_s + notADate };
    QTest::newRow("negative count")
        << u"err_negative.csv"_s
        << QStringList { u"2|新关注人数|negative_count|line 2: 新关注人数 is -3 but a count cannot "
                         u"be negative"_s };
    QTest::newRow("net mismatch")
        << u"err_net.csv"_s
        << QStringList { u"5|净增关注人数|net_mismatch|line 5: 净增关注人数 is 6 but 新关注人数 12 "
                         u"minus 取消关注人数 7 is 5"_s };
    QTest::newRow("cumulative mismatch, rows out of order")
        << u"err_cumulative.csv"_s
        << QStringList { u"7|累积关注人数|cumulative_mismatch|line 7: 累积关注人数 is 1520 but the "
                         u"previous day's 1500 plus net 30 is 1530"_s };
    QTest::newRow("duplicate date")
        << u"err_duplicate_date.csv"_s
        << QStringList { u"9|时间|duplicate_date|line 9: 时间 2026-07-03 appears again (first on "
                         u"line 4)"_s };
    QTest::newRow("gap")
        << u"err_gap.csv"_s
        << QStringList { u"5|时间|gap|line 5: no row for 2026-07-04 between 2026-07-03 (line 4) "
                         u"and 2026-07-05"_s };
    QTest::newRow("empty file") << u"err_empty.csv"_s
                                << QStringList { u"0||empty_file|the file is empty"_s };
    QTest::newRow("header only")
        << u"err_header_only.csv"_s
        << QStringList { u"0||no_rows|the file has a header (line 1) but no data rows"_s };
    QTest::newRow("unclosed quote")
        << u"err_bad_quoting.csv"_s
        << QStringList {
               u"4||bad_quoting|line 4: a quoted field opens here and is never closed"_s
           };
    QTest::newRow("neither UTF-8 nor GBK")
        << u"err_bad_encoding.csv"_s
        << QStringList { u"0||bad_encoding|the file is neither UTF-8 nor GBK text"_s };
    QTest::newRow("several errors, GBK")
        << u"err_several_gbk.csv"_s
        << QStringList {
               u"4|新关注人数|bad_number|line 4: 新关注人数 \"abc\" is not a whole number"_s,
               u"5|净增关注人数|net_mismatch|line 5: 净增关注人数 is 6 but 新关注人数 12 minus "
               u"取消关注人数 7 is 5"_s,
               u"7|时间|gap|line 7: no row for 2026-07-05 between 2026-07-04 (line 5) and "
               u"2026-07-06"_s,
               u"8|取消关注人数|negative_count|line 8: 取消关注人数 is -6 but a count cannot be "
               u"negative"_s,
               u"9|时间|duplicate_date|line 9: 时间 2026-07-07 appears again (first on line 8)"_s,
               u"10|累积关注人数|cumulative_mismatch|line 10: 累积关注人数 is 1640 but the "
               u"previous day's 1634 plus net 16 is 1650"_s,
               u"11|累积关注人数|negative_count|line 11: 累积关注人数 is -5 but a count cannot be "
               u"negative"_s,
               u"11|累积关注人数|cumulative_mismatch|line 11: 累积关注人数 is -5 but the previous "
               u"day's 1640 plus net 12 is 1652"_s
           };
}

void TestFansCsv::errorFiles()
{
    QFETCH(QString, file);
    QFETCH(QStringList, errors);
    const FanImportResult result = parseFansCsv(fixture(file));
    QCOMPARE(describe(result.errors), errors);
    // PRODUCT.md §4: nothing is half-applied.
    QVERIFY(!result.ok());
    QCOMPARE(result.days.size(), 0);
}

void TestFansCsv::errorCodeNames()
{
    // The names travel in API responses: they must not change.
    const QStringList expected { u"empty_file"_s, u"no_rows"_s, u"bad_encoding"_s, u"bad_quoting"_s,
        u"missing_column"_s, u"duplicate_column"_s, u"bad_date"_s, u"bad_number"_s,
        u"negative_count"_s, u"net_mismatch"_s, u"cumulative_mismatch"_s, u"duplicate_date"_s,
        u"gap"_s };
    QStringList names;
    for (FanErrorCode code : kAllFanErrorCodes) {
        names << fanErrorCodeName(code);
        QCOMPARE(fanErrorCodeFromName(fanErrorCodeName(code)), std::optional(code));
    }
    QCOMPARE(names, expected);
    QCOMPARE(fanErrorCodeFromName(u"Gap"), std::nullopt);
}

void TestFansCsv::numberForms_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<qint64>("value"); // -1: refused
    QTest::newRow("plain") << u"1234"_s << qint64(1234);
    QTest::newRow("thousands") << u"\"1,234\""_s << qint64(1234);
    QTest::newRow("millions") << u"\"1,234,567\""_s << qint64(1234567);
    QTest::newRow("spaces around") << u" 77 "_s << qint64(77);
    QTest::newRow("spaces before quote") << u"  \"2,000\""_s << qint64(2000);
    QTest::newRow("zero") << u"0"_s << qint64(0);
    QTest::newRow("bad grouping") << u"\"12,34\""_s << qint64(-1);
    QTest::newRow("grouping of 4") << u"\"1,2345\""_s << qint64(-1);
    QTest::newRow("decimal") << u"12.0"_s << qint64(-1);
    QTest::newRow("space separator") << u"1 234"_s << qint64(-1);
    QTest::newRow("too big") << u"99999999999999999999"_s << qint64(-1);
}

void TestFansCsv::numberForms()
{
    QFETCH(QString, cell);
    QFETCH(qint64, value);
    // The cell is the cumulative of a single day; nothing else can go wrong in the row.
    const FanImportResult result = parseText(kHeader + u"2026-07-01,0,0,0,"_s + cell + u'\n');
    if (value < 0) {
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.at(0).code, FanErrorCode::BadNumber);
        QCOMPARE(result.errors.at(0).line, 2);
        QCOMPARE(result.errors.at(0).column, u"累积关注人数"_s);
    } else {
        QCOMPARE(describe(result.errors), QStringList());
        QCOMPARE(result.days.size(), 1);
        QCOMPARE(result.days.at(0).cumulative, value);
    }
}

void TestFansCsv::dateForms_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QDate>("date"); // invalid: refused
    QTest::newRow("ISO") << u"2026-07-01"_s << QDate(2026, 7, 1);
    QTest::newRow("slashes") << u"2026/07/01"_s << QDate(2026, 7, 1);
    QTest::newRow("slashes, no padding") << u"2026/7/1"_s << QDate(2026, 7, 1);
    QTest::newRow("compact") << u"20260701"_s << QDate(2026, 7, 1);
    QTest::newRow("compact, leap day") << u"20280229"_s << QDate(2028, 2, 29);
    QTest::newRow("not a leap year") << u"2026/2/29"_s << QDate();
    QTest::newRow("mixed separators") << u"2026-07/01"_s << QDate();
    QTest::newRow("with time") << u"2026-07-01 00:00"_s << QDate();
    QTest::newRow("Chinese") << u"2026年7月1日"_s << QDate();
}

void TestFansCsv::dateForms()
{
    QFETCH(QString, cell);
    QFETCH(QDate, date);
    const FanImportResult result = parseText(kHeader + cell + u",1,0,1,10\n"_s);
    if (!date.isValid()) {
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.at(0).code, FanErrorCode::BadDate);
        QCOMPARE(result.errors.at(0).column, u"时间"_s);
    } else {
        QCOMPARE(describe(result.errors), QStringList());
        QCOMPARE(result.days.size(), 1);
        QCOMPARE(result.days.at(0).date, date);
    }
}

void TestFansCsv::quotedLineBreakKeepsLineNumbers()
{
    // A note column with a line break inside quotes: the record starts on line 2 and the
    // next record is on line 4, as a text editor shows it.
    const QString text = u"时间,新关注人数,取消关注人数,净增关注人数,累积关注人数,备注\r\n"
                         u"2026-07-01,10,2,8,108,\"推文《垃圾分类》\r\n转发较多\"\r\n"
                         u"2026-07-02,5,1,4,111,\r\n"_s;
    const FanImportResult result = parseText(text);
    QCOMPARE(describe(result.errors),
        QStringList { u"4|累积关注人数|cumulative_mismatch|line 4: 累积关注人数 is 111 but "
                      u"the previous day's 108 plus net 4 is 112"_s });
}

void TestFansCsv::carriageReturnLineEnds()
{
    const QString text = u"时间,新关注人数,取消关注人数,净增关注人数,累积关注人数\r"
                         u"2026-07-01,10,2,8,108\r2026-07-02,5,1,4,112\r"_s;
    const FanImportResult result = parseText(text);
    QCOMPARE(describe(result.errors), QStringList());
    QCOMPARE(
        describe(result.days), describe({ day(7, 1, 10, 2, 8, 108), day(7, 2, 5, 1, 4, 112) }));
}

void TestFansCsv::blankAndEmptyRecordsAreSkipped()
{
    // Blank lines before the header, between rows and Excel's ",,,," rows carry no data;
    // line numbers still count them.
    const QString text
        = u"\n  \n"_s + kHeader + u"2026-07-01,10,2,8,108\n\n,,,,\n2026-07-02,5,1,4,113\n\n\n"_s;
    const FanImportResult result = parseText(text);
    QCOMPARE(describe(result.errors),
        QStringList { u"7|累积关注人数|cumulative_mismatch|line 7: 累积关注人数 is 113 but "
                      u"the previous day's 108 plus net 4 is 112"_s });
}

void TestFansCsv::gapOfSeveralDays()
{
    const FanImportResult result
        = parseText(kHeader + u"2026-06-30,1,0,1,10\n2026-07-04,1,0,1,11\n"_s);
    QCOMPARE(describe(result.errors),
        QStringList { u"3|时间|gap|line 3: no rows for 2026-07-01 to 2026-07-03 between "
                      u"2026-06-30 (line 2) and 2026-07-04"_s });
}

void TestFansCsv::chainsToStoredPreviousDay()
{
    const QByteArray bytes = fixture(u"reordered.csv"_s); // newest first: 07-01 is line 8
    const FanDay stored = day(6, 30, 30, 10, 20, 1500);
    QVERIFY(parseFansCsv(bytes, stored).ok());

    FanDay wrong = stored;
    wrong.cumulative = 1490;
    QCOMPARE(describe(parseFansCsv(bytes, wrong).errors),
        QStringList { u"8|累积关注人数|cumulative_mismatch|line 8: 累积关注人数 is 1522 but "
                      u"the previous day's 1490 plus net 22 is 1512"_s });

    const FanDay older = day(6, 27, 30, 10, 20, 1500);
    QCOMPARE(describe(parseFansCsv(bytes, older).errors),
        QStringList { u"8|时间|gap|line 8: no rows for 2026-06-28 to 2026-06-30 between the "
                      u"stored day 2026-06-27 and 2026-07-01"_s });
}

void TestFansCsv::validateIntakeDays()
{
    // The intake API posts days in any order; the caller derives net.
    QList<FanDay> days = julyWeek();
    std::swap(days[0], days[6]);
    QCOMPARE(describe(validateDays(days)), QStringList());
    QCOMPARE(describe(validateDays(days, day(6, 30, 0, 0, 0, 1500))), QStringList());
}

void TestFansCsv::validateIntakeErrors()
{
    QList<FanDay> days = julyWeek();
    days[1].unfollow = -5; // item 2: negative, and net 13 ≠ 18 − (−5)
    days[3].cumulative = 1580; // item 4: 1573 + 5 = 1578; item 5 then 1580 − 2 = 1578
    days[5].date = QDate(); // item 6: no date
    days << day(7, 3, 40, 2, 38, 1573); // item 8: duplicate of item 3
    QCOMPARE(describe(validateDays(days)),
        (QStringList {
            u"2|unfollow|negative_count|item 2: unfollow is -5 but a count cannot be "
            u"negative"_s,
            u"2|net|net_mismatch|item 2: net is 13 but new_follow 18 minus unfollow -5 is 23"_s,
            u"4|cumulative|cumulative_mismatch|item 4: cumulative is 1580 but the previous "
            u"day's 1573 plus net 5 is 1578"_s,
            u"5|cumulative|cumulative_mismatch|item 5: cumulative is 1576 but the previous "
            u"day's 1580 plus net -2 is 1578"_s,
            u"6|date|bad_date|item 6: date is missing or not a valid date"_s,
            u"8|date|duplicate_date|item 8: date 2026-07-03 appears again (first on item 3)"_s,
        }));
}

void TestFansCsv::validateAgainstPreviousDay()
{
    const QList<FanDay> days { day(7, 1, 25, 3, 22, 1522), day(7, 2, 18, 5, 13, 1535) };
    QCOMPARE(describe(validateDays(days, day(6, 30, 0, 0, 0, 1499))),
        QStringList { u"1|cumulative|cumulative_mismatch|item 1: cumulative is 1522 but the "
                      u"previous day's 1499 plus net 22 is 1521"_s });
    QCOMPARE(describe(validateDays(days, day(6, 29, 0, 0, 0, 1500))),
        QStringList { u"1|date|gap|item 1: no row for 2026-06-30 between the stored day "
                      u"2026-06-29 and 2026-07-01"_s });
    // A "previous" day that is not before the days is not a previous day.
    QCOMPARE(describe(validateDays(days, day(7, 1, 0, 0, 0, 9))), QStringList());
    // A gap inside the posted days.
    const QList<FanDay> gapped { day(7, 1, 25, 3, 22, 1522), day(7, 3, 40, 2, 38, 1573) };
    QCOMPARE(describe(validateDays(gapped)),
        QStringList { u"2|date|gap|item 2: no row for 2026-07-02 between 2026-07-01 (item 1) "
                      u"and 2026-07-03"_s });
}

QTEST_GUILESS_MAIN(TestFansCsv)
#include "tst_fanscsv.moc"
