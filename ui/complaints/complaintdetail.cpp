#include "complaintdetail.h"

#include "clientcontext.h"
#include "complaintdialogs.h"
#include "complaintui.h"
#include "domain/chinatime.h"
#include "item/complaintlabels.h"
#include "theme.h"

#include <QCache>
#include <QDateTime>
#include <QDesktopServices>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::ui {

namespace {

constexpr int kThumb = 84;

QString chinaTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(kChinaOffsetSeconds))
        .toString(u"yyyy-MM-dd HH:mm"_s);
}

// Thumbnails of this session, by URL.
QCache<QString, QPixmap> &thumbnails()
{
    static QCache<QString, QPixmap> cache(200);
    return cache;
}

class ClickableLabel : public QLabel
{
public:
    using QLabel::QLabel;

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        const QString url = property("url").toString();
        if (event->button() == Qt::LeftButton && !url.isEmpty())
            QDesktopServices::openUrl(QUrl(url));
        QLabel::mouseReleaseEvent(event);
    }
};

QLabel *sectionCaption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setStyleSheet(u"color: #8c8c8c; font-size: 9pt; margin-top: 6px;"_s);
    return label;
}

QLabel *bodyLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    // Residents' and staff's words are text: a QLabel left on AutoText would render
    // "<img src=x onerror=…>" or "<b>" in a complaint as markup.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

PhotoStrip::PhotoStrip(QWidget *parent)
    : QWidget(parent)
    , m_network(new QNetworkAccessManager(this))
{
    setObjectName(u"photoStrip"_s);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);
    row->addStretch(1);
}

void PhotoStrip::setUrls(const QStringList &urls)
{
    // A sync re-reads the complaint; the same pictures stay as they are.
    if (urls == m_urls && !m_labels.isEmpty())
        return;
    m_urls = urls;
    qDeleteAll(m_labels);
    m_labels.clear();
    auto *row = static_cast<QHBoxLayout *>(layout());
    for (const auto &url : urls) {
        auto *label = new ClickableLabel(this);
        label->setFixedSize(kThumb, kThumb);
        label->setAlignment(Qt::AlignCenter);
        label->setProperty("url", url);
        label->setToolTip(url);
        label->setCursor(Qt::PointingHandCursor);
        label->setStyleSheet(
            u"background: #f0f1f3; border: 1px solid #e4e7ec; border-radius: 4px; color: #8c8c8c;"_s);
        label->setText(tr("Photo"));
        row->insertWidget(row->count() - 1, label);
        m_labels.append(label);
        load(url, label);
    }
}

void PhotoStrip::load(const QString &url, QLabel *label)
{
    if (const QPixmap *cached = thumbnails().object(url)) {
        label->setPixmap(*cached);
        return;
    }
    QNetworkRequest request { QUrl(url) };
    request.setTransferTimeout(15000);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    QPointer<QLabel> target(label);
    connect(reply, &QNetworkReply::finished, this, [reply, target, url] {
        reply->deleteLater();
        QPixmap pixmap;
        // A thumbnail only: pictures over 20 MB are not worth the wait.
        if (reply->error() != QNetworkReply::NoError || !pixmap.loadFromData(reply->read(20 << 20)))
            return;
        const QPixmap thumb
            = pixmap
                  .scaled(kThumb, kThumb, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation)
                  .copy(0, 0, kThumb, kThumb);
        thumbnails().insert(url, new QPixmap(thumb));
        if (target)
            target->setPixmap(thumb);
    });
}

