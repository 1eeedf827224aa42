#include "circulardialog.h"

#include "charts/fanlabels.h"
#include "clientcontext.h"
#include "domain/chinatime.h"
#include "fanexports.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace civic::ui {

namespace {

QDate today()
{
    return QDate::fromString(domain::chinaDate(QDateTime::currentMSecsSinceEpoch()), Qt::ISODate);
}

QTableWidgetItem *numberItem(const QString &text, qint64 sortValue = 0)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setData(Qt::UserRole, sortValue);
    return item;
}

QString changeText(const std::optional<double> &value)
{
    if (!value)
        return u"—"_s;
    const QString text = fanlabels::percent(std::abs(*value));
    return *value > 0 ? u"↑ "_s + text : *value < 0 ? u"↓ "_s + text : text;
}

} // namespace

CircularDialog::CircularDialog(ClientContext *context, const QString &unitCode, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_unitCode(unitCode)
{
    setObjectName(u"circularDialog"_s);
    setWindowTitle(tr("Monthly circular"));
    resize(1000, 640);
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Month:"), this));
    m_month = new QComboBox(this);
    m_month->setObjectName(u"monthCombo"_s);
    const QDate thisMonth = QDate(today().year(), today().month(), 1);
    for (int i = 0; i < 13; ++i) {
        const QDate m = thisMonth.addMonths(-i);
        m_month->addItem(
            i == 0 ? tr("%1 (so far)").arg(fanlabels::month(m)) : fanlabels::month(m), m);
    }
    // A circular reports a finished month: the last one by default.
    m_month->setCurrentIndex(1);
    row->addWidget(m_month);
    row->addStretch(1);
    m_pdfButton = new QPushButton(tr("Export PDF…"), this);
    m_pdfButton->setObjectName(u"exportPdfButton"_s);
    m_xlsxButton = new QPushButton(tr("Export Excel…"), this);
    m_xlsxButton->setObjectName(u"exportXlsxButton"_s);
    row->addWidget(m_pdfButton);
    row->addWidget(m_xlsxButton);
    layout->addLayout(row);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"circularSummaryLabel"_s);
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(u"font-size: 11pt;"_s);
    layout->addWidget(m_summary);

    m_table = new QTableWidget(this);
    m_table->setObjectName(u"circularTable"_s);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table, 1);

    m_exported = new QLabel(this);
    m_exported->setObjectName(u"pageSubtitle"_s);
    m_exported->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_exported);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_month, &QComboBox::currentIndexChanged, this, &CircularDialog::reload);
    connect(m_pdfButton, &QPushButton::clicked, this, [this] { exportFile(true); });
    connect(m_xlsxButton, &QPushButton::clicked, this, [this] { exportFile(false); });
    reload();
}

void CircularDialog::setMonth(QDate month)
{
    const int index = m_month->findData(QDate(month.year(), month.month(), 1));
    if (index >= 0)
        m_month->setCurrentIndex(index);
}

void CircularDialog::reload()
{
    m_circular = item::buildMonthlyCircular(
        m_context->database(), m_unitCode, m_month->currentData().toDate(), today());
    setWindowTitle(circularTitle(m_circular));
    const item::CircularRow &t = m_circular.total;
    QString summary = tr(
        "%1: %n communities, %2 notices published, %3 reads, net growth %4 (change on last month "
        "%5), %6 followers, penetration %7.",
        nullptr, int(m_circular.rows.size()))
                          .arg(circularTitle(m_circular), fanlabels::number(t.published),
                              fanlabels::number(t.reads), fanlabels::signedNumber(t.net),
                              changeText(t.netChange), fanlabels::number(t.cumulative),
                              fanlabels::percent(t.penetration));
    if (!m_circular.noticesKnown)
        summary
            += u' ' + tr("No notices are in this computer's data yet: published and reads show 0.");
    m_summary->setText(summary);

    const bool streets = m_circular.unitLevel != u"street";
    QStringList headers = { tr("Rank"), tr("Community") };
    if (streets)
        headers.append(tr("Street"));
    headers += QStringList { tr("Published"), tr("Reads"), tr("Reads change"),
        tr("Cumulative fans"), tr("Net growth"), tr("Net growth change"), tr("Penetration") };
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(m_circular.rows.size()));
    for (int i = 0; i < m_circular.rows.size(); ++i) {
        const item::CircularRow &r = m_circular.rows.at(i);
        int c = 0;
        auto *rank = numberItem(QString::number(r.rank), r.rank);
        rank->setTextAlignment(Qt::AlignCenter);
        m_table->setItem(i, c++, rank);
        auto *name = new QTableWidgetItem(r.name);
        name->setData(Qt::UserRole, r.code);
        m_table->setItem(i, c++, name);
        if (streets)
            m_table->setItem(i, c++, new QTableWidgetItem(r.streetName));
        m_table->setItem(i, c++, numberItem(fanlabels::number(r.published), r.published));
        m_table->setItem(i, c++, numberItem(fanlabels::number(r.reads), r.reads));
        m_table->setItem(i, c++, numberItem(changeText(r.readsChange)));
        m_table->setItem(i, c++, numberItem(fanlabels::number(r.cumulative), r.cumulative));
        auto *net = numberItem(fanlabels::signedNumber(r.net), r.net);
        if (r.net < 0)
            net->setForeground(QColor(0xe5, 0x48, 0x4d));
        m_table->setItem(i, c++, net);
        m_table->setItem(i, c++, numberItem(changeText(r.netChange)));
        m_table->setItem(i, c++, numberItem(fanlabels::percent(r.penetration)));
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    const bool any = !m_circular.rows.isEmpty();
    m_pdfButton->setEnabled(any);
    m_xlsxButton->setEnabled(any);
}

void CircularDialog::exportFile(bool pdf)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested
        = QDir(folder).filePath(circularTitle(m_circular) + (pdf ? u".pdf"_s : u".xlsx"_s));
    const QString path = QFileDialog::getSaveFileName(this,
        pdf ? tr("Export the circular as PDF") : tr("Export the circular as Excel"), suggested,
        pdf ? tr("PDF files (*.pdf)") : tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    const item::MonthlyCircular circular = m_circular;
    const QDate issued = today();
    m_pdfButton->setEnabled(false);
    m_xlsxButton->setEnabled(false);
    m_exported->setText(tr("Exporting…"));
    runInBackground(
        this,
        [circular, issued, path, pdf] {
            QString error;
            const bool ok = pdf ? writeCircularPdf(circular, issued, path, &error)
                                : writeXlsx(path, { circularSheet(circular, issued) }, &error);
            return ok ? QString() : error;
        },
        [this, path](const QString &error) {
            m_pdfButton->setEnabled(true);
            m_xlsxButton->setEnabled(true);
            if (!error.isEmpty()) {
                m_exported->clear();
                QMessageBox::warning(this, tr("Export"), error);
                return;
            }
            m_exported->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
        });
}

} // namespace civic::ui
