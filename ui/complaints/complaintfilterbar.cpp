#include "complaintfilterbar.h"

#include "domain/chinatime.h"
#include "item/complaintlabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::ui {

namespace {

const QDate kNoDate(2000, 1, 1);

// "Open" groups the statuses still being worked on; the rest are the single statuses.
constexpr int kAllStatuses = -1;
constexpr int kOpenStatuses = -2;

QDateEdit *dateEdit(const QString &name, const QString &none, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    edit->setMinimumDate(kNoDate);
    // At the minimum the edit reads "不限": no bound.
    edit->setSpecialValueText(none);
    edit->setDate(kNoDate);
    return edit;
}

} // namespace

ComplaintFilterBar::ComplaintFilterBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"complaintFilterBar"_s);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);

    m_status = new QComboBox(this);
    m_status->setObjectName(u"statusCombo"_s);
    m_status->addItem(tr("All statuses"), kAllStatuses);
    m_status->addItem(tr("Open"), kOpenStatuses);
    for (const auto s : kAllComplaintStatuses)
        m_status->addItem(item::complaintStatusLabel(s), int(s));
    m_status->setCurrentIndex(0);
    m_status->setToolTip(tr("Status"));
    row->addWidget(m_status);

    m_category = new QComboBox(this);
    m_category->setObjectName(u"categoryCombo"_s);
    m_category->setToolTip(tr("Category"));
    setCategories(defaultComplaintCategories());
    row->addWidget(m_category);

    m_channel = new QComboBox(this);
    m_channel->setObjectName(u"channelCombo"_s);
    m_channel->setToolTip(tr("Channel"));
    m_channel->addItem(tr("All channels"), QString());
    for (const auto c : { ComplaintChannel::WeChat, ComplaintChannel::Photo,
             ComplaintChannel::Phone, ComplaintChannel::WalkIn, ComplaintChannel::Grid }) {
        const QString name = complaintChannelName(c);
        m_channel->addItem(item::complaintChannelLabel(name), name);
    }
    row->addWidget(m_channel);
    // Sized to a short label rather than the longest entry, so the bar fits a 1366-pixel
    // screen in either language; the open list still shows every entry in full.
    for (QComboBox *combo : { m_status, m_category, m_channel }) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(7);
    }

    const QString none = tr("Any date");
    m_from = dateEdit(u"fromDateEdit"_s, none, this);
    m_from->setToolTip(tr("Submitted from"));
    m_to = dateEdit(u"toDateEdit"_s, none, this);
    m_to->setToolTip(tr("Submitted until (inclusive)"));
    row->addWidget(m_from);
    auto *dash = new QLabel(u"–"_s, this);
    row->addWidget(dash);
    row->addWidget(m_to);

    m_overdue = new QCheckBox(tr("Overdue only"), this);
    m_overdue->setObjectName(u"overdueCheck"_s);
    row->addWidget(m_overdue);
    m_mine = new QCheckBox(tr("Handled at my level"), this);
    m_mine->setObjectName(u"mineCheck"_s);
    m_mine->setToolTip(tr("Only complaints my own unit is handling now"));
    row->addWidget(m_mine);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"searchEdit"_s);
    m_search->setPlaceholderText(tr("Search title, content, location"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(120);
    row->addWidget(m_search, 1);

    m_reset = new QToolButton(this);
    m_reset->setObjectName(u"resetFilterButton"_s);
    m_reset->setText(tr("Reset"));
    m_reset->setAutoRaise(true);
    row->addWidget(m_reset);

    // Typing searches after a pause, not on every key.
    m_typing.setSingleShot(true);
    m_typing.setInterval(350);
    connect(&m_typing, &QTimer::timeout, this, &ComplaintFilterBar::changed);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_typing.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_typing.stop();
        Q_EMIT changed();
    });
    for (QComboBox *combo : { m_status, m_category, m_channel })
        connect(combo, &QComboBox::currentIndexChanged, this, &ComplaintFilterBar::changed);
    for (QDateEdit *edit : { m_from, m_to })
        connect(edit, &QDateEdit::dateChanged, this, &ComplaintFilterBar::changed);
    for (QCheckBox *box : { m_overdue, m_mine })
        connect(box, &QCheckBox::toggled, this, &ComplaintFilterBar::changed);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            Q_EMIT changed();
    });
    connect(m_reset, &QToolButton::clicked, this, &ComplaintFilterBar::reset);
}

void ComplaintFilterBar::setCategories(const QStringList &categories)
{
    const QString current = m_category->currentData().toString();
    const QSignalBlocker block(m_category);
    m_category->clear();
    m_category->addItem(tr("All categories"), QString());
    for (const auto &c : categories)
        m_category->addItem(c, c);
    const int index = m_category->findData(current);
    m_category->setCurrentIndex(index < 0 ? 0 : index);
}

item::ComplaintFilter ComplaintFilterBar::filter(const QString &myPath) const
{
    item::ComplaintFilter f;
    const int status = m_status->currentData().toInt();
    if (status == kOpenStatuses) {
        for (const auto s : kAllComplaintStatuses) {
            if (isOpenStatus(s))
                f.statuses.append(s);
        }
    } else if (status >= 0) {
        f.statuses.append(ComplaintStatus(status));
    }
    f.category = m_category->currentData().toString();
    f.channel = m_channel->currentData().toString();
    // Dates are China dates (the offices' time); "until" includes its whole day.
    if (m_from->date() != kNoDate)
        f.from = parseChinaDate(m_from->date().toString(Qt::ISODate)).value_or(0);
    if (m_to->date() != kNoDate)
        f.to = parseChinaDate(m_to->date().addDays(1).toString(Qt::ISODate)).value_or(0);
    f.overdueOnly = m_overdue->isChecked();
    if (m_mine->isChecked())
        f.handlingPath = myPath;
    f.text = m_search->text().trimmed();
    return f;
}

bool ComplaintFilterBar::hasPeriod() const
{
    return m_from->date() != kNoDate || m_to->date() != kNoDate;
}

void ComplaintFilterBar::setOverdueOnly(bool on)
{
    m_overdue->setChecked(on);
}

void ComplaintFilterBar::reset()
{
    {
        const QSignalBlocker b1(m_status), b2(m_category), b3(m_channel), b4(m_from), b5(m_to),
            b6(m_overdue), b7(m_mine), b8(m_search);
        m_status->setCurrentIndex(0);
        m_category->setCurrentIndex(0);
        m_channel->setCurrentIndex(0);
        m_from->setDate(kNoDate);
        m_to->setDate(kNoDate);
        m_overdue->setChecked(false);
        m_mine->setChecked(false);
        m_search->clear();
    }
    Q_EMIT changed();
}

} // namespace civic::ui
