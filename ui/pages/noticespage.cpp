// 信息发布: the notices page and its dashboard section (PRODUCT.md §3, §6).

// Relative, so lupdate finds the class (and its namespace) from this file.
#include "../notices/noticespage.h"

#include "clientcontext.h"
#include "domain/chinatime.h"
#include "domain/permissions.h"
#include "item/noticerecords.h"
#include "item/orgtreemodel.h"
#include "labels.h"
#include "notices/noticedetailview.h"
#include "notices/noticeeditor.h"
#include "notices/noticelabels.h"
#include "notices/noticesettingsview.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTabBar>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace civic::domain;
using civic::item::NoticeListModel;

namespace civic::ui {

namespace {

QString pageText(const char *text)
{
    return QCoreApplication::translate("civic::ui::NoticesPage", text);
}

// A queue row: the title and a state pill, and under them what the queue is about (who
// reviews and until when, when it was published and how often read, when it last changed).
class NoticeDelegate : public QStyledItemDelegate
{
public:
    NoticeDelegate(ClientContext *context, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_context(context)
    {
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const QFontMetrics fm(option.font);
        return QSize(200, 2 * fm.height() + 26);
    }

    void paint(
        QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        const QRect r = option.rect;
        if (option.state & QStyle::State_Selected)
            p->fillRect(r, QColor(0xe6, 0xf0, 0xff));
        else if (option.state & QStyle::State_MouseOver)
            p->fillRect(r, QColor(0xf5, 0xf6, 0xf8));
        p->setPen(QColor(0xf0, 0xf0, 0xf0));
        p->drawLine(r.bottomLeft(), r.bottomRight());

        const auto state = noticeStateFromName(index.data(NoticeListModel::StateRole).toString())
                               .value_or(NoticeState::Draft);
        const bool overdue = index.data(NoticeListModel::OverdueRole).toBool();
        const int step = index.data(NoticeListModel::StepRole).toInt();
        QString pill = noticeStateLabel(state);
        QColor color = noticeStateColor(state);
        if (state == NoticeState::InReview && step > 0)
            pill = reviewStepName(step);
        if (overdue) {
            pill = QCoreApplication::translate("civic::ui::NoticesPage", "Overdue");
            color = QColor(0xe5, 0x48, 0x4d);
        }
        QFont small = option.font;
        small.setPointSizeF(option.font.pointSizeF() * 0.85);
        const QFontMetrics smallFm(small);
        const int pillW = smallFm.horizontalAdvance(pill) + 14;
        const int pillH = smallFm.height() + 4;
        const QRect content = r.adjusted(12, 8, -12, -8);
        const QRect pillRect(content.right() - pillW, content.top() + 1, pillW, pillH);
        p->setPen(Qt::NoPen);
        QColor fill = color;
        fill.setAlpha(28);
        p->setBrush(fill);
        p->drawRoundedRect(pillRect, pillH / 2.0, pillH / 2.0);
        p->setFont(small);
        p->setPen(color);
        p->drawText(pillRect, Qt::AlignCenter, pill);

        QFont bold = option.font;
        bold.setBold(true);
        const QFontMetrics boldFm(bold);
        p->setFont(bold);
        p->setPen(QColor(0x1f, 0x23, 0x29));
        QString title = index.data(NoticeListModel::TitleRole).toString();
        if (title.isEmpty())
            title = QCoreApplication::translate("civic::ui::NoticesPage", "(no title)");
        const QRect titleRect(
            content.left(), content.top(), content.width() - pillW - 8, boldFm.height() + 2);
        p->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
            boldFm.elidedText(title, Qt::ElideRight, titleRect.width()));

        QStringList meta;
        meta << noticeCategoryLabel(index.data(NoticeListModel::CategoryRole).toString())
             << m_context->unitName(index.data(NoticeListModel::UnitRole).toString());
        if (state == NoticeState::InReview) {
            const auto role = roleFromName(index.data(NoticeListModel::StepRoleRole).toString());
            if (role)
                meta << roleLabel(*role);
            meta << QCoreApplication::translate("civic::ui::NoticesPage", "due %1")
                        .arg(noticeTime(index.data(NoticeListModel::StepDueAtRole).toLongLong()));
        } else if (state == NoticeState::Published) {
            meta << noticeTime(index.data(NoticeListModel::PublishedAtRole).toLongLong());
            meta << QCoreApplication::translate("civic::ui::NoticesPage", "%1 reads")
                        .arg(QLocale().toString(
                            index.data(NoticeListModel::ReadsRole).toLongLong()));
        } else {
            const QString author = index.data(NoticeListModel::AuthorNameRole).toString();
            if (!author.isEmpty())
                meta << author;
            meta << noticeTime(index.data(NoticeListModel::UpdatedAtRole).toLongLong());
        }
        const QFontMetrics fm(option.font);
        p->setFont(option.font);
        p->setPen(overdue ? QColor(0xcf, 0x13, 0x22) : QColor(0x8c, 0x8c, 0x8c));
        const QRect metaRect(
            content.left(), content.bottom() - fm.height(), content.width(), fm.height() + 1);
        p->drawText(metaRect, Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(meta.join(u" · "_s), Qt::ElideRight, metaRect.width()));
        p->restore();
    }

private:
    ClientContext *m_context;
};

int countOf(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const auto &b : binds)
        q.addBindValue(b);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

} // namespace

NoticesPage::NoticesPage(ClientContext *context, QWidget *parent)
    : Page(context, parent)
    , m_model(new NoticeListModel(this))
{
    setObjectName(u"noticesPage"_s);
    item::registerNoticeBadges();
    context->orgTree()->refreshBadges();
    m_model->setDatabase(context->database());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(10);

    auto *top = new QHBoxLayout;
    // The window's header names the page; this line says how a notice travels (seed 001).
    auto *flow = new QLabel(
        tr("Topic chosen by the community, written by its social worker, first review by the "
           "director, second by the street, published by the community."),
        this);
    flow->setObjectName(u"pageSubtitle"_s);
    flow->setWordWrap(true);
    top->addWidget(flow, 1, Qt::AlignVCenter);
    m_settingsButton = new QPushButton(tr("Chains and sensitive words"), this);
    m_settingsButton->setObjectName(u"noticeSettingsButton"_s);
    m_settingsButton->setToolTip(
        tr("The district's review chains per category and its sensitive-word list"));
    m_new = new QPushButton(tr("New notice"), this);
    m_new->setObjectName(u"newNoticeButton"_s);
    m_new->setStyleSheet(
        u"QPushButton { background: #1677ff; color: white; border-color: #1677ff; }"
        u" QPushButton:hover { background: #4096ff; color: white; }"
        u" QPushButton:disabled { background: #f5f5f5; color: #bfbfbf; border-color: #e4e7ec; }"_s);
    top->addWidget(m_settingsButton, 0, Qt::AlignVCenter);
    top->addWidget(m_new, 0, Qt::AlignVCenter);
    layout->addLayout(top);

    m_notifications = new QLabel(this);
    m_notifications->setObjectName(u"noticeNotificationsLabel"_s);
    m_notifications->setWordWrap(true);
    m_notifications->setTextFormat(Qt::RichText);
    m_notifications->setStyleSheet(
        u"QLabel { background: #fff1f0; border: 1px solid #ffccc7; border-radius: 4px; padding: 6px 10px; color: #a8071a; }"_s);
    m_notifications->hide();
    connect(m_notifications, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(u"notice:"))
            openNotice(link.mid(7));
    });
    layout->addWidget(m_notifications);

    m_main = new QStackedWidget(this);
    layout->addWidget(m_main, 1);

    m_splitter = new QSplitter(Qt::Horizontal, m_main);
    m_splitter->setChildrenCollapsible(false);
    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(6);
    m_queues = new QTabBar(left);
    m_queues->setObjectName(u"noticeQueueTabs"_s);
    m_queues->setExpanding(false);
    m_queues->setDrawBase(true);
    m_queues->setDocumentMode(true);
    m_queues->setStyleSheet(u"QTabBar::tab { padding: 6px 9px; }"_s);
    m_queues->addTab(tr("Awaiting my review"));
    m_queues->addTab(tr("My drafts"));
    m_queues->addTab(tr("In review"));
    m_queues->addTab(tr("Published"));
    m_queues->setTabToolTip(
        InReviewTab, tr("In review under the selected unit: who reviews now and until when"));
    m_queues->setTabToolTip(PublishedTab, tr("Published under the selected unit, newest first"));
    leftLayout->addWidget(m_queues);
    m_search = new QLineEdit(left);
    m_search->setObjectName(u"noticeSearchEdit"_s);
    m_search->setPlaceholderText(tr("Search titles…"));
    m_search->setClearButtonEnabled(true);
    leftLayout->addWidget(m_search);
    m_empty = new QLabel(left);
    m_empty->setObjectName(u"emptyState"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_empty->setContentsMargins(12, 24, 12, 12);
    leftLayout->addWidget(m_empty);
    m_list = new QListView(left);
    m_list->setObjectName(u"noticeList"_s);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new NoticeDelegate(context, m_list));
    m_list->setUniformItemSizes(true);
    m_list->setMouseTracking(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    leftLayout->addWidget(m_list, 1);
    left->setMinimumWidth(340);

    m_detailStack = new QStackedWidget(m_splitter);
    m_detailStack->setContentsMargins(10, 0, 0, 0);
    m_noSelection
        = new QLabel(tr("Choose a notice on the left, or write a new one."), m_detailStack);
    m_noSelection->setObjectName(u"emptyState"_s);
    m_noSelection->setAlignment(Qt::AlignCenter);
    m_noSelection->setWordWrap(true);
    m_detail = new NoticeDetailView(context, m_detailStack);
    m_detailStack->addWidget(m_noSelection);
    m_detailStack->addWidget(m_detail);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detailStack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 400, 680 });
    m_main->addWidget(m_splitter);

    m_settings = new NoticeSettingsView(context, m_main);
    m_main->addWidget(m_settings);
    connect(m_settings, &NoticeSettingsView::backRequested, this,
        [this] { m_main->setCurrentIndex(0); });

    // Who may do what, as the server will decide it (PRODUCT.md §1, §3).
    Subject own;
    own.kind = Kind::Notice;
    own.unitPath = context->actor().unitPath;
    own.unitLevel = context->actor().unitLevel;
    own.ownerId = context->actor().userId;
    m_new->setVisible(context->may(Action::NoticeSave, own));
    const Role role = context->actor().role;
    m_settingsButton->setVisible(role == Role::District || role == Role::City);
    const bool reviews = role == Role::Director || role == Role::Street || role == Role::District
        || role == Role::City;
    m_queues->setTabVisible(AwaitingTab, reviews);

    auto *searchTimer = new QTimer(this);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, searchTimer, qOverload<>(&QTimer::start));
    connect(searchTimer, &QTimer::timeout, this, &NoticesPage::reload);
    connect(m_queues, &QTabBar::currentChanged, this, &NoticesPage::reload);
    connect(m_queues, &QTabBar::tabBarClicked, this, [this] { m_queueChosen = true; });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &NoticesPage::selectionChanged);
    connect(m_new, &QPushButton::clicked, this, &NoticesPage::newNotice);
    connect(m_settingsButton, &QPushButton::clicked, this, &NoticesPage::showSettings);
    connect(m_detail, &NoticeDetailView::noticeOpened, this, [this] { reload(); });
    connect(m_detail, &NoticeDetailView::closed, this,
        [this] { m_detailStack->setCurrentWidget(m_noSelection); });
    connect(context, &ClientContext::currentUnitChanged, this, [this] {
        reload();
        refreshCounts();
        m_settingsButton->setEnabled(!settingsDistrict().isEmpty());
    });
    connect(context, &ClientContext::cacheChanged, this, [this](const QStringList &kinds) {
        const bool notices = kinds.contains(u"notice"_s) || kinds.contains(u"notice_revision"_s)
            || kinds.contains(u"review"_s) || kinds.contains(u"org_unit"_s);
        if (notices) {
            reload();
            refreshCounts();
            if (m_detailStack->currentWidget() == m_detail)
                m_detail->refresh();
        }
        if (kinds.contains(u"review_chain_config"_s) || kinds.contains(u"sensitive_words"_s)) {
            m_detail->editor()->reloadSettings();
            if (m_main->currentWidget() == m_settings)
                m_settings->refresh();
        }
        if (notices || kinds.contains(u"notification"_s))
            refreshNotifications();
    });

    m_settingsButton->setEnabled(!settingsDistrict().isEmpty());
    refreshCounts();
    {
        const QSignalBlocker block(m_queues);
        m_queues->setCurrentIndex(reviews && m_awaiting > 0 ? AwaitingTab : MineTab);
    }
    reload();
    refreshNotifications();
    recoverDrafts();
}

