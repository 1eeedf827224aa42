#pragma once

#include "domain/fanstats.h"
#include "item/fancircular.h"
#include "item/fanfigures.h"
#include "xlsxexport.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace civic::ui {

// What the fans page exports as XLSX (PRODUCT.md §4 "export … the data as XLSX"): the days
// behind the cumulative line, the periods behind the bars, and the children side by side.
struct FanChartData
{
    QString unitName;
    QDate from;
    QDate to;
    QList<domain::FanPeriodRow> days;
    domain::FanPeriod period = domain::FanPeriod::Month;
    QList<domain::FanPeriodRow> periods;
    QList<item::FanUnitFigures> children;
};

QList<XlsxSheet> fanChartSheets(const FanChartData &data);

// The monthly circular (月通报): "湖西街道 2026年10月 社区微信平台工作月通报".
QString circularTitle(const item::MonthlyCircular &circular);
XlsxSheet circularSheet(const item::MonthlyCircular &circular, QDate issued);
// The circular as a print-ready A4 PDF (QPdfWriter + QTextDocument) in a Chinese font that
// is installed (Microsoft YaHei on Windows, Noto Sans CJK SC on Linux), embedded by Qt's PDF
// engine: the unit's title, the date of issue, a summary, the ranked table with the
// month-on-month change, and how the figures are computed. Safe on a worker thread.
bool writeCircularPdf(
    const item::MonthlyCircular &circular, QDate issued, const QString &path, QString *error);
QString circularFontFamily();

// Runs `work` (which returns an error text, empty on success) on a worker thread while the
// window stays responsive, then `done` on the UI thread, unless `owner` is gone by then.
void runInBackground(
    QWidget *owner, std::function<QString()> work, std::function<void(const QString &error)> done);

} // namespace civic::ui
