#include "noticereviewview.h"

#include "clientcontext.h"
#include "domain/sensitivewords.h"
#include "domain/textdiff.h"
#include "labels.h"
#include "noticehtml.h"
#include "noticelabels.h"
#include "theme.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSqlQuery>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::ui {

namespace {

QFrame *panel(const QString &caption, QWidget *parent, QVBoxLayout **layout)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(u"panel"_s);
    *layout = new QVBoxLayout(frame);
    (*layout)->setContentsMargins(14, 10, 14, 12);
    (*layout)->setSpacing(8);
    auto *label = new QLabel(caption, frame);
    label->setStyleSheet(u"font-weight: bold; color: #1f2329;"_s);
    (*layout)->addWidget(label);
    return frame;
}

QString stars(int quality)
{
    QString text;
    for (int i = 1; i <= 5; ++i)
        text += i <= quality ? QChar(0x2605) : QChar(0x2606);
    return text;
}

void clearLayout(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *w = item->widget())
            w->deleteLater();
        delete item;
    }
}

QString hoursText(qint64 msecs)
{
    // Computed outside the translate() calls: lupdate 6.4 hangs on a '/' in their arguments.
    const int hours = int(std::max<qint64>(1, msecs / 3600000));
    const int days = hours / 24;
    if (hours >= 48)
        return QCoreApplication::translate(
            "civic::ui::NoticeReviewView", "%n day(s)", nullptr, days);
    return QCoreApplication::translate("civic::ui::NoticeReviewView", "%n hour(s)", nullptr, hours);
}

} // namespace

NoticeReviewView::NoticeReviewView(ClientContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(u"noticeReviewView"_s);
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 8, 0, 0);
    m_layout->setSpacing(10);

    QVBoxLayout *chain = nullptr;
    m_layout->addWidget(panel(tr("Review chain"), this, &chain));
    m_chainCaption = new QLabel(this);
    m_chainCaption->setObjectName(u"chainCaption"_s);
    m_chainCaption->setStyleSheet(u"color: #8c8c8c;"_s);
    m_chainCaption->setWordWrap(true);
    chain->addWidget(m_chainCaption);
    m_steps = new QHBoxLayout;
    m_steps->setSpacing(8);
    chain->addLayout(m_steps);
    m_current = new QLabel(this);
    m_current->setObjectName(u"currentReviewerLabel"_s);
    m_current->setWordWrap(true);
    m_current->setTextFormat(Qt::RichText);
    chain->addWidget(m_current);

    createDecision();
    createActions();

    QVBoxLayout *diff = nullptr;
    m_layout->addWidget(panel(tr("Changes"), this, &diff));
    m_diffCaption = new QLabel(this);
    m_diffCaption->setObjectName(u"diffCaption"_s);
    m_diffCaption->setWordWrap(true);
    m_diffCaption->setTextFormat(Qt::RichText);
    diff->addWidget(m_diffCaption);
    m_diff = new NoticeHtmlView(this);
    m_diff->setObjectName(u"diffView"_s);
    m_diff->setFitToContent(true, 48);
    m_diff->setStyleSheet(u"QTextBrowser { background: #fafafa; }"_s);
    diff->addWidget(m_diff);

    QVBoxLayout *history = nullptr;
    m_layout->addWidget(panel(tr("History and comments"), this, &history));
    m_history = new QLabel(this);
    m_history->setObjectName(u"historyLabel"_s);
    m_history->setWordWrap(true);
    m_history->setTextFormat(Qt::RichText);
    m_history->setTextInteractionFlags(Qt::TextSelectableByMouse);
    history->addWidget(m_history);
    m_layout->addStretch(1);
}