QString NoticesPage::title() const
{
    return tr("Notices");
}

NoticesPage::QueueTab NoticesPage::currentQueue() const
{
    return QueueTab(m_queues->currentIndex());
}

void NoticesPage::showQueue(QueueTab tab)
{
    m_queueChosen = true;
    m_main->setCurrentIndex(0);
    if (m_queues->currentIndex() == tab)
        reload();
    else
        m_queues->setCurrentIndex(tab);
}

void NoticesPage::reload()
{
    static const NoticeListModel::Queue queues[]
        = { NoticeListModel::Queue::AwaitingMe, NoticeListModel::Queue::Mine,
              NoticeListModel::Queue::InReview, NoticeListModel::Queue::Published };
    const QString current = m_list->currentIndex().data(NoticeListModel::IdRole).toString();
    const NoticeListModel::Queue queue = queues[std::clamp(m_queues->currentIndex(), 0, 3)];
    const bool sameQuery = queue == m_model->queue() && m_search->text() == m_lastSearch
        && context()->currentUnitPath() == m_lastUnitPath;
    m_lastSearch = m_search->text();
    m_lastUnitPath = context()->currentUnitPath();
    m_model->setQuery(queue, context()->actor(), m_lastUnitPath, m_lastSearch);
    {
        // Keep the user's place without reopening the notice (the detail refreshes itself).
        const QSignalBlocker block(m_list->selectionModel());
        const int scrolled = m_list->verticalScrollBar()->value();
        m_model->reload();
        if (sameQuery)
            m_list->verticalScrollBar()->setValue(scrolled);
        const int row = m_model->rowOf(current.isEmpty() ? m_detail->noticeId() : current);
        if (row >= 0)
            m_list->setCurrentIndex(m_model->index(row));
    }
    static const char *const empty[] = {
        QT_TRANSLATE_NOOP("civic::ui::NoticesPage", "Nothing awaits your review."),
        QT_TRANSLATE_NOOP("civic::ui::NoticesPage",
            "No drafts. “New notice” starts one; it is kept as you type."),
        QT_TRANSLATE_NOOP("civic::ui::NoticesPage", "Nothing is in review under this unit."),
        QT_TRANSLATE_NOOP("civic::ui::NoticesPage", "Nothing published under this unit yet."),
    };
    const bool none = m_model->rowCount() == 0;
    m_empty->setText(pageText(empty[std::clamp(m_queues->currentIndex(), 0, 3)]));
    m_empty->setVisible(none);
    m_list->setVisible(!none);
}

