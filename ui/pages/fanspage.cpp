// 粉丝统计: the follower figures of the selected org node as charts (PRODUCT.md §4), the
// import of the console's CSV, the monthly circular and the exports; and the dashboard's
// fan section with the neglect alarms of the levels above the communities.

#include "charts/fancharts.h"
#include "clientcontext.h"
#include "domain/chinatime.h"
#include "domain/org.h"
#include "fans/circulardialog.h"
#include "fans/fanexports.h"
#include "fans/fanimportdialog.h"
#include "fans/fansdashboard.h"
#include "item/fanfigures.h"
#include "item/orgtreemodel.h"
#include "page.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace civic::domain;

Q_LOGGING_CATEGORY(lcFans, "civic.ui.fans", QtWarningMsg)

namespace civic::ui {

namespace {

QDate today()
{
    return QDate::fromString(chinaDate(QDateTime::currentMSecsSinceEpoch()), Qt::ISODate);
}

QFrame *panel(QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(u"panel"_s);
    return frame;
}

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setStyleSheet(u"font-weight: bold; color: #1f2329;"_s);
    return label;
}

} // namespace

// The page of the fans section: controls, figures, the four charts.
class FansPage : public Page
{
    Q_OBJECT

public:
    enum Preset { ThisMonth, ThisQuarter, Last12Months, Custom };

