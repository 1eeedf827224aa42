#include "fanexports.h"

#include "charts/fanlabels.h"
#include "labels.h"
#include "theme.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPointer>
#include <QTextDocument>
#include <QThread>
#include <QWidget>

#include <memory>

using namespace Qt::StringLiterals;

namespace civic::ui {

// The translation context of the exported texts.
class FanExports
{
    Q_DECLARE_TR_FUNCTIONS(civic::ui::FanExports)
};

namespace {

QVariant change(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QString changeText(const std::optional<double> &value)
{
    if (!value)
        return u"—"_s;
    const QString text = fanlabels::percent(std::abs(*value));
    return *value > 0 ? u"↑"_s + text : *value < 0 ? u"↓"_s + text : text;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

bool districtWide(const item::MonthlyCircular &circular)
{
    return circular.unitLevel != u"street";
}

} // namespace

QList<XlsxSheet> fanChartSheets(const FanChartData &data)
{
    using F = XlsxColumn::Format;
    const QString subtitle
        = FanExports::tr("%1 · %2 to %3")
              .arg(data.unitName, fanlabels::day(data.from), fanlabels::day(data.to));
    QList<XlsxSheet> sheets;

    XlsxSheet days;
    days.name = FanExports::tr("Daily");
    days.title = FanExports::tr("%1: fans per day").arg(data.unitName);
    days.subtitle = subtitle;
    days.columns = { { FanExports::tr("Date"), F::Date, 12 },
        { FanExports::tr("New followers"), F::Integer, 12 },
        { FanExports::tr("Unfollowed"), F::Integer, 12 },
        { FanExports::tr("Net growth"), F::Signed, 12 },
        { FanExports::tr("Cumulative fans"), F::Integer, 14 } };
    for (const auto &d : data.days)
        days.rows.append({ d.end, d.newFollow, d.unfollow, d.net, d.cumulative });
    sheets.append(days);

    XlsxSheet periods;
    periods.name = FanExports::tr("Net growth");
    periods.title = FanExports::tr("%1: net growth per period").arg(data.unitName);
    periods.subtitle = subtitle;
    periods.columns = { { FanExports::tr("Period"), F::Text, 18 },
        { FanExports::tr("From"), F::Date, 12 }, { FanExports::tr("To"), F::Date, 12 },
        { FanExports::tr("New followers"), F::Integer, 12 },
        { FanExports::tr("Unfollowed"), F::Integer, 12 },
        { FanExports::tr("Net growth"), F::Signed, 12 },
        { FanExports::tr("Cumulative at the end"), F::Integer, 14 } };
    for (const auto &p : data.periods)
        periods.rows.append({ fanlabels::period(p, data.period), p.start, p.end, p.newFollow,
            p.unfollow, p.net, p.cumulative });
    sheets.append(periods);

    if (!data.children.isEmpty()) {
        XlsxSheet children;
        children.name = FanExports::tr("Units compared");
        children.title = FanExports::tr("%1: units compared").arg(data.unitName);
        children.subtitle = subtitle;
        children.columns
            = { { FanExports::tr("Code"), F::Text, 14 }, { FanExports::tr("Unit"), F::Text, 16 },
                  { FanExports::tr("Communities"), F::Integer, 10 },
                  { FanExports::tr("Households"), F::Integer, 12 },
                  { FanExports::tr("Cumulative at the start"), F::Integer, 14 },
                  { FanExports::tr("Cumulative at the end"), F::Integer, 14 },
                  { FanExports::tr("New followers"), F::Integer, 12 },
                  { FanExports::tr("Unfollowed"), F::Integer, 12 },
                  { FanExports::tr("Net growth"), F::Signed, 12 },
                  { FanExports::tr("Penetration"), F::Percent, 10 } };
        for (const auto &c : data.children)
            children.rows.append({ c.code, c.name, c.communities, c.households, c.cumulativeStart,
                c.cumulativeEnd, c.newFollow, c.unfollow, c.net, c.penetration() });
        sheets.append(children);
    }
    return sheets;
}

QString circularTitle(const item::MonthlyCircular &circular)
{
    return FanExports::tr("%1 %2 community WeChat platform monthly circular")
        .arg(circular.unitName, fanlabels::month(circular.month));
}

XlsxSheet circularSheet(const item::MonthlyCircular &circular, QDate issued)
{
    using F = XlsxColumn::Format;
    XlsxSheet sheet;
    sheet.name = FanExports::tr("Monthly circular");
    sheet.title = circularTitle(circular);
    sheet.subtitle = FanExports::tr("%1 · issued %2 · figures %3")
                         .arg(circular.unitName, fanlabels::day(issued),
                             fanlabels::periodRange(domain::FanPeriodRow {
                                 {}, circular.month, circular.lastDay, 0, 0, 0, 0 }));
    const bool streets = districtWide(circular);
    sheet.columns = { { FanExports::tr("Rank"), F::Integer, 6 },
        { FanExports::tr("Community"), F::Text, 14 } };
    if (streets)
        sheet.columns.append({ FanExports::tr("Street"), F::Text, 14 });
    sheet.columns += QList<XlsxColumn> { { FanExports::tr("Households"), F::Integer, 10 },
        { FanExports::tr("Notices published"), F::Integer, 10 },
        { FanExports::tr("Published last month"), F::Integer, 10 },
        { FanExports::tr("Reads"), F::Integer, 10 },
        { FanExports::tr("Reads last month"), F::Integer, 10 },
        { FanExports::tr("Reads change"), F::Percent, 10 },
        { FanExports::tr("Cumulative fans"), F::Integer, 12 },
        { FanExports::tr("Net growth"), F::Signed, 10 },
        { FanExports::tr("Net growth last month"), F::Signed, 10 },
        { FanExports::tr("Net growth change"), F::Percent, 10 },
        { FanExports::tr("Penetration"), F::Percent, 10 } };
    const auto cells = [&](const item::CircularRow &r, bool total) {
        QVariantList row { total ? QVariant() : QVariant(r.rank),
            total ? FanExports::tr("Total") : r.name };
        if (streets)
            row.append(total ? QVariant() : QVariant(r.streetName));
        row += QVariantList { r.households, r.published, r.previousPublished, r.reads,
            r.previousReads, change(r.readsChange), r.cumulative, r.net, r.previousNet,
            change(r.netChange), r.penetration };
        return row;
    };
    for (const auto &r : circular.rows)
        sheet.rows.append(cells(r, false));
    sheet.total = cells(circular.total, true);
    return sheet;
}

QString circularFontFamily()
{
    // Office PCs have YaHei; Linux desktops Noto Sans CJK (fonts-noto-cjk). Whichever is here.
    const QStringList preferred = { u"Microsoft YaHei"_s, u"Noto Sans CJK SC"_s,
        u"Source Han Sans SC"_s, u"WenQuanYi Micro Hei"_s, u"PingFang SC"_s };
    const QStringList families = QFontDatabase::families();
    for (const auto &f : preferred) {
        if (families.contains(f))
            return f;
    }
    return theme::uiFontFamily();
}

bool writeCircularPdf(
    const item::MonthlyCircular &circular, QDate issued, const QString &path, QString *error)
{
    QPdfWriter writer(path);
    writer.setTitle(circularTitle(circular));
    writer.setCreator(u"CivicDesk"_s);
    writer.setResolution(300);
    // QTextDocument::print() keeps 2 cm margins of its own on the writer's page (and puts the
    // page numbers in the bottom one): the page itself gets none.
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
        QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    const bool streets = districtWide(circular);
    const item::CircularRow &t = circular.total;

    QString html;
    html
        += u"<p align=\"center\" style=\"font-size:16pt; font-weight:bold; margin-bottom:4px\">%1</p>"_s
               .arg(escaped(circularTitle(circular)));
    html += u"<p align=\"center\" style=\"font-size:10pt; color:#444444; margin-top:0\">%1</p>"_s
                .arg(escaped(FanExports::tr("Issued by %1 · %2")
                                 .arg(circular.unitName, fanlabels::day(issued))));
    const QString summary
        = FanExports::tr(
            "In %1 the %2 communities of %3 published %4 notices, read %5 times; their official "
            "accounts gained a net "
            "%6 followers (%7 the month before) and have %8 followers in all, %9 of households.")
              .arg(fanlabels::month(circular.month), QString::number(circular.rows.size()),
                  circular.unitName, fanlabels::number(t.published), fanlabels::number(t.reads),
                  fanlabels::signedNumber(t.net), fanlabels::signedNumber(t.previousNet),
                  fanlabels::number(t.cumulative), fanlabels::percent(t.penetration));
    html += u"<p style=\"font-size:10.5pt; line-height:150%\">%1</p>"_s.arg(escaped(summary));

    QStringList headers = { FanExports::tr("Rank"), FanExports::tr("Community") };
    if (streets)
        headers.append(FanExports::tr("Street"));
    headers += QStringList { FanExports::tr("Notices published"), FanExports::tr("Reads"),
        FanExports::tr("Cumulative fans"), FanExports::tr("Net growth"),
        FanExports::tr("Change on last month"), FanExports::tr("Penetration") };
    html
        += u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\""
           u" style=\"border-collapse:collapse; border-color:#888888; font-size:9.5pt\"><thead><tr>"_s;
    for (const auto &h : std::as_const(headers))
        html += u"<th bgcolor=\"#eef1f5\">%1</th>"_s.arg(escaped(h));
    html += u"</tr></thead>"_s;
    const auto row = [&](const item::CircularRow &r, bool total) {
        QString cells;
        const auto cell = [&cells](const QString &text, const char *align) {
            cells += u"<td align=\"%1\">%2</td>"_s.arg(QLatin1StringView(align), escaped(text));
        };
        cell(total ? QString() : QString::number(r.rank), "center");
        cell(total ? FanExports::tr("Total") : r.name, "left");
        if (streets)
            cell(total ? QString() : r.streetName, "left");
        cell(fanlabels::number(r.published), "right");
        cell(fanlabels::number(r.reads), "right");
        cell(fanlabels::number(r.cumulative), "right");
        cell(fanlabels::signedNumber(r.net), "right");
        cell(changeText(r.netChange), "right");
        cell(fanlabels::percent(r.penetration), "right");
        return total ? u"<tr style=\"font-weight:bold\" bgcolor=\"#f7f8fa\">%1</tr>"_s.arg(cells)
                     : u"<tr>%1</tr>"_s.arg(cells);
    };
    for (const auto &r : circular.rows)
        html += row(r, false);
    html += row(t, true);
    html += u"</table>"_s;
    const QString notes = FanExports::tr("Ranked by net growth in the month. Change on last month "
                                         "= (net growth − last month's) ÷ |last month's|; "
                                         "— where last month's was 0. Penetration = cumulative "
                                         "followers ÷ households. Reads count every notice's "
                                         "reads in the month. Figures up to %1.")
                              .arg(fanlabels::day(circular.lastDay));
    html += u"<p style=\"font-size:8.5pt; color:#555555; line-height:140%\">%1</p>"_s.arg(
        escaped(notes));

    QTextDocument document;
    QFont font(circularFontFamily());
    font.setPointSizeF(10);
    document.setDefaultFont(font);
    document.setHtml(html);
    // QTextDocument::print() lays the text out on the writer's pages and numbers them.
    document.print(&writer);
    if (!QFileInfo::exists(path)) {
        *error = FanExports::tr("The PDF could not be written to %1.")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

void runInBackground(
    QWidget *owner, std::function<QString()> work, std::function<void(const QString &error)> done)
{
    auto result = std::make_shared<QString>();
    QThread *thread = QThread::create([work = std::move(work), result] { *result = work(); });
    QApplication::setOverrideCursor(Qt::BusyCursor);
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    QObject::connect(
        thread, &QThread::finished, qApp, [owner = QPointer<QWidget>(owner), result, done] {
            QApplication::restoreOverrideCursor();
            if (owner)
                done(*result);
        });
    thread->start();
}

} // namespace civic::ui