void NoticeReviewView::createDecision()
{
    QVBoxLayout *layout = nullptr;
    m_decision = panel(tr("Your review"), this, &layout);
    m_decision->setObjectName(u"decisionPanel"_s);
    auto *ratingRow = new QHBoxLayout;
    ratingRow->setSpacing(2);
    ratingRow->addWidget(new QLabel(tr("Quality rating:"), m_decision));
    m_rating = new QButtonGroup(this);
    m_rating->setExclusive(true);
    for (int i = 1; i <= 5; ++i) {
        auto *star = new QToolButton(m_decision);
        star->setObjectName(u"ratingButton%1"_s.arg(i));
        star->setCheckable(true);
        star->setAutoRaise(true);
        star->setText(QString(QChar(0x2606)));
        star->setToolTip(tr("%1 of 5").arg(i));
        star->setStyleSheet(
            u"QToolButton { font-size: 16pt; color: #faad14; border: none; padding: 0 2px; }"_s);
        m_rating->addButton(star, i);
        ratingRow->addWidget(star);
    }
    m_ratingText = new QLabel(m_decision);
    m_ratingText->setStyleSheet(u"color: #8c8c8c; padding-left: 8px;"_s);
    ratingRow->addWidget(m_ratingText);
    ratingRow->addStretch(1);
    layout->addLayout(ratingRow);
    connect(m_rating, &QButtonGroup::idClicked, this, [this](int value) {
        for (int i = 1; i <= 5; ++i)
            m_rating->button(i)->setText(QString(i <= value ? QChar(0x2605) : QChar(0x2606)));
        const QStringList words
            = { tr("poor"), tr("fair"), tr("good"), tr("very good"), tr("excellent") };
        m_ratingText->setText(words.value(value - 1));
        m_approve->setEnabled(true);
    });

    m_comment = new QPlainTextEdit(m_decision);
    m_comment->setObjectName(u"reviewCommentEdit"_s);
    m_comment->setPlaceholderText(
        tr("Comment for the author (optional to approve, required to return)"));
    m_comment->setFixedHeight(64);
    layout->addWidget(m_comment);
    connect(m_comment, &QPlainTextEdit::textChanged, this,
        [this] { m_reject->setEnabled(!m_comment->toPlainText().trimmed().isEmpty()); });

    auto *buttons = new QHBoxLayout;
    m_decisionError = new QLabel(m_decision);
    m_decisionError->setObjectName(u"decisionErrorLabel"_s);
    m_decisionError->setWordWrap(true);
    m_decisionError->setStyleSheet(u"color: #cf1322;"_s);
    buttons->addWidget(m_decisionError, 1);
    m_reject = new QPushButton(tr("Return for changes"), m_decision);
    m_reject->setObjectName(u"rejectButton"_s);
    m_reject->setToolTip(tr("Send it back to the author with your comment"));
    m_approve = new QPushButton(tr("Approve"), m_decision);
    m_approve->setObjectName(u"approveButton"_s);
    m_approve->setToolTip(tr("Pass this step; choose a quality rating first"));
    m_approve->setStyleSheet(
        u"QPushButton { background: #1677ff; color: white; border-color: #1677ff; }"
        u" QPushButton:hover { background: #4096ff; color: white; }"
        u" QPushButton:disabled { background: #f5f5f5; color: #bfbfbf; border-color: #e4e7ec; }"_s);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_approve);
    layout->addLayout(buttons);
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(false); });
    m_layout->addWidget(m_decision);
}

void NoticeReviewView::createActions()
{
    m_actions = new QFrame(this);
    m_actions->setObjectName(u"panel"_s);
    auto *row = new QHBoxLayout(m_actions);
    row->setContentsMargins(14, 8, 14, 8);
    m_actionsText = new QLabel(m_actions);
    m_actionsText->setWordWrap(true);
    row->addWidget(m_actionsText, 1);
    m_withdraw = new QPushButton(tr("Withdraw"), m_actions);
    m_withdraw->setObjectName(u"withdrawButton"_s);
    m_withdraw->setToolTip(tr("Take the notice back from review to change it"));
    m_publish = new QPushButton(tr("Publish"), m_actions);
    m_publish->setObjectName(u"publishButton"_s);
    m_publish->setStyleSheet(
        u"QPushButton { background: #1677ff; color: white; border-color: #1677ff; }"_s);
    row->addWidget(m_withdraw);
    row->addWidget(m_publish);
    connect(m_withdraw, &QPushButton::clicked, this, [this] {
        runCommand(u"notice.withdraw"_s, { { u"notice"_s, noticeId() } }, m_withdraw);
    });
    connect(m_publish, &QPushButton::clicked, this, [this] {
        runCommand(u"notice.publish"_s, { { u"notice"_s, noticeId() } }, m_publish);
    });
    m_layout->addWidget(m_actions);
}