ComplaintDetailPane::ComplaintDetailPane(ClientContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(u"complaintDetailPane"_s);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    m_empty = new QLabel(
        tr("Choose a complaint to see what the resident said, its timeline and what you can do."),
        this);
    m_empty->setObjectName(u"emptyState"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_stack->addWidget(m_empty);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *body = new QWidget(scroll);
    body->setObjectName(u"complaintDetailBody"_s);
    scroll->setWidget(body);
    m_stack->addWidget(scroll);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(4);

    auto *head = new QHBoxLayout;
    m_title = bodyLabel(body, u"complaintTitleLabel"_s);
    m_title->setStyleSheet(u"font-size: 13pt; font-weight: bold; color: #1f2329;"_s);
    head->addWidget(m_title, 1);
    m_status = new QLabel(body);
    m_status->setObjectName(u"complaintStatusLabel"_s);
    m_status->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    head->addWidget(m_status, 0, Qt::AlignTop);
    layout->addLayout(head);
    m_sla = new QLabel(body);
    m_sla->setObjectName(u"slaLabel"_s);
    layout->addWidget(m_sla);
    m_meta = bodyLabel(body, u"complaintMetaLabel"_s);
    m_meta->setStyleSheet(u"color: #646a73;"_s);
    layout->addWidget(m_meta);

    layout->addWidget(sectionCaption(tr("Resident"), body));
    auto *who = new QHBoxLayout;
    m_resident = bodyLabel(body, u"residentLabel"_s);
    m_phone = bodyLabel(body, u"phoneLabel"_s);
    who->addWidget(m_resident);
    who->addWidget(m_phone);
    who->addStretch(1);
    layout->addLayout(who);
    m_location = bodyLabel(body, u"locationLabel"_s);
    m_location->setStyleSheet(u"color: #646a73;"_s);
    layout->addWidget(m_location);

    layout->addWidget(sectionCaption(tr("What the resident said"), body));
    m_content = bodyLabel(body, u"contentLabel"_s);
    m_content->setStyleSheet(
        u"background: #fafafb; border: 1px solid #eef0f3; border-radius: 4px; padding: 8px;"_s);
    layout->addWidget(m_content);
    m_photosCaption = sectionCaption(tr("Photos"), body);
    layout->addWidget(m_photosCaption);
    m_photos = new PhotoStrip(body);
    layout->addWidget(m_photos);
    m_outcome = bodyLabel(body, u"outcomeLabel"_s);
    m_outcome->setTextFormat(Qt::RichText); // built from escaped text (showComplaint)
    layout->addWidget(m_outcome);

    layout->addWidget(sectionCaption(tr("Actions"), body));
    auto *actions = new QWidget(body);
    m_actionsGrid = new QGridLayout(actions);
    m_actionsGrid->setContentsMargins(0, 0, 0, 0);
    m_actionsGrid->setHorizontalSpacing(6);
    m_actionsGrid->setVerticalSpacing(6);
    for (const auto action : complaints::kPaneActions) {
        auto *button = new QPushButton(complaints::actionLabel(action), actions);
        button->setObjectName(complaints::actionObjectName(action));
        if (action == ComplaintAction::Reply || action == ComplaintAction::Resolve)
            button->setProperty("primary", true);
        connect(button, &QPushButton::clicked, this, [this, action] { openAction(action); });
        m_buttons.insert(int(action), button);
    }
    layout->addWidget(actions);

    layout->addWidget(sectionCaption(tr("Timeline"), body));
    m_timeline = new QTextBrowser(body);
    m_timeline->setObjectName(u"timelineView"_s);
    m_timeline->setOpenLinks(false);
    m_timeline->setFrameShape(QFrame::NoFrame);
    m_timeline->setMinimumHeight(220);
    m_timeline->setStyleSheet(u"QTextBrowser { background: transparent; border: none; }"_s);
    layout->addWidget(m_timeline, 1);
}

QString ComplaintDetailPane::unitName(const QString &code) const
{
    return m_context->unitName(code);
}

void ComplaintDetailPane::showComplaint(const QString &id)
{
    m_id = id;
    reload();
}

void ComplaintDetailPane::reload()
{
    m_complaint = m_id.isEmpty() ? std::nullopt : item::loadComplaint(m_context->database(), m_id);
    if (!m_complaint) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    const item::ComplaintDetail &c = *m_complaint;
    const ComplaintState &s = c.state;
    m_title->setText(c.title);
    const QColor statusColor = complaints::statusColor(s.status);
    m_status->setText(item::complaintStatusLabel(s.status));
    m_status->setStyleSheet(
        u"color: white; background: %1; border-radius: 9px; padding: 2px 10px;"_s.arg(
            statusColor.name()));

    QStringList meta;
    meta << u"%1 · %2"_s.arg(c.category, item::complaintChannelLabel(c.channel));
    QString place = unitName(s.communityCode);
    if (!s.gridCode.isEmpty())
        place += u" · "_s + unitName(s.gridCode);
    meta << tr("%1, submitted %2").arg(place, chinaTime(s.submittedAt));
    meta << tr("Handled by %1 (%2)")
                .arg(unitName(s.handlingCode), item::handlingLevelLabel(s.handlingLevel));
    if (!s.assignee.isEmpty()) {
        const auto workers = item::assignableWorkers(m_context->database(), s);
        QString name = s.assignee;
        for (const auto &w : workers) {
            if (w.code == s.assignee)
                name = w.name;
        }
        meta << tr("Assigned to %1").arg(name);
    }
    if (s.urgeCount > 0)
        meta << tr("Urged %n time(s)", nullptr, s.urgeCount);
    if (!s.mergedInto.isEmpty())
        meta << tr("Merged into %1").arg(s.mergedInto.left(8));
    if (!s.mergedFrom.isEmpty())
        meta << tr("%n duplicate(s) merged into this one", nullptr, int(s.mergedFrom.size()));
    if (s.satisfaction)
        meta << tr("Resident: %1").arg(item::satisfactionLabel(*s.satisfaction));
    if (s.serviceExample)
        meta << tr("Service example");
    meta << tr("No. %1").arg(s.id.left(8));
    m_meta->setText(meta.join(u"\n"_s));

    m_resident->setText(s.nickname.isEmpty() ? tr("(no nickname)") : s.nickname);
    // API.md §Reads: masked for everyone but the handling unit; the server decides, the cache
    // holds what it sent.
    m_phone->setText(c.phone.isEmpty() ? QString() : u"☎ "_s + c.phone);
    m_phone->setToolTip(
        c.phone.contains(u'*') ? tr("Shown in full to the handling unit only") : QString());
    m_location->setText(c.location.isEmpty() ? QString() : tr("Location: %1").arg(c.location));
    m_location->setVisible(!c.location.isEmpty());
    m_content->setText(s.content);
    m_photos->setUrls(c.photos);
    m_photos->setVisible(!c.photos.isEmpty());
    m_photosCaption->setVisible(!c.photos.isEmpty());
    if (!s.resolution.isEmpty() || !s.finalReply.isEmpty()) {
        m_outcome->setText(
            u"<div style='margin-top:6px'><span style='color:#8c8c8c'>%1</span><br>%2<br>"
            u"<span style='color:#8c8c8c'>%3</span><br>%4</div>"_s.arg(
                tr("Resolution").toHtmlEscaped(), s.resolution.toHtmlEscaped(),
                tr("Final reply to the resident").toHtmlEscaped(), s.finalReply.toHtmlEscaped()));
        m_outcome->show();
    } else {
        m_outcome->hide();
    }
    refreshSla();

    // The actions: hidden when the role never takes them, disabled with the reason.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const auto action : complaints::kPaneActions) {
        QPushButton *button = m_buttons.value(int(action));
        const auto a = complaints::availability(
            m_context->actor(), c, action, now, unitName(s.handlingCode));
        button->setVisible(a.visible);
        button->setEnabled(a.enabled);
        button->setToolTip(a.enabled ? QString() : a.reason);
    }
    layoutButtons();
    fillTimeline(item::loadComplaintEvents(m_context->database(), m_id));
}

void ComplaintDetailPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutButtons();
}

void ComplaintDetailPane::layoutButtons()
{
    // As many buttons to a row as the pane's width takes.
    int widest = 0;
    for (const QPushButton *button : std::as_const(m_buttons))
        widest = std::max(widest, button->sizeHint().width());
    const int columns = std::clamp(
        (width() - 40) / std::max(1, widest + m_actionsGrid->horizontalSpacing()), 2, 5);
    int position = 0;
    for (const auto action : complaints::kPaneActions) {
        QPushButton *button = m_buttons.value(int(action));
        m_actionsGrid->removeWidget(button);
        if (button->isHidden())
            continue;
        m_actionsGrid->addWidget(button, position / columns, position % columns);
        ++position;
    }
}

void ComplaintDetailPane::refreshSla()
{
    if (!m_complaint)
        return;
    const ComplaintState &s = m_complaint->state;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const SlaState sla = slaState(s, now);
    const bool merged = !s.mergedInto.isEmpty();
    QString text = merged ? QString() : item::slaText(sla, s.dueAt, now);
    if (!merged && (sla == SlaState::Pending || sla == SlaState::Amber || sla == SlaState::Overdue))
        text = tr("Reply by %1 · %2").arg(chinaTime(s.dueAt), text);
    else if (s.firstReplyAt)
        text = tr("First reply %1 · %2").arg(chinaTime(*s.firstReplyAt), text);
    m_sla->setText(text);
    const bool strong = sla == SlaState::Overdue || sla == SlaState::Amber;
    m_sla->setStyleSheet(u"color: %1; %2"_s.arg(
        complaints::slaColor(sla).name(), strong ? u"font-weight: bold;"_s : QString()));
    m_sla->setVisible(!text.isEmpty());
}