    explicit FansPage(ClientContext *context, QWidget *parent = nullptr);
    QString title() const override { return tr("Fan growth"); }
    theme::Glyph glyph() const override { return theme::Glyph::Fans; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Card
    {
        QLabel *value;
        QLabel *note;
    };
    Card card(const QString &label, const QString &objectName, QHBoxLayout *row);
    void applyPreset();
    void refresh();
    void refreshLater();
    void refreshNow();
    // The unit the charts show: a grid shows its community (figures belong to communities).
    QString scopeUnit() const;
    void exportPicture();
    void exportData();
    void openImport();
    void openCircular();

    QLabel *m_subtitle;
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_period;
    QComboBox *m_childMetric;
    QPushButton *m_importButton;
    QPushButton *m_circularButton;
    Card m_cumulative;
    Card m_net;
    Card m_flows;
    Card m_penetration;
    QWidget *m_charts;
    QLabel *m_netCaption;
    QLabel *m_childrenCaption;
    QFrame *m_childrenPanel;
    QFrame *m_penetrationPanel;
    CumulativeChart *m_cumulativeChart;
    NetGrowthChart *m_netChart;
    UnitsChart *m_childrenChart;
    UnitsChart *m_penetrationChart;
    FanChartData m_data;
    QTimer *m_refreshTimer;
    bool m_dirty = true;
};

FansPage::FansPage(ClientContext *context, QWidget *parent)
    : Page(context, parent)
{
    setObjectName(u"fansPage"_s);
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(250);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (m_dirty && isVisible())
            refresh();
    });
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *body = new QWidget(scroll);
    scroll->setWidget(body);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(12);

    auto *head = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    auto *titleLabel = new QLabel(title(), body);
    titleLabel->setObjectName(u"pageTitle"_s);
    titles->addWidget(titleLabel);
    m_subtitle = new QLabel(body);
    m_subtitle->setObjectName(u"pageSubtitle"_s);
    m_subtitle->setAccessibleName(u"fansScopeLabel"_s);
    titles->addWidget(m_subtitle);
    head->addLayout(titles, 1);
    m_importButton = new QPushButton(tr("Import figures…"), body);
    m_importButton->setObjectName(u"importFansButton"_s);
    m_circularButton = new QPushButton(tr("Monthly circular…"), body);
    m_circularButton->setObjectName(u"circularButton"_s);
    auto *picture = new QPushButton(tr("Save charts as picture…"), body);
    picture->setObjectName(u"exportPictureButton"_s);
    auto *data = new QPushButton(tr("Export data…"), body);
    data->setObjectName(u"exportDataButton"_s);
    for (QPushButton *b : { m_importButton, m_circularButton, picture, data })
        head->addWidget(b, 0, Qt::AlignBottom);
    layout->addLayout(head);

    // Period controls: presets, or any range; the bars' grouping.
    auto *controls = new QHBoxLayout;
    controls->setSpacing(8);
    controls->addWidget(new QLabel(tr("Period:"), body));
    m_preset = new QComboBox(body);
    m_preset->setObjectName(u"presetCombo"_s);
    m_preset->addItem(tr("This month"), ThisMonth);
    m_preset->addItem(tr("This quarter"), ThisQuarter);
    m_preset->addItem(tr("Last 12 months"), Last12Months);
    m_preset->addItem(tr("Custom"), Custom);
    m_preset->setCurrentIndex(Last12Months);
    controls->addWidget(m_preset);
    m_from = new QDateEdit(body);
    m_from->setObjectName(u"fromDateEdit"_s);
    m_to = new QDateEdit(body);
    m_to->setObjectName(u"toDateEdit"_s);
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setMaximumDate(today());
    }
    controls->addWidget(m_from);
    controls->addWidget(new QLabel(u"–"_s, body));
    controls->addWidget(m_to);
    controls->addSpacing(16);
    controls->addWidget(new QLabel(tr("Net growth by:"), body));
    m_period = new QComboBox(body);
    m_period->setObjectName(u"periodCombo"_s);
    m_period->addItem(tr("Week"), int(FanPeriod::Week));
    m_period->addItem(tr("Month"), int(FanPeriod::Month));
    m_period->addItem(tr("Quarter"), int(FanPeriod::Quarter));
    m_period->setCurrentIndex(1);
    controls->addWidget(m_period);
    controls->addStretch(1);
    layout->addLayout(controls);

    auto *cards = new QHBoxLayout;
    cards->setSpacing(12);
    m_cumulative = card(tr("Followers at the end"), u"cumulativeValueLabel"_s, cards);
    m_net = card(tr("Net growth in the period"), u"netValueLabel"_s, cards);
    m_flows = card(tr("New · unfollowed"), u"flowsValueLabel"_s, cards);
    m_penetration
        = card(tr("Penetration (followers ÷ households)"), u"penetrationValueLabel"_s, cards);
    layout->addLayout(cards);

    m_charts = new QWidget(body);
    m_charts->setObjectName(u"fanCharts"_s);
    auto *grid = new QGridLayout(m_charts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(12);
    const auto chartPanel = [this](QLabel *label, QWidget *extra, FanChartView *chart) {
        QFrame *frame = panel(m_charts);
        auto *v = new QVBoxLayout(frame);
        v->setContentsMargins(12, 10, 12, 8);
        auto *top = new QHBoxLayout;
        label->setParent(frame);
        top->addWidget(label, 1);
        if (extra) {
            extra->setParent(frame);
            top->addWidget(extra);
        }
        v->addLayout(top);
        chart->setParent(frame);
        v->addWidget(chart, 1);
        return frame;
    };
    m_cumulativeChart = new CumulativeChart;
    m_netChart = new NetGrowthChart;
    m_childrenChart = new UnitsChart;
    m_childrenChart->setObjectName(u"childrenChart"_s);
    m_penetrationChart = new UnitsChart;
    m_penetrationChart->setObjectName(u"penetrationChart"_s);
    m_childMetric = new QComboBox;
    m_childMetric->setObjectName(u"childMetricCombo"_s);
    m_childMetric->addItem(tr("Net growth"), int(UnitsChart::Metric::Net));
    m_childMetric->addItem(tr("Cumulative fans"), int(UnitsChart::Metric::Cumulative));
    m_netCaption = caption({}, nullptr);
    m_childrenCaption = caption({}, nullptr);
    grid->addWidget(
        chartPanel(caption(tr("Cumulative fans"), nullptr), nullptr, m_cumulativeChart), 0, 0);
    grid->addWidget(chartPanel(m_netCaption, nullptr, m_netChart), 0, 1);
    m_childrenPanel = chartPanel(m_childrenCaption, m_childMetric, m_childrenChart);
    m_penetrationPanel
        = chartPanel(caption(tr("Penetration by unit (followers ÷ households)"), nullptr), nullptr,
            m_penetrationChart);
    grid->addWidget(m_childrenPanel, 1, 0);
    grid->addWidget(m_penetrationPanel, 1, 1);
    for (FanChartView *chart : { static_cast<FanChartView *>(m_cumulativeChart),
             static_cast<FanChartView *>(m_netChart), static_cast<FanChartView *>(m_childrenChart),
             static_cast<FanChartView *>(m_penetrationChart) })
        chart->setMinimumHeight(230);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    layout->addWidget(m_charts, 1);

    applyPreset();
    connect(m_preset, &QComboBox::currentIndexChanged, this, &FansPage::applyPreset);
    for (QDateEdit *edit : { m_from, m_to }) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_preset->currentData().toInt() == Custom)
                refreshNow();
        });
    }
    connect(m_period, &QComboBox::currentIndexChanged, this, &FansPage::refreshNow);
    connect(m_childMetric, &QComboBox::currentIndexChanged, this, [this] {
        m_childrenChart->setUnits(
            m_data.children, UnitsChart::Metric(m_childMetric->currentData().toInt()));
    });
    connect(context, &ClientContext::currentUnitChanged, this, &FansPage::refreshNow);
    connect(context, &ClientContext::cacheChanged, this, [this](const QStringList &kinds) {
        if (kinds.contains(u"fan_day"_s) || kinds.contains(u"org_unit"_s))
            refreshLater();
    });
    for (UnitsChart *chart : { m_childrenChart, m_penetrationChart })
        connect(chart, &UnitsChart::unitClicked, context, &ClientContext::setCurrentUnit);
    connect(m_importButton, &QPushButton::clicked, this, &FansPage::openImport);
    connect(m_circularButton, &QPushButton::clicked, this, &FansPage::openCircular);
    connect(picture, &QPushButton::clicked, this, &FansPage::exportPicture);
    connect(data, &QPushButton::clicked, this, &FansPage::exportData);
}