void NoticesPage::refreshCounts()
{
    const auto &actor = context()->actor();
    const QSqlDatabase db = context()->database();
    const int awaiting = item::awaitingReviewCount(db, actor);
    const int mine
        = countOf(db, u"SELECT count(*) FROM notice WHERE author = ? AND state <> 'published'"_s,
            { actor.userId });
    const QString unit = context()->currentUnitPath();
    const int inReview = countOf(db,
        u"SELECT count(*) FROM notice WHERE state = 'in_review' AND unit_path >= ? AND unit_path < ?"_s,
        { unit, subtreeEnd(unit) });
    m_queues->setTabText(AwaitingTab,
        awaiting > 0 ? tr("Awaiting my review %1").arg(awaiting) : tr("Awaiting my review"));
    m_queues->setTabText(MineTab, mine > 0 ? tr("My drafts %1").arg(mine) : tr("My drafts"));
    m_queues->setTabText(
        InReviewTab, inReview > 0 ? tr("In review %1").arg(inReview) : tr("In review"));
    if (awaiting != m_awaiting) {
        m_awaiting = awaiting;
        Q_EMIT navigationBadgeChanged();
    }
    // A reviewer starts in 待我审核 when something waits (also when it arrives with the first
    // sync after signing in), until they choose another queue themselves.
    if (!m_queueChosen && awaiting > 0 && m_queues->isTabVisible(AwaitingTab)
        && m_queues->currentIndex() != AwaitingTab)
        m_queues->setCurrentIndex(AwaitingTab);
}

