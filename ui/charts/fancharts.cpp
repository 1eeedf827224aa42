#include "fancharts.h"

#include "minmax.h"
#include "theme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QScatterSeries>
#include <QSet>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::ui {

namespace {

const QColor kGrid { 0xee, 0xf0, 0xf3 };
const QColor kAxisText { 0x64, 0x6a, 0x73 };

QFont axisFont()
{
    QFont f(theme::uiFontFamily());
    f.setPointSizeF(8.5);
    return f;
}

void styleAxis(QAbstractAxis *axis)
{
    axis->setLabelsFont(axisFont());
    axis->setLabelsColor(kAxisText);
    axis->setGridLineColor(kGrid);
    axis->setLinePenColor(QColor(0xd0, 0xd5, 0xdd));
}

// QCategoryAxis wants unique labels: a repeated one ("2月" of another year) gets invisible
// zero-width spaces.
QString uniqueLabel(const QString &label, QSet<QString> *used)
{
    QString unique = label;
    while (used->contains(unique))
        unique += QChar(0x200B);
    used->insert(unique);
    return unique;
}

void clearCategories(QCategoryAxis *axis)
{
    for (const QString &label : axis->categoriesLabels())
        axis->remove(label);
}

QString visible(const QString &label)
{
    QString text = label;
    text.remove(QChar(0x200B));
    return text;
}

} // namespace

// ---------------------------------------------------------------------------------------

FanChartView::FanChartView(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_emptyLabel(new QLabel(this))
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    QChart *c = chart();
    c->setBackgroundRoundness(0);
    c->setBackgroundBrush(Qt::white);
    c->setMargins(QMargins(4, 6, 8, 4));
    c->layout()->setContentsMargins(0, 0, 0, 0);
    c->legend()->hide();
    c->setAnimationOptions(QChart::NoAnimation);
    m_emptyLabel->setObjectName(u"emptyState"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_emptyLabel->setText(tr("No fan figures for this period"));
}

void FanChartView::setEmpty(bool empty, const QString &text)
{
    m_empty = empty;
    if (!text.isEmpty())
        m_emptyLabel->setText(text);
    m_emptyLabel->setVisible(empty);
    m_emptyLabel->setGeometry(rect());
}

void FanChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    m_emptyLabel->setGeometry(rect());
}