FansPage::Card FansPage::card(const QString &label, const QString &objectName, QHBoxLayout *row)
{
    QFrame *frame = panel(this);
    auto *v = new QVBoxLayout(frame);
    v->setContentsMargins(14, 8, 14, 8);
    v->setSpacing(0);
    auto *name = new QLabel(label, frame);
    name->setObjectName(u"cardLabel"_s);
    auto *value = new QLabel(frame);
    value->setObjectName(u"cardValue"_s);
    value->setAccessibleName(objectName);
    auto *note = new QLabel(frame);
    note->setObjectName(u"pageSubtitle"_s);
    // Notes may be cut rather than widen the page beyond the window.
    note->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    name->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    v->addWidget(name);
    v->addWidget(value);
    v->addWidget(note);
    row->addWidget(frame, 1);
    return Card { value, note };
}

void FansPage::applyPreset()
{
    const QDate now = today();
    const int preset = m_preset->currentData().toInt();
    QSignalBlocker blockFrom(m_from);
    QSignalBlocker blockTo(m_to);
    QSignalBlocker blockPeriod(m_period);
    switch (preset) {
    case ThisMonth:
        m_from->setDate(periodStart(now, FanPeriod::Month));
        m_to->setDate(now);
        m_period->setCurrentIndex(m_period->findData(int(FanPeriod::Week)));
        break;
    case ThisQuarter:
        m_from->setDate(periodStart(now, FanPeriod::Quarter));
        m_to->setDate(now);
        m_period->setCurrentIndex(m_period->findData(int(FanPeriod::Week)));
        break;
    case Last12Months:
        // Twelve calendar months, this one included, so every bar is a whole month.
        m_from->setDate(periodStart(now.addMonths(-11), FanPeriod::Month));
        m_to->setDate(now);
        m_period->setCurrentIndex(m_period->findData(int(FanPeriod::Month)));
        break;
    default:
        break;
    }
    m_from->setEnabled(preset == Custom);
    m_to->setEnabled(preset == Custom);
    refreshNow();
}

void FansPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_dirty)
        refresh();
}

void FansPage::refreshLater()
{
    m_dirty = true;
    // A pull brings a page of changes every few milliseconds: redraw at most every 250 ms.
    if (isVisible() && !m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void FansPage::refreshNow()
{
    m_dirty = true;
    if (isVisible())
        refresh();
}

QString FansPage::scopeUnit() const
{
    const OrgTree &tree = context()->orgTree()->tree();
    const QString code = context()->currentUnit();
    if (const OrgUnit *unit = tree.find(code); unit && unit->level == Level::Grid)
        return unit->parentCode;
    return code;
}

void FansPage::refresh()
{
    m_dirty = false;
    QElapsedTimer timer;
    timer.start();
    const QString code = scopeUnit();
    const OrgTree &tree = context()->orgTree()->tree();
    const OrgUnit *unit = tree.find(code);
    QDate from = m_from->date();
    QDate to = m_to->date();
    if (from > to)
        std::swap(from, to);
    const auto period = FanPeriod(m_period->currentData().toInt());
    const item::FanFigures figures(context()->database());
    const QString path = unit ? unit->path : QString();

    m_data = FanChartData {};
    m_data.unitName = unit ? unit->name : code;
    m_data.from = from;
    m_data.to = to;
    m_data.period = period;
    m_data.days = figures.series(path, FanPeriod::Day, from, to);
    m_data.periods = item::rollUp(m_data.days, period, from, to);
    const bool hasChildren = unit
        && (unit->level == Level::City || unit->level == Level::District
            || unit->level == Level::Street);
    item::FanUnitFigures total;
    m_data.children = figures.children(code, from, to, &total);
    if (!hasChildren)
        m_data.children.clear();
    const qint64 queried = timer.elapsed();

    const QDate latest = figures.latestDate(path);
    const QString range = fanlabels::periodRange(FanPeriodRow { {}, from, to, 0, 0, 0, 0 });
    m_subtitle->setText(latest.isValid()
            ? tr("%1 · %2 · figures up to %3").arg(m_data.unitName, range, fanlabels::day(latest))
            : tr("%1 · %2 · no fan figures yet").arg(m_data.unitName, range));
    m_cumulative.value->setText(fanlabels::number(total.cumulativeEnd));
    m_cumulative.note->setText(tr("%1 at the start").arg(fanlabels::number(total.cumulativeStart)));
    m_net.value->setText(fanlabels::signedNumber(total.net));
    m_net.value->setStyleSheet(total.net < 0 ? u"color: #e5484d;"_s : QString());
    if (total.communities > 1) {
        m_net.note->setText(tr("%n communities", nullptr, total.communities));
    } else {
        const double perDay = double(total.net) / double(std::max<qint64>(1, from.daysTo(to) + 1));
        const QString average
            = (perDay > 0 ? u"+"_s : QString()) + QLocale().toString(perDay, 'f', 1);
        m_net.note->setText(tr("%1 a day on average").arg(average));
    }
    m_flows.value->setText(
        tr("%1 · %2").arg(fanlabels::number(total.newFollow), fanlabels::number(total.unfollow)));
    m_flows.note->setText(total.newFollow > 0
            ? tr("Unfollow ratio %1%")
                  .arg(QLocale().toString(
                      100.0 * double(total.unfollow) / double(total.newFollow), 'f', 1))
            : QString());
    m_penetration.value->setText(
        total.households > 0 ? fanlabels::percent(total.penetration()) : u"—"_s);
    m_penetration.note->setText(total.households > 0
            ? tr("%1 households").arg(fanlabels::number(total.households))
            : tr("no household count"));

    const QString periodName = m_period->currentText();
    m_netCaption->setText(tr("Net growth by %1").arg(periodName));
    m_cumulativeChart->setDays(m_data.days);
    m_netChart->setRows(m_data.periods, period);
    m_childrenPanel->setVisible(hasChildren);
    m_penetrationPanel->setVisible(hasChildren);
    if (hasChildren) {
        const QString level
            = m_data.children.isEmpty() ? QString() : m_data.children.constFirst().level;
        m_childrenCaption->setText(level == u"district" ? tr("Districts compared")
                : level == u"street"                    ? tr("Streets compared")
                                                        : tr("Communities compared"));
        m_childrenChart->setUnits(
            m_data.children, UnitsChart::Metric(m_childMetric->currentData().toInt()));
        m_penetrationChart->setUnits(m_data.children, UnitsChart::Metric::Penetration, 15);
    }
    // Imports are for communities; whoever may import for one sees the button (the tree
    // fills in with the first pull).
    bool mayImport = false;
    for (const QString &c : tree.subtree(context()->actor().unitCode)) {
        const OrgUnit *u = tree.find(c);
        if (!u || u->level != Level::Community)
            continue;
        Subject subject;
        subject.kind = Kind::FanDay;
        subject.unitPath = u->path;
        subject.unitLevel = u->level;
        if (context()->may(Action::FansImport, subject)) {
            mayImport = true;
            break;
        }
    }
    m_importButton->setVisible(mayImport);
    const bool circular = unit && (unit->level == Level::Street || unit->level == Level::District);
    // A community's staff oversee no street or district: no circular of theirs to make.
    const Level own = context()->actor().unitLevel;
    m_circularButton->setVisible(own != Level::Community && own != Level::Grid);
    m_circularButton->setEnabled(circular);
    m_circularButton->setToolTip(
        circular ? QString() : tr("Select a street or a district for its monthly circular."));
    qCDebug(lcFans).noquote()
        << u"fans of %1 (%2 days, %3 periods, %4 children): queried in %5 ms, charts set in %6 ms"_s
               .arg(code)
               .arg(m_data.days.size())
               .arg(m_data.periods.size())
               .arg(m_data.children.size())
               .arg(queried)
               .arg(timer.elapsed() - queried);
}

void FansPage::exportPicture()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString name = tr("Fans of %1").arg(m_data.unitName) + u".png"_s;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save charts as picture"),
        QDir(folder).filePath(name), tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    if (!m_charts->grab().save(path, "PNG"))
        QMessageBox::warning(this, tr("Save charts as picture"),
            tr("The picture could not be written to %1.").arg(QDir::toNativeSeparators(path)));
}

void FansPage::exportData()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("Fans of %1").arg(m_data.unitName) + u".xlsx"_s;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export data"), QDir(folder).filePath(name), tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    const FanChartData data = m_data;
    runInBackground(
        this,
        [data, path] {
            QString error;
            return writeXlsx(path, fanChartSheets(data), &error) ? QString() : error;
        },
        [this](const QString &error) {
            if (!error.isEmpty())
                QMessageBox::warning(this, tr("Export data"), error);
        });
}

void FansPage::openImport()
{
    auto *dialog = new FanImportDialog(context(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCommunity(scopeUnit());
    dialog->open();
}

void FansPage::openCircular()
{
    auto *dialog = new CircularDialog(context(), scopeUnit(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

Page *createFansPage(ClientContext *context)
{
    return new FansPage(context);
}

QWidget *createFansDashboardSection(ClientContext *context)
{
    // Departments keep no fan figures and oversee no communities.
    if (context->actor().unitLevel == Level::Department)
        return nullptr;
    return new FansDashboardSection(context);
}

} // namespace civic::ui

#include "fanspage.moc"