void NoticesPage::refreshNotifications()
{
    // PRODUCT.md §3: a rejection notifies the author (the `notification` kind); shown here
    // while the notice is still back with them.
    QSqlQuery q(context()->database());
    q.prepare(u"SELECT data FROM notification WHERE type = 'notice.rejected' AND user_id = ?"
              u" ORDER BY created_at DESC LIMIT 20"_s);
    q.addBindValue(context()->actor().userId);
    QStringList lines;
    QStringList seen;
    if (q.exec()) {
        while (q.next() && lines.size() < 3) {
            const QJsonObject data
                = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
            const QString id = data.value(u"ref_id"_s).toString();
            if (seen.contains(id))
                continue;
            seen.append(id);
            const auto row = item::loadNoticeRow(context()->database(), id);
            if (!row || row->notice.state != NoticeState::Rejected)
                continue;
            lines.append(tr("“%1” was returned: %2 <a href=\"notice:%3\">Open</a>")
                             .arg(row->notice.content.title.toHtmlEscaped(),
                                 data.value(u"body"_s).toString().toHtmlEscaped(), id));
        }
    }
    m_notifications->setText(lines.join(u"<br/>"_s));
    m_notifications->setVisible(!lines.isEmpty());
}

void NoticesPage::recoverDrafts()
{
    // PRODUCT.md §7: nothing typed is lost. What an editor kept in the drafts when the program
    // ended (a crash, a closed window) is saved as the notice now; an edit of a notice that
    // changed elsewhere since waits in its draft until the notice is opened.
    QSqlQuery q(context()->database());
    if (!q.exec(u"SELECT key, value FROM drafts WHERE key LIKE 'notices/editor/%'"_s))
        return;
    QList<std::pair<QString, QJsonObject>> drafts;
    while (q.next())
        drafts.append({ q.value(0).toString(),
            QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object() });
    for (const auto &[key, draft] : std::as_const(drafts)) {
        const QString id = draft.value(u"id"_s).toString();
        if (id.isEmpty())
            continue;
        NoticeContent content;
        content.title = draft.value(u"title"_s).toString();
        content.category = draft.value(u"category"_s).toString();
        content.bodyHtml = draft.value(u"body_html"_s).toString();
        if (draft.value(u"scheduled_at"_s).isString())
            content.scheduledAt = parseIsoTime(draft.value(u"scheduled_at"_s).toString());
        const qint64 base = draft.value(u"base_version"_s).toInteger();
        const auto row = item::loadNoticeRow(context()->database(), id);
        if (row && row->notice.content == content) {
            context()->removeDraft(key);
            continue;
        }
        const bool create = !row && base == 0;
        const bool edit = row && row->version == base
            && row->notice.authorId == context()->actor().userId
            && (row->notice.state == NoticeState::Draft
                || row->notice.state == NoticeState::Rejected
                || row->notice.state == NoticeState::Withdrawn);
        if (!create && !edit)
            continue;
        QJsonObject payload { { u"id"_s, id }, { u"unit"_s, draft.value(u"unit"_s).toString() },
            { u"category"_s, content.category }, { u"title"_s, content.title },
            { u"body_html"_s, content.bodyHtml },
            { u"scheduled_at"_s, draft.value(u"scheduled_at"_s) } };
        if (!draft.value(u"corrects"_s).toString().isEmpty())
            payload.insert(u"corrects"_s, draft.value(u"corrects"_s).toString());
        const std::optional<qint64> baseVersion
            = create ? std::nullopt : std::optional<qint64>(base);
        ClientContext *ctx = context();
        ctx->submit(store::Command { u"notice.save"_s, payload, baseVersion },
            [ctx, key](const store::SubmitResult &r) {
                if (r.ok())
                    ctx->removeDraft(key);
            });
    }
}