qint64 NoticeReviewView::now() const
{
    return m_now > 0 ? m_now : QDateTime::currentMSecsSinceEpoch();
}

QString NoticeReviewView::unitLabel(const QString &code) const
{
    return code.isEmpty() ? QString() : m_context->unitName(code);
}

QString NoticeReviewView::reviewersOf(const QString &role, const QString &unitCode) const
{
    QStringList names;
    QSqlQuery q(m_context->database());
    q.prepare(
        u"SELECT display_name, username FROM user_account WHERE role = ? AND unit = ?"
        u" AND COALESCE(json_extract(data, '$.disabled'), 0) = 0 ORDER BY display_name LIMIT 4"_s);
    q.addBindValue(role);
    q.addBindValue(unitCode);
    if (q.exec()) {
        while (q.next())
            names.append(
                q.value(0).toString().isEmpty() ? q.value(1).toString() : q.value(0).toString());
    }
    return names.join(u"、"_s);
}

void NoticeReviewView::showNotice(const item::NoticeRow &row)
{
    // A sync that brings nothing new for this notice keeps the rating and comment being written.
    const bool same = m_row && m_row->notice.id == row.notice.id && m_row->version == row.version;
    m_row = row;
    m_revisions = item::loadRevisions(m_context->database(), row.notice.id);
    m_reviews = item::loadReviews(m_context->database(), row.notice.id);
    buildChain();

    // PRODUCT.md §3: only the current step's reviewer decides, never the author (the domain and
    // the permission function, as the server asks them).
    const Notice &n = row.notice;
    const bool reviewer = awaitsReviewBy(n, m_context->actor())
        && m_context->may(Action::NoticeApprove, noticeSubject(n));
    m_decision->setVisible(reviewer);
    if (reviewer && !same) {
        m_rating->setExclusive(false);
        for (int i = 1; i <= 5; ++i) {
            m_rating->button(i)->setChecked(false);
            m_rating->button(i)->setText(QString(QChar(0x2606)));
        }
        m_rating->setExclusive(true);
        m_ratingText->clear();
        m_comment->clear();
        m_decisionError->clear();
        m_approve->setEnabled(false);
        m_reject->setEnabled(false);
    }
    updateActions();
    buildDiff();
    buildHistory();
}

