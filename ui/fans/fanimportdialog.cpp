#include "fanimportdialog.h"

#include "charts/fanlabels.h"
#include "clientcontext.h"
#include "domain/chinatime.h"
#include "domain/org.h"
#include "item/fanfigures.h"
#include "item/orgtreemodel.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::ui {

namespace {

// A console export of a few years is tens of kilobytes; anything this big is the wrong file.
constexpr qint64 kMaxFileBytes = 5 * 1024 * 1024;

QDate today()
{
    return QDate::fromString(chinaDate(QDateTime::currentMSecsSinceEpoch()), Qt::ISODate);
}

} // namespace

FanImportDialog::FanImportDialog(ClientContext *context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(u"fanImportDialog"_s);
    setWindowTitle(tr("Import fan figures"));
    resize(820, 540);
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(
        tr("Choose the CSV file exported from the official account's console (User analysis → "
           "User growth). UTF-8 and GBK files are read; a day imported again replaces the one "
           "stored."),
        this);
    hint->setWordWrap(true);
    hint->setObjectName(u"pageSubtitle"_s);
    layout->addWidget(hint);

    auto *form = new QFormLayout;
    m_community = new QComboBox(this);
    m_community->setObjectName(u"communityCombo"_s);
    m_community->setMinimumWidth(280);
    form->addRow(tr("Community:"), m_community);
    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(u"fileEdit"_s);
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("No file chosen"));
    m_browse = new QPushButton(tr("Choose file…"), this);
    m_browse->setObjectName(u"chooseFileButton"_s);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    form->addRow(tr("File:"), fileRow);
    layout->addLayout(form);

    m_status = new QLabel(this);
    m_status->setObjectName(u"importStatusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);

    m_errors = new QTableWidget(0, 4, this);
    m_errors->setObjectName(u"errorTable"_s);
    m_errors->setHorizontalHeaderLabels({ tr("Line"), tr("Column"), tr("Problem"), tr("Details") });
    m_errors->verticalHeader()->hide();
    m_errors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_errors->setSelectionBehavior(QAbstractItemView::SelectRows);
    // One line per problem; a long message is whole in its tooltip.
    m_errors->setWordWrap(false);
    m_errors->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_errors->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_errors->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_errors->horizontalHeader()->setStretchLastSection(true);
    m_errors->hide();
    layout->addWidget(m_errors, 1);
    layout->addStretch();

    auto *buttons = new QDialogButtonBox(this);
    m_importButton = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(u"importButton"_s);
    m_importButton->setEnabled(false);
    m_importButton->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);

    connect(m_browse, &QPushButton::clicked, this, &FanImportDialog::chooseFile);
    connect(m_community, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_path.isEmpty())
            check();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &FanImportDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Opened during the first sync, the list fills in when the organisation arrives.
    connect(context->orgTree(), &QAbstractItemModel::modelReset, this,
        &FanImportDialog::fillCommunities);
    fillCommunities();
    setCommunity(context->currentUnit());
}

void FanImportDialog::fillCommunities()
{
    const QString chosen = community();
    const QSignalBlocker blocker(m_community);
    m_community->clear();
    const OrgTree &tree = m_context->orgTree()->tree();
    const QString root = m_context->actor().unitCode;
    for (const QString &code : tree.subtree(root)) {
        const OrgUnit *unit = tree.find(code);
        if (!unit || unit->level != Level::Community)
            continue;
        Subject subject;
        subject.kind = Kind::FanDay;
        subject.unitPath = unit->path;
        subject.unitLevel = unit->level;
        if (!m_context->may(Action::FansImport, subject))
            continue;
        const OrgUnit *parentUnit = tree.find(unit->parentCode);
        const QString label = parentUnit && code != root && unit->parentCode != root
            ? tr("%1 › %2").arg(parentUnit->name, unit->name)
            : unit->name;
        m_community->addItem(label, code);
    }
    if (const int index = m_community->findData(chosen); index >= 0)
        m_community->setCurrentIndex(index);
    const bool none = m_community->count() == 0;
    m_browse->setEnabled(!none);
    if (none) {
        m_status->setText(tr(
            "Your account imports no fan figures: figures are imported by the community's staff or "
            "the offices above it."));
    } else if (m_path.isEmpty()) {
        m_status->clear();
    } else if (community() != chosen) {
        check();
    }
}

void FanImportDialog::setCommunity(const QString &code)
{
    const int index = m_community->findData(code);
    if (index >= 0)
        m_community->setCurrentIndex(index);
}

QString FanImportDialog::community() const
{
    return m_community->currentData().toString();
}

void FanImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the fan figures file"), m_path, tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool FanImportDialog::loadFile(const QString &path)
{
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_bytes.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_result = FanImportResult {};
        showErrors({}, tr("The file cannot be read: %1").arg(file.errorString()));
        return false;
    }
    if (file.size() > kMaxFileBytes) {
        m_result = FanImportResult {};
        showErrors({},
            tr("The file is too large (%1) for a table of daily figures: choose the CSV exported "
               "from the "
               "console.")
                .arg(QLocale().formattedDataSize(file.size())));
        return false;
    }
    m_bytes = file.readAll();
    check();
    return m_result.ok() && !m_result.days.isEmpty();
}

void FanImportDialog::check()
{
    m_importButton->setEnabled(false);
    if (community().isEmpty() || m_path.isEmpty())
        return;
    const item::FanFigures figures(m_context->database());
    m_result = item::checkFanFile(figures, community(), m_bytes, today());
    if (!m_result.ok()) {
        const int n = int(m_result.errors.size());
        showErrors(m_result.errors,
            tr("%n problem(s) found: nothing was imported. Correct the file and choose it again.",
                nullptr, n));
        return;
    }
    if (m_result.days.size() > kMaxDays) {
        showErrors({},
            tr("The file holds %1 days; at most %2 days are imported at a time. Export a year or "
               "less from "
               "the console.")
                .arg(m_result.days.size())
                .arg(kMaxDays));
        m_result.days.clear();
        return;
    }
    showSummary();
}