void ComplaintDetailPane::fillTimeline(const QList<item::ComplaintEventRow> &events)
{
    QString html;
    // Newest first: the latest step is what the reader needs.
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        const item::ComplaintEventRow &e = *it;
        QString what = item::complaintEventLabel(e.type);
        const QString from = e.data.value(u"from"_s).toString();
        const QString to = e.data.value(u"to"_s).toString();
        if (!to.isEmpty()
            && (e.type == u"escalate" || e.type == u"transfer" || e.type == u"return"
                || e.type == u"take_over" || e.type == u"object"))
            what += u" "_s + tr("%1 → %2").arg(unitName(from), unitName(to));
        if (e.type == u"satisfaction")
            what += u"：%1"_s.arg(item::satisfactionLabel(e.data.value(u"value"_s).toString()));
        if (e.type == u"merge" && e.data.contains(u"into"_s))
            what += u" → %1"_s.arg(e.data.value(u"into"_s).toString().left(8));
        const bool internal = e.type == u"note";
        const QString who
            = e.actor.isEmpty() ? unitName(e.unit) : u"%1（%2）"_s.arg(e.actor, unitName(e.unit));
        html += u"<p style='margin-top:10px; margin-bottom:0px'><span "
                u"style='color:#8c8c8c'>%1</span>&nbsp;&nbsp;<b>%2</b>"
                u"&nbsp;&nbsp;<span style='color:#646a73'>%3</span>"_s.arg(
                    chinaTime(e.at), what.toHtmlEscaped(), who.toHtmlEscaped());
        if (internal)
            html += u"&nbsp;<span style='color:#fa8c16'>%1</span>"_s.arg(
                tr("staff only").toHtmlEscaped());
        QString text = e.type == u"create" ? QString() : e.text;
        if (e.type == u"resolve") {
            text = tr("Resolution: %1").arg(e.text) + u"\n"_s
                + tr("Reply to the resident: %1").arg(e.data.value(u"reply"_s).toString());
        }
        html += u"</p>"_s;
        if (!text.isEmpty()) {
            html
                += u"<p style='margin-top:2px; margin-bottom:0px; margin-left:12px; color:#1f2329'>%1</p>"_s
                       .arg(text.toHtmlEscaped().replace(u"\n"_s, u"<br>"_s));
        }
    }
    if (html.isEmpty())
        html = tr("No events yet.").toHtmlEscaped();
    m_timeline->setHtml(html);
}

void ComplaintDetailPane::openAction(ComplaintAction action)
{
    if (!m_complaint)
        return;
    auto *dialog = new ComplaintActionDialog(m_context, *m_complaint, action, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ComplaintActionDialog::submitted, this, [this, action] {
        reload();
        Q_EMIT actionSubmitted(action);
    });
    dialog->open();
}

} // namespace civic::ui