void NoticeReviewView::buildChain()
{
    clearLayout(m_steps);
    const Notice &n = m_row->notice;
    ReviewChain chain = n.chain;
    if (chain.isEmpty()) {
        // Not submitted yet: the chain that will apply (PRODUCT.md §3, frozen at submission).
        const auto settings = item::loadNoticeSettings(m_context->database(), m_row->unitCode);
        chain = resolveReviewChain(settings.chains, n.unitLevel, n.content.category);
        m_chainCaption->setText(
            tr("Not submitted yet. On submission it goes through these steps:"));
    } else {
        m_chainCaption->setText(
            tr("Revision %1, submitted %2. The chain was fixed at submission.")
                .arg(n.revision)
                .arg(m_revisions.isEmpty() ? QString()
                                           : noticeTime(m_revisions.constLast().submittedAt)));
    }
    const qint64 t = now();
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const int step = int(i + 1);
        const ReviewStep &s = chain.at(i);
        auto *card = new QFrame(this);
        card->setObjectName(u"stepCard%1"_s.arg(step));
        auto *layout = new QVBoxLayout(card);
        layout->setContentsMargins(10, 8, 10, 8);
        layout->setSpacing(3);
        auto *title = new QLabel(reviewStepTitle(step, s), card);
        title->setStyleSheet(u"font-weight: bold;"_s);
        layout->addWidget(title);
        const QString unitPath = ancestorPathAt(n.unitPath, n.unitLevel, s.level);
        const QStringList codes = pathCodes(unitPath);
        auto *unit = new QLabel(
            codes.isEmpty() ? levelLabel(s.level) : unitLabel(codes.constLast()), card);
        unit->setStyleSheet(u"color: #646a73;"_s);
        unit->setWordWrap(true);
        layout->addWidget(unit);

        const item::ReviewRow *decision = nullptr;
        for (const auto &r : std::as_const(m_reviews)) {
            if (r.review.revision == n.revision && r.review.step == step)
                decision = &r;
        }
        QString status;
        QString detail;
        QString border = u"#e4e7ec"_s;
        QString background = u"#fafafa"_s;
        if (decision && decision->review.approved) {
            status = u"<span style=\"color:#389e0d;\">✓ %1</span>"_s.arg(tr("Approved"));
            detail = u"%1<br/>%2 · %3"_s.arg(decision->reviewerName.toHtmlEscaped(),
                stars(decision->review.quality), noticeTime(decision->review.at));
            border = u"#b7eb8f"_s;
            background = u"#f6ffed"_s;
        } else if (decision) {
            status = u"<span style=\"color:#cf1322;\">✗ %1</span>"_s.arg(tr("Returned"));
            detail = u"%1<br/>%2"_s.arg(
                decision->reviewerName.toHtmlEscaped(), noticeTime(decision->review.at));
            border = u"#ffa39e"_s;
            background = u"#fff1f0"_s;
        } else if (n.state == NoticeState::InReview && n.step == step) {
            const qint64 due = stepDueAt(n).value_or(0);
            const bool overdue = isOverdue(n, t);
            status = u"<span style=\"color:#d46b08;\">● %1</span>"_s.arg(tr("Reviewing now"));
            detail = overdue ? u"<span style=\"color:#cf1322; font-weight:bold;\">%1</span>"_s.arg(
                         tr("Due %1 · overdue by %2").arg(noticeTime(due), hoursText(t - due)))
                             : tr("Due %1").arg(noticeTime(due));
            border = overdue ? u"#ff4d4f"_s : u"#ffc069"_s;
            background = overdue ? u"#fff1f0"_s : u"#fff7e6"_s;
        } else if (n.chain.isEmpty()) {
            status = u"<span style=\"color:#8c8c8c;\">%1</span>"_s.arg(
                tr("%n hour(s) to decide", nullptr, s.dueHours));
        } else {
            status = u"<span style=\"color:#8c8c8c;\">○ %1</span>"_s.arg(tr("Not reached"));
        }
        card->setStyleSheet(
            u"QFrame#%1 { background: %2; border: 1px solid %3; border-radius: 6px; }"_s.arg(
                card->objectName(), background, border));
        auto *statusLabel = new QLabel(status, card);
        statusLabel->setObjectName(u"stepStatus"_s);
        statusLabel->setTextFormat(Qt::RichText);
        layout->addWidget(statusLabel);
        if (!detail.isEmpty()) {
            auto *detailLabel = new QLabel(detail, card);
            detailLabel->setTextFormat(Qt::RichText);
            detailLabel->setWordWrap(true);
            detailLabel->setStyleSheet(u"color: #646a73; font-size: 9pt;"_s);
            layout->addWidget(detailLabel);
        }
        layout->addStretch(1);
        m_steps->addWidget(card, 1);
        if (i + 1 < chain.size()) {
            auto *arrow = new QLabel(u"→"_s, this);
            arrow->setStyleSheet(u"color: #bfbfbf; font-size: 14pt;"_s);
            m_steps->addWidget(arrow);
        }
    }

    // Everyone sees who is reviewing now (PRODUCT.md §3).
    QString current;
    if (const auto step = currentStep(n)) {
        // The domain's answer from the unit's path in the tree (authoritative after an org move).
        const QStringList reviewing = pathCodes(currentReviewingUnitPath(n));
        const QString unitCode = reviewing.isEmpty() ? m_row->reviewingUnit : reviewing.constLast();
        const QString names = reviewersOf(roleName(step->role), unitCode);
        const QString who = names.isEmpty()
            ? u"%1 %2"_s.arg(unitLabel(unitCode), roleLabel(step->role))
            : u"%1 %2（%3）"_s.arg(unitLabel(unitCode), roleLabel(step->role), names);
        const qint64 due = stepDueAt(n).value_or(0);
        const bool overdue = isOverdue(n, t);
        current = tr("Reviewing now: <b>%1</b>, step %2 of %3, due %4.")
                      .arg(who.toHtmlEscaped())
                      .arg(n.step)
                      .arg(n.chain.size())
                      .arg(noticeTime(due));
        if (overdue)
            current += u" <span style=\"color:#cf1322; font-weight:bold;\">%1</span>"_s.arg(
                tr("Overdue by %1.").arg(hoursText(t - due)));
    } else if (n.state == NoticeState::Rejected) {
        current = tr(
            "Returned to the author for changes. A resubmission starts again at the first step.");
    } else if (n.state == NoticeState::Approved) {
        current = n.content.scheduledAt && *n.content.scheduledAt > t
            ? tr("All steps approved. Scheduled for %1.").arg(noticeTime(*n.content.scheduledAt))
            : tr("All steps approved: ready to publish.");
        if (n.publishRequested)
            current += u' ' + tr("Publication requested: it goes out at the scheduled time.");
    } else if (n.state == NoticeState::Published) {
        current = tr("Published %1.").arg(noticeTime(n.publishedAt.value_or(0)));
    } else if (n.state == NoticeState::Withdrawn) {
        current = tr("Withdrawn by the author.");
    }
    m_current->setText(current);
    m_current->setVisible(!current.isEmpty());
}