QString FanImportDialog::problemLabel(FanErrorCode code)
{
    switch (code) {
    case FanErrorCode::EmptyFile:
        return tr("Empty file");
    case FanErrorCode::NoRows:
        return tr("No data rows");
    case FanErrorCode::BadEncoding:
        return tr("Unknown encoding");
    case FanErrorCode::BadQuoting:
        return tr("Unclosed quotation mark");
    case FanErrorCode::MissingColumn:
        return tr("Missing column");
    case FanErrorCode::DuplicateColumn:
        return tr("Column twice");
    case FanErrorCode::BadDate:
        return tr("Invalid date");
    case FanErrorCode::BadNumber:
        return tr("Not a whole number");
    case FanErrorCode::NegativeCount:
        return tr("Negative count");
    case FanErrorCode::NetMismatch:
        return tr("Net ≠ new − unfollowed");
    case FanErrorCode::CumulativeMismatch:
        return tr("Cumulative does not follow the day before");
    case FanErrorCode::DuplicateDate:
        return tr("Date twice");
    case FanErrorCode::Gap:
        return tr("Missing days");
    }
    return {};
}

void FanImportDialog::showErrors(const QList<FanImportError> &errors, const QString &heading)
{
    m_importButton->setEnabled(false);
    m_status->setStyleSheet(u"color: #e5484d;"_s);
    m_status->setText(heading);
    m_errors->setRowCount(int(errors.size()));
    for (int i = 0; i < errors.size(); ++i) {
        const FanImportError &e = errors.at(i);
        auto *line = new QTableWidgetItem(e.line > 0 ? QString::number(e.line) : u"—"_s);
        line->setData(Qt::UserRole, e.line);
        line->setTextAlignment(Qt::AlignCenter);
        m_errors->setItem(i, 0, line);
        m_errors->setItem(i, 1, new QTableWidgetItem(e.column));
        auto *problem = new QTableWidgetItem(problemLabel(e.code));
        problem->setData(Qt::UserRole, fanErrorCodeName(e.code));
        m_errors->setItem(i, 2, problem);
        auto *details = new QTableWidgetItem(e.message);
        details->setToolTip(e.message);
        m_errors->setItem(i, 3, details);
    }
    m_errors->setVisible(!errors.isEmpty());
}

void FanImportDialog::showSummary()
{
    m_errors->setRowCount(0);
    m_errors->hide();
    const QList<FanDay> &days = m_result.days;
    qint64 newFollow = 0;
    qint64 unfollow = 0;
    qint64 net = 0;
    for (const FanDay &d : days) {
        newFollow += d.newFollow;
        unfollow += d.unfollow;
        net += d.net;
    }
    int replaced = 0;
    const item::FanFigures figures(m_context->database());
    const QList<FanDay> stored
        = figures.days(community(), days.constFirst().date, days.constLast().date);
    for (const FanDay &s : stored) {
        const auto it = std::find_if(
            days.cbegin(), days.cend(), [&](const FanDay &d) { return d.date == s.date; });
        if (it != days.cend() && !(*it == s))
            ++replaced;
    }
    const FanPeriodRow range { {}, days.constFirst().date, days.constLast().date, 0, 0, 0, 0 };
    QString text = tr("%1 · %n day(s): %2 new, %3 unfollowed, net %4; %5 followers at the end.",
        nullptr, int(days.size()))
                       .arg(fanlabels::periodRange(range), fanlabels::number(newFollow),
                           fanlabels::number(unfollow), fanlabels::signedNumber(net),
                           fanlabels::number(days.constLast().cumulative));
    if (replaced > 0)
        text += u' '
            + tr(
                "%n stored day(s) will be replaced by the file's figures (the change is recorded).",
                nullptr, replaced);
    m_status->setStyleSheet(u"color: #1f2329;"_s);
    m_status->setText(text);
    m_importButton->setEnabled(true);
}

void FanImportDialog::import()
{
    if (m_submitting || !m_result.ok() || m_result.days.isEmpty()
        || m_result.days.size() > kMaxDays)
        return;
    QJsonArray days;
    for (const FanDay &d : std::as_const(m_result.days))
        days.append(QJsonObject { { u"date"_s, d.date.toString(Qt::ISODate) },
            { u"new_follow"_s, d.newFollow }, { u"unfollow"_s, d.unfollow }, { u"net"_s, d.net },
            { u"cumulative"_s, d.cumulative } });
    const QString code = community();
    const QDate first = m_result.days.constFirst().date;
    const QDate last = m_result.days.constLast().date;
    m_submitting = true;
    m_importButton->setEnabled(false);
    m_context->submit(
        store::Command { u"fans.import"_s,
            QJsonObject { { u"community"_s, code }, { u"days"_s, days } }, std::nullopt },
        [this, code, first, last](const store::SubmitResult &r) {
            m_submitting = false;
            if (!r.ok()) {
                // The cache changed since the check (a sync brought other days):
                // the same rules, now refusing.
                const FanErrorCode problem
                    = fanErrorCodeFromName(r.errorCode).value_or(FanErrorCode::BadDate);
                showErrors({ FanImportError { 0, {}, problem, r.error } },
                    tr("The figures were not imported: %1").arg(problemLabel(problem)));
                return;
            }
            Q_EMIT imported(code, first, last);
            accept();
        });
}

} // namespace civic::ui