bool FanChartView::exportPng(const QString &path, QString *error)
{
    const QPixmap picture = grab();
    if (picture.isNull() || !picture.save(path, "PNG")) {
        if (error)
            *error
                = tr("The picture could not be written to %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

void FanChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *save = menu.addAction(tr("Save chart as picture…"));
    if (menu.exec(event->globalPos()) != save)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save chart as picture"), QString(), tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPng(path, &error))
        QMessageBox::warning(this, tr("Save chart as picture"), error);
}

QValueAxis *FanChartView::valueAxis(Qt::Orientation orientation)
{
    auto *axis = new QValueAxis;
    styleAxis(axis);
    axis->setLabelFormat(u"%.0f"_s);
    axis->setTickCount(orientation == Qt::Vertical ? 6 : 5);
    return axis;
}

int FanChartView::labelStep(int count, int available, int labelWidth)
{
    if (count <= 0 || labelWidth <= 0)
        return 1;
    const int fit = std::max(1, available / labelWidth);
    return std::max(1, (count + fit - 1) / fit);
}

// ---------------------------------------------------------------------------------------

CumulativeChart::CumulativeChart(QWidget *parent)
    : FanChartView(parent)
    , m_series(new QLineSeries)
    , m_marker(new QScatterSeries)
    , m_axisX(new QCategoryAxis)
    , m_axisY(valueAxis(Qt::Vertical))
{
    setObjectName(u"cumulativeChart"_s);
    m_series->setName(tr("Cumulative fans"));
    m_series->setPen(QPen(theme::kAccent, 2));
    m_marker->setMarkerSize(9);
    m_marker->setColor(Qt::white);
    m_marker->setBorderColor(theme::kAccent);
    QChart *c = chart();
    c->addSeries(m_series);
    c->addSeries(m_marker);
    styleAxis(m_axisX);
    m_axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    c->addAxis(m_axisX, Qt::AlignBottom);
    c->addAxis(m_axisY, Qt::AlignLeft);
    for (QAbstractSeries *s :
        { static_cast<QAbstractSeries *>(m_series), static_cast<QAbstractSeries *>(m_marker) }) {
        s->attachAxis(m_axisX);
        s->attachAxis(m_axisY);
    }
    setMouseTracking(true);
    setEmpty(true);
}

void CumulativeChart::setDays(const QList<FanPeriodRow> &days)
{
    m_days = days;
    m_points.clear();
    m_points.reserve(days.size());
    qint64 low = 0;
    qint64 high = 0;
    for (const auto &d : days) {
        m_points.append(QPointF(qreal(d.end.toJulianDay()), qreal(d.cumulative)));
        low = m_points.size() == 1 ? d.cumulative : std::min(low, d.cumulative);
        high = std::max(high, d.cumulative);
    }
    m_marker->clear();
    const bool empty = days.isEmpty() || high == 0;
    setEmpty(empty);
    if (days.isEmpty()) {
        m_series->clear();
        return;
    }
    // Some air above and below, never below zero: followers are counts.
    const qint64 pad = std::max<qint64>(1, (high - low) / 10);
    m_axisY->setRange(double(std::max<qint64>(0, low - pad)), double(high + pad));
    m_axisY->applyNiceNumbers();
    reduce();
    relabel();
}

void CumulativeChart::reduce()
{
    const int columns = int(chart()->plotArea().width() > 10 ? chart()->plotArea().width()
                                                             : std::max(200, width() - 80));
    // ARCHITECTURE.md §Charts: replace(), never append() point by point.
    m_series->replace(reduceMinMax(m_points, columns));
}

void CumulativeChart::relabel()
{
    clearCategories(m_axisX);
    if (m_days.isEmpty())
        return;
    const QDate first = m_days.constFirst().end;
    const QDate last = m_days.constLast().end;
    const qint64 span = first.daysTo(last) + 1;
    // Calendar-aligned ticks (NOTES.md §Qt Charts: QDateTimeAxis spaces ticks evenly):
    // days for a month, Mondays for a quarter, month starts up to three years, then years.
    QList<QDate> ticks;
    enum class Unit { Day, Week, Month, Year } unit;
    if (span <= 31) {
        unit = Unit::Day;
        for (QDate d = first; d <= last; d = d.addDays(1))
            ticks.append(d);
    } else if (span <= 92) {
        unit = Unit::Week;
        for (QDate d = periodStart(first, FanPeriod::Week); d <= last; d = d.addDays(7)) {
            if (d >= first)
                ticks.append(d);
        }
    } else if (span <= 3 * 366) {
        unit = Unit::Month;
        for (QDate d = periodStart(first, FanPeriod::Month); d <= last; d = d.addMonths(1)) {
            if (d >= first)
                ticks.append(d);
        }
    } else {
        unit = Unit::Year;
        for (QDate d(first.year(), 1, 1); d <= last; d = d.addYears(1)) {
            if (d >= first)
                ticks.append(d);
        }
    }
    const QFontMetrics metrics(axisFont());
    const int labelWidth
        = metrics.horizontalAdvance(unit == Unit::Month ? fanlabels::month(QDate(2026, 12, 1))
                                                        : fanlabels::shortDay(QDate(2026, 12, 28)))
        + 14;
    const int available
        = int(chart()->plotArea().width() > 10 ? chart()->plotArea().width() : width() - 80);
    int step = labelStep(int(ticks.size()), available, labelWidth);
    if (unit == Unit::Month && step > 1)
        step = step <= 2 ? 2 : step <= 3 ? 3 : step <= 6 ? 6 : 12;

    m_axisX->setStartValue(qreal(first.toJulianDay()));
    m_axisX->setRange(qreal(first.toJulianDay()), qreal(last.toJulianDay()));
    QSet<QString> used;
    bool yearShown = false;
    const double pixelsPerDay = double(available) / double(std::max<qint64>(1, span - 1));
    for (qsizetype i = 0; i < ticks.size(); i += step) {
        const QDate d = ticks.at(i);
        // A label centred on a day too close to the right edge would be cut off.
        if (i > 0 && double(d.daysTo(last)) * pixelsPerDay < labelWidth / 2.0)
            break;
        QString label;
        switch (unit) {
        case Unit::Day:
        case Unit::Week:
            label = fanlabels::shortDay(d);
            break;
        case Unit::Month:
            // The year once, and again at each January.
            label
                = !yearShown || d.month() <= step ? fanlabels::month(d) : fanlabels::shortMonth(d);
            yearShown = true;
            break;
        case Unit::Year:
            label = QString::number(d.year());
            break;
        }
        m_axisX->append(uniqueLabel(label, &used), qreal(d.toJulianDay()));
    }
}

QStringList CumulativeChart::axisLabels() const
{
    QStringList labels;
    for (const QString &l : m_axisX->categoriesLabels())
        labels.append(visible(l));
    return labels;
}

QString CumulativeChart::tooltipFor(qreal julianDay) const
{
    if (m_days.isEmpty())
        return {};
    const qint64 first = m_days.constFirst().end.toJulianDay();
    const qsizetype i
        = std::clamp<qsizetype>(qsizetype(std::llround(julianDay)) - first, 0, m_days.size() - 1);
    const FanPeriodRow &d = m_days.at(i);
    return tr("%1\nCumulative fans: %2\nNet that day: %3 (new %4, unfollowed %5)")
        .arg(fanlabels::day(d.end), fanlabels::number(d.cumulative), fanlabels::signedNumber(d.net),
            fanlabels::number(d.newFollow), fanlabels::number(d.unfollow));
}

void CumulativeChart::mouseMoveEvent(QMouseEvent *event)
{
    FanChartView::mouseMoveEvent(event);
    if (m_days.isEmpty() || !chart()->plotArea().contains(event->position())) {
        m_marker->clear();
        QToolTip::hideText();
        return;
    }
    const QPointF value = chart()->mapToValue(event->position(), m_series);
    const qint64 first = m_days.constFirst().end.toJulianDay();
    const qsizetype i
        = std::clamp<qsizetype>(qsizetype(std::llround(value.x())) - first, 0, m_points.size() - 1);
    m_marker->replace(QList<QPointF> { m_points.at(i) });
    QToolTip::showText(event->globalPosition().toPoint(), tooltipFor(m_points.at(i).x()), this);
}

void CumulativeChart::leaveEvent(QEvent *event)
{
    FanChartView::leaveEvent(event);
    m_marker->clear();
}

void CumulativeChart::resizeEvent(QResizeEvent *event)
{
    FanChartView::resizeEvent(event);
    if (!m_days.isEmpty()) {
        reduce();
        relabel();
    }
}

// ---------------------------------------------------------------------------------------

NetGrowthChart::NetGrowthChart(QWidget *parent)
    : FanChartView(parent)
    , m_gains(new QBarSet(tr("Net gain")))
    , m_losses(new QBarSet(tr("Net loss")))
    , m_axisX(new QCategoryAxis)
    , m_axisY(valueAxis(Qt::Vertical))
{
    setObjectName(u"netGrowthChart"_s);
    m_gains->setColor(theme::kAccent);
    m_gains->setBorderColor(theme::kAccent);
    m_losses->setColor(theme::kDanger);
    m_losses->setBorderColor(theme::kDanger);
    auto *series = new QStackedBarSeries;
    series->append(m_gains);
    series->append(m_losses);
    series->setBarWidth(0.7);
    QChart *c = chart();
    c->addSeries(series);
    styleAxis(m_axisX);
    m_axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_axisX->setGridLineVisible(false);
    c->addAxis(m_axisX, Qt::AlignBottom);
    c->addAxis(m_axisY, Qt::AlignLeft);
    series->attachAxis(m_axisX);
    series->attachAxis(m_axisY);
    for (QBarSet *set : { m_gains, m_losses }) {
        connect(set, &QBarSet::hovered, this, [this](bool status, int index) {
            if (status)
                QToolTip::showText(QCursor::pos(), tooltipFor(index), this);
            else
                QToolTip::hideText();
        });
    }
    setEmpty(true);
}

void NetGrowthChart::setRows(const QList<FanPeriodRow> &rows, FanPeriod period)
{
    m_rows = rows;
    m_period = period;
    QList<qreal> gains;
    QList<qreal> losses;
    gains.reserve(rows.size());
    losses.reserve(rows.size());
    qint64 low = 0;
    qint64 high = 0;
    bool anyFigures = false;
    for (const auto &r : rows) {
        gains.append(r.net > 0 ? qreal(r.net) : 0.0);
        losses.append(r.net < 0 ? qreal(r.net) : 0.0);
        low = std::min(low, r.net);
        high = std::max(high, r.net);
        anyFigures = anyFigures || r.newFollow != 0 || r.unfollow != 0 || r.cumulative != 0;
    }
    // Whole lists at once (a QBarSet has no replace(list)).
    m_gains->remove(0, m_gains->count());
    m_losses->remove(0, m_losses->count());
    m_gains->append(gains);
    m_losses->append(losses);
    setEmpty(!anyFigures);
    if (high == low)
        high = low + 10;
    const qint64 pad = std::max<qint64>(1, (high - low) / 12);
    m_axisY->setRange(double(low < 0 ? low - pad : 0), double(high + pad));
    m_axisY->applyNiceNumbers();
    relabel();
}

qreal NetGrowthChart::barValue(int index) const
{
    if (index < 0 || index >= m_gains->count())
        return 0;
    return m_gains->at(index) + m_losses->at(index);
}

void NetGrowthChart::relabel()
{
    clearCategories(m_axisX);
    const int n = int(m_rows.size());
    m_axisX->setStartValue(-0.5);
    m_axisX->setRange(-0.5, std::max(0.5, n - 0.5));
    if (n == 0)
        return;
    QList<int> ticks;
    QStringList labels;
    const auto monthLabel = [](QDate d, bool first) {
        return first || d.month() == 1 ? fanlabels::month(d) : fanlabels::shortMonth(d);
    };
    if ((m_period == FanPeriod::Week && n > 9) || (m_period == FanPeriod::Day && n > 14)) {
        // Many short periods: a label where a month begins, so the axis reads as a calendar.
        for (int i = 0; i < n; ++i) {
            const QDate start = periodStart(m_rows.at(i).start, m_period);
            if (i == 0 || start.month() != periodStart(m_rows.at(i - 1).start, m_period).month()) {
                ticks.append(i);
                labels.append(monthLabel(
                    start.day() > 7 && m_period == FanPeriod::Week ? start.addDays(7) : start,
                    ticks.size() == 1));
            }
        }
    } else {
        for (int i = 0; i < n; ++i) {
            const FanPeriodRow &r = m_rows.at(i);
            ticks.append(i);
            switch (m_period) {
            case FanPeriod::Day:
            case FanPeriod::Week:
                // A week cut by the range starts where the range does.
                labels.append(fanlabels::shortDay(r.start));
                break;
            case FanPeriod::Month:
                labels.append(monthLabel(r.start, i == 0));
                break;
            case FanPeriod::Quarter:
                labels.append(fanlabels::shortQuarter(r.start, i == 0));
                break;
            }
        }
    }
    const QFontMetrics metrics(axisFont());
    int widest = 0;
    for (const auto &l : std::as_const(labels))
        widest = std::max(widest, metrics.horizontalAdvance(l));
    const int available
        = int(chart()->plotArea().width() > 10 ? chart()->plotArea().width() : width() - 80);
    const int step = labelStep(int(ticks.size()), available, widest + 12);
    QSet<QString> used;
    for (qsizetype i = 0; i < ticks.size(); i += step)
        m_axisX->append(uniqueLabel(labels.at(i), &used), qreal(ticks.at(i)));
}

QStringList NetGrowthChart::axisLabels() const
{
    QStringList labels;
    for (const QString &l : m_axisX->categoriesLabels())
        labels.append(visible(l));
    return labels;
}

QString NetGrowthChart::tooltipFor(int index) const
{
    if (index < 0 || index >= m_rows.size())
        return {};
    const FanPeriodRow &r = m_rows.at(index);
    return tr("%1 (%2)\nNet growth: %3\nNew: %4 · Unfollowed: %5\nCumulative at the end: %6")
        .arg(fanlabels::period(r, m_period), fanlabels::periodRange(r),
            fanlabels::signedNumber(r.net), fanlabels::number(r.newFollow),
            fanlabels::number(r.unfollow), fanlabels::number(r.cumulative));
}

void NetGrowthChart::resizeEvent(QResizeEvent *event)
{
    FanChartView::resizeEvent(event);
    relabel();
}

// ---------------------------------------------------------------------------------------

UnitsChart::UnitsChart(QWidget *parent)
    : FanChartView(parent)
{
    setObjectName(u"unitsChart"_s);
    setEmpty(true, tr("No units below this one"));
}

QList<UnitBar> UnitsChart::topBars(
    const QList<item::FanUnitFigures> &units, Metric metric, int topN)
{
    QList<item::FanUnitFigures> sorted = units;
    const auto value = [metric](const item::FanUnitFigures &u) -> double {
        switch (metric) {
        case Metric::Net:
            return double(u.net);
        case Metric::Cumulative:
            return double(u.cumulativeEnd);
        case Metric::Penetration:
            return u.penetration() * 100;
        }
        return 0;
    };
    std::stable_sort(sorted.begin(), sorted.end(),
        [&](const item::FanUnitFigures &a, const item::FanUnitFigures &b) {
            return value(a) > value(b);
        });
    const auto tooltip = [](const QString &name, const item::FanUnitFigures &u) {
        return tr("%1\nNet growth: %2\nCumulative: %3\nHouseholds: %4 · Penetration: %5")
            .arg(name, fanlabels::signedNumber(u.net), fanlabels::number(u.cumulativeEnd),
                fanlabels::number(u.households), fanlabels::percent(u.penetration()));
    };
    QList<UnitBar> bars;
    // Showing N − 1 units and "the other 1" would hide a unit behind a group of one.
    const qsizetype shown = sorted.size() <= topN + 1 ? sorted.size() : topN;
    for (qsizetype i = 0; i < shown; ++i) {
        const auto &u = sorted.at(i);
        bars.append(UnitBar { u.name, value(u), tooltip(u.name, u), u.code });
    }
    if (shown < sorted.size()) {
        item::FanUnitFigures rest;
        for (qsizetype i = shown; i < sorted.size(); ++i) {
            const auto &u = sorted.at(i);
            rest.households += u.households;
            rest.cumulativeEnd += u.cumulativeEnd;
            rest.net += u.net;
        }
        const QString label = tr("Other %n units", nullptr, int(sorted.size() - shown));
        bars.append(UnitBar { label, value(rest), tooltip(label, rest), {} });
    }
    return bars;
}

void UnitsChart::setUnits(const QList<item::FanUnitFigures> &units, Metric metric, int topN)
{
    m_metric = metric;
    m_bars = topBars(units, metric, topN);
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    setEmpty(m_bars.isEmpty());
    if (m_bars.isEmpty())
        return;

    // Horizontal bars fill from the bottom: the largest goes last to sit on top.
    auto *set = new QBarSet(metric == Metric::Penetration ? tr("Penetration")
            : metric == Metric::Net                       ? tr("Net growth")
                                                          : tr("Cumulative fans"));
    const QColor colour = metric == Metric::Penetration ? theme::kSuccess : theme::kAccent;
    set->setColor(colour);
    set->setBorderColor(colour);
    set->setLabelColor(QColor(0x1f, 0x23, 0x29));
    set->setLabelFont(axisFont());
    QStringList categories;
    QList<qreal> values;
    QSet<QString> used;
    double low = 0;
    double high = 0;
    for (qsizetype i = m_bars.size() - 1; i >= 0; --i) {
        const UnitBar &bar = m_bars.at(i);
        categories.append(uniqueLabel(bar.label, &used));
        values.append(bar.value);
        low = std::min(low, bar.value);
        high = std::max(high, bar.value);
    }
    set->append(values);
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.65);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(metric == Metric::Penetration ? u"@value%"_s : u"@value"_s);
    series->setLabelsPrecision(metric == Metric::Penetration ? 3 : 12);
    c->addSeries(series);
    auto *names = new QBarCategoryAxis;
    styleAxis(names);
    names->setGridLineVisible(false);
    names->append(categories);
    auto *axis = valueAxis(Qt::Horizontal);
    if (metric == Metric::Penetration)
        axis->setLabelFormat(u"%.0f%%"_s);
    // Room for the value labels beyond the longest bar.
    const double span = std::max(1.0, high - low);
    axis->setRange(low < 0 ? low - span * 0.12 : 0, high + span * 0.18);
    axis->applyNiceNumbers();
    c->addAxis(names, Qt::AlignLeft);
    c->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(names);
    series->attachAxis(axis);
    const qsizetype count = m_bars.size();
    connect(set, &QBarSet::hovered, this, [this, count](bool status, int index) {
        const qsizetype bar = count - 1 - index;
        if (status && bar >= 0 && bar < m_bars.size())
            QToolTip::showText(QCursor::pos(), m_bars.at(bar).tooltip, this);
        else
            QToolTip::hideText();
    });
    connect(set, &QBarSet::clicked, this, [this, count](int index) {
        const qsizetype bar = count - 1 - index;
        if (bar >= 0 && bar < m_bars.size() && !m_bars.at(bar).code.isEmpty())
            Q_EMIT unitClicked(m_bars.at(bar).code);
    });
}

} // namespace civic::ui
