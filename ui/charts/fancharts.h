#pragma once

#include "domain/fanstats.h"
#include "fanlabels.h"
#include "item/fanfigures.h"

#include <QChartView>
#include <QDate>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

class QBarSet;
class QCategoryAxis;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace civic::ui {

// The base of every fan chart. Qt Charts is deprecated from Qt 6.10 (ARCHITECTURE.md
// §Charts): everything that touches it lives in ui/charts/, behind these widgets, so a port
// to Qt Graphs changes this folder only. Gives the charts one look, an empty state, and
// "save as PNG" (also from the context menu).
class FanChartView : public QChartView
{
    Q_OBJECT

public:
    explicit FanChartView(QWidget *parent = nullptr);

    bool isEmpty() const { return m_empty; }
    // Renders the chart at twice its size, for a crisp picture in reports.
    bool exportPng(const QString &path, QString *error = nullptr);

protected:
    void setEmpty(bool empty, const QString &text = {});
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    static QValueAxis *valueAxis(Qt::Orientation orientation);
    // The axis labels that fit `available` pixels for labels `sample` wide.
    static int labelStep(int count, int available, int labelWidth);

private:
    QLabel *m_emptyLabel;
    bool m_empty = true;
};

// 累计粉丝: the subtree's followers per day as a line, with calendar-aligned labels
// (QCategoryAxis: month starts, or Mondays for a short range) and a tooltip with the exact
// figure under the mouse.
class CumulativeChart : public FanChartView
{
    Q_OBJECT

public:
    explicit CumulativeChart(QWidget *parent = nullptr);

    // `days`: FanFigures::series() with FanPeriod::Day, oldest first.
    void setDays(const QList<domain::FanPeriodRow> &days);

    QLineSeries *series() const { return m_series; }
    // Every day's point (x = Julian day); the series shows them reduced to the pixels.
    const QList<QPointF> &points() const { return m_points; }
    QStringList axisLabels() const;
    // The tooltip text for the day nearest to `julianDay`.
    QString tooltipFor(qreal julianDay) const;

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void relabel();
    void reduce();

    QLineSeries *m_series;
    QScatterSeries *m_marker;
    QCategoryAxis *m_axisX;
    QValueAxis *m_axisY;
    QList<domain::FanPeriodRow> m_days;
    QList<QPointF> m_points;
};

// 净增: net growth per week, month or quarter as bars (gains in blue, losses in red), labels
// thinned to what fits, a tooltip with new, unfollow, net and cumulative of the period.
class NetGrowthChart : public FanChartView
{
    Q_OBJECT

public:
    explicit NetGrowthChart(QWidget *parent = nullptr);

    void setRows(const QList<domain::FanPeriodRow> &rows, domain::FanPeriod period);

    qsizetype barCount() const { return m_rows.size(); }
    // The bar of period `index`: its net (the gain or loss set holds it).
    qreal barValue(int index) const;
    QBarSet *gainSet() const { return m_gains; }
    QBarSet *lossSet() const { return m_losses; }
    QStringList axisLabels() const;
    QString tooltipFor(int index) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void relabel();

    QBarSet *m_gains;
    QBarSet *m_losses;
    QCategoryAxis *m_axisX;
    QValueAxis *m_axisY;
    QList<domain::FanPeriodRow> m_rows;
    domain::FanPeriod m_period = domain::FanPeriod::Month;
};

// One bar of a units chart: a unit, or the units beyond the top N taken together.
struct UnitBar
{
    QString label;
    double value = 0;
    QString tooltip;
    QString code; // empty for the grouped rest
};

// The units side by side as horizontal bars, largest at the top: the node's children by
// net growth or cumulative fans, or by penetration. The top N are shown and the rest are
// one bar (其他 N 个), so twelve streets or sixty communities both read at a glance.
class UnitsChart : public FanChartView
{
    Q_OBJECT

public:
    enum class Metric { Net, Cumulative, Penetration };

    explicit UnitsChart(QWidget *parent = nullptr);

    void setUnits(const QList<item::FanUnitFigures> &units, Metric metric, int topN = 12);
    // The bars, top first.
    const QList<UnitBar> &bars() const { return m_bars; }
    static QList<UnitBar> topBars(
        const QList<item::FanUnitFigures> &units, Metric metric, int topN);

Q_SIGNALS:
    void unitClicked(const QString &code);

private:
    QList<UnitBar> m_bars;
    Metric m_metric = Metric::Net;
};

} // namespace civic::ui