void NoticeReviewView::updateActions()
{
    const Notice &n = m_row->notice;
    const Subject subject = noticeSubject(n);
    const bool mayWithdraw = n.state == NoticeState::InReview
        && m_context->actor().userId == n.authorId
        && m_context->may(Action::NoticeWithdraw, subject);
    const bool mayPublish = n.state == NoticeState::Approved && !n.publishRequested
        && m_context->may(Action::NoticePublish, subject);
    m_withdraw->setVisible(mayWithdraw);
    m_withdraw->setEnabled(true);
    m_publish->setVisible(mayPublish);
    m_publish->setEnabled(true);
    if (mayPublish) {
        const bool later = n.content.scheduledAt && *n.content.scheduledAt > now();
        m_publish->setText(later ? tr("Publish at %1").arg(noticeTime(*n.content.scheduledAt))
                                 : tr("Publish now"));
        m_actionsText->setText(tr("Approved by every step. Publishing is up to your unit."));
    } else if (mayWithdraw) {
        m_actionsText->setText(tr("While in review you can take the notice back to change it."));
    }
    m_actions->setVisible(mayWithdraw || mayPublish);
}

void NoticeReviewView::buildDiff()
{
    const Notice &n = m_row->notice;
    const bool editable = n.state == NoticeState::Draft || n.state == NoticeState::Rejected
        || n.state == NoticeState::Withdrawn;
    std::optional<NoticeContent> before;
    NoticeContent after;
    QString caption;
    if (editable && !m_revisions.isEmpty()) {
        // Back with the author: what changed since the last submission.
        before = m_revisions.constLast().content;
        after = n.content;
        caption = tr("The current text against revision %1 as submitted.")
                      .arg(m_revisions.constLast().revision);
    } else if (m_revisions.size() >= 2) {
        // PRODUCT.md §3: reviewers see the diff against the previous submitted revision.
        const auto &previous = m_revisions.at(m_revisions.size() - 2);
        const auto &latest = m_revisions.constLast();
        before = previous.content;
        after = latest.content;
        caption
            = tr("Revision %1 against revision %2.").arg(latest.revision).arg(previous.revision);
    }
    if (!before) {
        m_diffCaption->setText(tr("First version: there is no earlier revision to compare with."));
        m_diff->hide();
        return;
    }
    const QString legend
        = u" <span style=\"color:#237804; background-color:#d9f7be;\">%1</span>"
          u" <span style=\"color:#cf1322; background-color:#ffe1e1; text-decoration:line-through;\">%2</span>"_s
              .arg(tr("added"), tr("deleted"));
    QString html;
    if (before->title != after.title)
        html += u"<p><b>%1</b> %2</p>"_s.arg(
            tr("Title:"), diffDisplayHtml(diffWords(before->title, after.title)));
    if (before->category != after.category)
        html += u"<p><b>%1</b> %2 → %3</p>"_s.arg(tr("Category:"),
            noticeCategoryLabel(before->category).toHtmlEscaped(),
            noticeCategoryLabel(after.category).toHtmlEscaped());
    const QList<DiffSegment> body
        = diffWords(plainTextFromHtml(before->bodyHtml), plainTextFromHtml(after.bodyHtml));
    const bool bodyChanged = std::any_of(
        body.cbegin(), body.cend(), [](const DiffSegment &s) { return s.kind != DiffKind::Equal; });
    if (html.isEmpty() && !bodyChanged) {
        m_diffCaption->setText(caption + u' ' + tr("No changes."));
        m_diff->hide();
        return;
    }
    m_diffCaption->setText(caption + legend);
    html += u"<p>"_s + diffDisplayHtml(body) + u"</p>"_s;
    m_diff->show();
    // Already sanitised piecewise (diffDisplayHtml); the view's setHtml keeps the styling.
    m_diff->setHtml(html);
    m_diff->setFitToContent(true, 48);
}