void NoticesPage::selectionChanged()
{
    const QString id = m_list->currentIndex().data(NoticeListModel::IdRole).toString();
    if (id.isEmpty())
        return;
    openNotice(id);
}

void NoticesPage::openNotice(const QString &id)
{
    m_main->setCurrentIndex(0);
    if (id != m_detail->noticeId() || m_detailStack->currentWidget() != m_detail) {
        if (!m_detail->showNotice(id))
            return;
    }
    m_detailStack->setCurrentWidget(m_detail);
    const int row = m_model->rowOf(id);
    if (row >= 0 && m_list->currentIndex().row() != row) {
        const QSignalBlocker block(m_list->selectionModel());
        m_list->setCurrentIndex(m_model->index(row));
    }
}

void NoticesPage::newNotice()
{
    m_main->setCurrentIndex(0);
    m_detail->startNew(context()->actor().unitCode);
    m_detailStack->setCurrentWidget(m_detail);
    {
        const QSignalBlocker block(m_list->selectionModel());
        m_list->clearSelection();
        m_list->setCurrentIndex(QModelIndex());
    }
    if (m_queues->currentIndex() != MineTab)
        m_queues->setCurrentIndex(MineTab);
    m_queueChosen = true;
}

QString NoticesPage::settingsDistrict() const
{
    // A district office edits its own district; the city the district it has selected.
    const auto &actor = context()->actor();
    if (actor.role == Role::District)
        return actor.unitCode;
    if (actor.role != Role::City)
        return {};
    const auto *tree = &context()->orgTree()->tree();
    QStringList chain = tree->ancestors(context()->currentUnit());
    chain.append(context()->currentUnit());
    for (const auto &code : std::as_const(chain)) {
        const auto *unit = context()->orgTree()->unit(code);
        if (unit && unit->level == Level::District)
            return code;
    }
    return {};
}