void NoticeReviewView::buildHistory()
{
    struct Event
    {
        qint64 at;
        QString html;
    };
    QList<Event> events;
    for (const auto &r : std::as_const(m_revisions)) {
        events.append({ r.submittedAt,
            tr("<b>%1</b> submitted revision %2")
                .arg(r.authorName.toHtmlEscaped())
                .arg(r.revision) });
    }
    for (const auto &r : std::as_const(m_reviews)) {
        const QString who
            = u"%1（%2 · %3）"_s
                  .arg(r.reviewerName, roleLabel(r.review.reviewerRole), unitLabel(r.reviewerUnit))
                  .toHtmlEscaped();
        QString line = r.review.approved
            ? tr("<b>%1</b> approved %2 of revision %3 <span style=\"color:#faad14;\">%4</span>")
                  .arg(who, reviewStepName(r.review.step))
                  .arg(r.review.revision)
                  .arg(stars(r.review.quality))
            : tr("<b>%1</b> <span style=\"color:#cf1322;\">returned</span> revision %3 at %2")
                  .arg(who, reviewStepName(r.review.step))
                  .arg(r.review.revision);
        if (!r.review.comment.trimmed().isEmpty())
            line += u"<br/><span style=\"color:#1f2329; background:#f5f6f8;\">“%1”</span>"_s.arg(
                r.review.comment.toHtmlEscaped().replace(u'\n', u"<br/>"_s));
        events.append({ r.review.at, line });
    }
    if (m_row->notice.publishedAt)
        events.append({ *m_row->notice.publishedAt, tr("Published") });
    std::stable_sort(
        events.begin(), events.end(), [](const Event &a, const Event &b) { return a.at < b.at; });
    if (events.isEmpty()) {
        m_history->setText(
            u"<span style=\"color:#8c8c8c;\">%1</span>"_s.arg(tr("Nothing yet: not submitted.")));
        return;
    }
    QString html;
    for (const auto &e : std::as_const(events))
        html
            += u"<p style=\"margin:0 0 8px 0;\"><span style=\"color:#8c8c8c;\">%1</span>&nbsp;&nbsp;%2</p>"_s
                   .arg(noticeTime(e.at), e.html);
    m_history->setText(html);
}

void NoticeReviewView::decide(bool approve)
{
    if (!m_row)
        return;
    const QString comment = m_comment->toPlainText().trimmed();
    QJsonObject payload { { u"notice"_s, noticeId() }, { u"comment"_s, comment } };
    if (approve) {
        const int quality = m_rating->checkedId();
        if (quality < 1) {
            m_decisionError->setText(tr("Choose a quality rating first."));
            return;
        }
        payload.insert(u"quality"_s, quality);
    } else if (comment.isEmpty()) {
        m_decisionError->setText(tr("Write what the author should change."));
        return;
    }
    runCommand(approve ? u"notice.approve"_s : u"notice.reject"_s, payload,
        approve ? m_approve : m_reject);
}

void NoticeReviewView::runCommand(
    const QString &type, const QJsonObject &payload, QPushButton *button)
{
    if (!m_row)
        return;
    button->setEnabled(false);
    QPointer<NoticeReviewView> guard(this);
    QPointer<QPushButton> buttonGuard(button);
    const QString id = noticeId();
    m_context->submit(store::Command { type, payload, m_row->version },
        [guard, buttonGuard, id](const store::SubmitResult &r) {
            if (!guard)
                return;
            if (buttonGuard)
                buttonGuard->setEnabled(true);
            if (r.ok()) {
                Q_EMIT guard->changed(id);
                return;
            }
            const QString text = noticeRefusalText(r.errorCode, r.error);
            if (guard->m_decision->isVisible())
                guard->m_decisionError->setText(text);
            else
                guard->m_actionsText->setText(text);
        });
}

} // namespace civic::ui