void NoticesPage::showSettings()
{
    const QString district = settingsDistrict();
    if (district.isEmpty())
        return;
    m_detail->leave();
    m_settings->showDistrict(district);
    m_main->setCurrentWidget(m_settings);
}

Page *createNoticesPage(ClientContext *context)
{
    return new NoticesPage(context);
}

QWidget *createNoticesDashboardSection(ClientContext *context)
{
    // PRODUCT.md §6: notices awaiting my review, my drafts, overdue reviews below me, and what
    // was published this month.
    auto *panel = new QFrame;
    panel->setObjectName(u"panel"_s);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(16, 12, 16, 14);
    auto *caption = new QLabel(
        QCoreApplication::translate("civic::ui::NoticesDashboardSection", "Notices"), panel);
    caption->setObjectName(u"cardLabel"_s);
    layout->addWidget(caption);
    auto *cards = new QHBoxLayout;
    cards->setSpacing(12);
    layout->addLayout(cards);
    struct Card
    {
        QLabel *value;
        QLabel *label;
    };
    QList<Card> list;
    const char *const names[] = {
        QT_TRANSLATE_NOOP("civic::ui::NoticesDashboardSection", "Awaiting my review"),
        QT_TRANSLATE_NOOP("civic::ui::NoticesDashboardSection", "My drafts and returned"),
        QT_TRANSLATE_NOOP("civic::ui::NoticesDashboardSection", "Reviews overdue in my area"),
        QT_TRANSLATE_NOOP("civic::ui::NoticesDashboardSection", "Published in the last 30 days"),
    };
    const QStringList objectNames = { u"awaitingReviewCard"_s, u"myDraftsCard"_s,
        u"overdueReviewsCard"_s, u"publishedCard"_s };
    for (int i = 0; i < 4; ++i) {
        auto *card = new QFrame(panel);
        card->setObjectName(objectNames.at(i));
        card->setStyleSheet(
            u"QFrame#%1 { background: #fafafa; border: 1px solid #eef0f3; border-radius: 6px; }"_s
                .arg(objectNames.at(i)));
        auto *cardLayout = new QVBoxLayout(card);
        cardLayout->setContentsMargins(12, 8, 12, 8);
        auto *value = new QLabel(u"0"_s, card);
        value->setObjectName(u"cardValue"_s);
        auto *label = new QLabel(
            QCoreApplication::translate("civic::ui::NoticesDashboardSection", names[i]), card);
        label->setObjectName(u"cardLabel"_s);
        label->setWordWrap(true);
        cardLayout->addWidget(value);
        cardLayout->addWidget(label);
        cards->addWidget(card, 1);
        list.append(Card { value, label });
    }
    // Community workers never review (PRODUCT.md §3: the director, the street, the district).
    const Role role = context->actor().role;
    list.at(0).value->parentWidget()->setVisible(role == Role::Director || role == Role::Street
        || role == Role::District || role == Role::City);
    const auto refresh = [context, list] {
        const auto &actor = context->actor();
        const QSqlDatabase db = context->database();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QString unit = context->currentUnitPath();
        list.at(0).value->setText(QString::number(item::awaitingReviewCount(db, actor)));
        list.at(1).value->setText(QString::number(countOf(db,
            u"SELECT count(*) FROM notice WHERE author = ? AND state IN ('draft', 'rejected', 'withdrawn')"_s,
            { actor.userId })));
        const int overdue = countOf(db,
            u"SELECT count(*) FROM notice WHERE state = 'in_review' AND unit_path >= ? AND unit_path < ? AND step_due_at < ?"_s,
            { unit, subtreeEnd(unit), now });
        list.at(2).value->setText(QString::number(overdue));
        list.at(2).value->setStyleSheet(overdue > 0 ? u"color: #cf1322;"_s : QString());
        const qint64 monthAgo = now - 30LL * 24 * 3600 * 1000;
        list.at(3).value->setText(QString::number(countOf(db,
            u"SELECT count(*) FROM notice WHERE state = 'published' AND published_at >= ? AND unit_path >= ? AND unit_path < ?"_s,
            { monthAgo, unit, subtreeEnd(unit) })));
    };
    refresh();
    QObject::connect(
        context, &ClientContext::cacheChanged, panel, [refresh](const QStringList &kinds) {
            if (kinds.contains(u"notice"_s))
                refresh();
        });
    QObject::connect(context, &ClientContext::currentUnitChanged, panel, [refresh] { refresh(); });
    return panel;
}

} // namespace civic::ui
