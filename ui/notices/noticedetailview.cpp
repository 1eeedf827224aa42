#include "noticedetailview.h"

#include "clientcontext.h"
#include "domain/permissions.h"
#include "item/orgtreemodel.h"
#include "noticeeditor.h"
#include "noticelabels.h"
#include "noticepreview.h"
#include "noticereviewview.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::ui {

NoticeDetailView::NoticeDetailView(ClientContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(u"noticeDetailView"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto *top = new QHBoxLayout;
    top->setSpacing(10);
    m_title = new QLabel(this);
    m_title->setObjectName(u"detailTitleLabel"_s);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText); // a notice's title is the author's text, never markup
    m_title->setStyleSheet(u"font-size: 13pt; font-weight: bold; color: #1f2329;"_s);
    top->addWidget(m_title, 1);
    m_state = new QLabel(this);
    m_state->setTextFormat(Qt::PlainText);
    m_state->setObjectName(u"detailStateLabel"_s);
    top->addWidget(m_state, 0, Qt::AlignTop);
    m_correct = new QPushButton(tr("Correct (更正)"), this);
    m_correct->setObjectName(u"correctButton"_s);
    m_correct->setToolTip(
        tr("A published notice cannot change: write a correction, linked to it, that goes "
           "through review again"));
    top->addWidget(m_correct, 0, Qt::AlignTop);
    layout->addLayout(top);
    m_meta = new QLabel(this);
    m_meta->setObjectName(u"detailMetaLabel"_s);
    m_meta->setWordWrap(true);
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setStyleSheet(u"color: #646a73;"_s);
    layout->addWidget(m_meta);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"detailTabs"_s);
    m_tabs->setDocumentMode(true);
    m_editor = new NoticeEditor(context, m_tabs);
    m_review = new NoticeReviewView(context);
    m_reviewScroll = new QScrollArea(m_tabs);
    m_reviewScroll->setWidgetResizable(true);
    m_reviewScroll->setFrameShape(QFrame::NoFrame);
    m_reviewScroll->setWidget(m_review);
    m_preview = new NoticePreview(m_tabs);
    m_tabs->insertTab(EditTab, m_editor, tr("Edit"));
    m_tabs->insertTab(ReviewTab, m_reviewScroll, tr("Review"));
    m_tabs->insertTab(PreviewTab, m_preview, tr("Phone preview"));
    layout->addWidget(m_tabs, 1);

    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == PreviewTab)
            updatePreview();
    });
    connect(m_editor, &NoticeEditor::previewRequested, this, [this] { setCurrentTab(PreviewTab); });
    connect(m_editor, &NoticeEditor::saved, this, [this](const QString &id) {
        if (id == m_newId) {
            m_newId.clear();
            if (auto row = item::loadNoticeRow(m_context->database(), id))
                m_row = *row;
            Q_EMIT noticeOpened(id);
        }
    });
    connect(m_editor, &NoticeEditor::submitted, this, [this](const QString &id) {
        if (auto row = item::loadNoticeRow(m_context->database(), id))
            showRow(*row, false);
    });
    connect(m_review, &NoticeReviewView::changed, this, [this] { refresh(); });
    connect(m_correct, &QPushButton::clicked, this, &NoticeDetailView::correct);
}

QString NoticeDetailView::noticeId() const
{
    if (!m_newId.isEmpty())
        return m_newId;
    return m_row ? m_row->notice.id : QString();
}

int NoticeDetailView::currentTab() const
{
    return m_tabs->currentIndex();
}

void NoticeDetailView::setCurrentTab(Tab tab)
{
    if (m_tabs->isTabVisible(tab))
        m_tabs->setCurrentIndex(tab);
}

bool NoticeDetailView::editableByMe(const item::NoticeRow &row) const
{
    const Notice &n = row.notice;
    const bool editable = n.state == NoticeState::Draft || n.state == NoticeState::Rejected
        || n.state == NoticeState::Withdrawn;
    return editable && n.authorId == m_context->actor().userId
        && m_context->may(Action::NoticeSave, noticeSubject(n));
}

void NoticeDetailView::leave()
{
    if (m_editor->isDirty())
        m_editor->commit();
}

bool NoticeDetailView::showNotice(const QString &id)
{
    if (id != noticeId())
        leave();
    const auto row = item::loadNoticeRow(m_context->database(), id);
    if (!row)
        return false;
    m_newId.clear();
    showRow(*row, false);
    return true;
}

void NoticeDetailView::startNew(const QString &unitCode)
{
    leave();
    m_row.reset();
    m_newId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_editor->startNew(m_newId, unitCode);
    m_tabs->setTabVisible(EditTab, true);
    m_tabs->setTabVisible(ReviewTab, false);
    m_tabs->setCurrentIndex(EditTab);
    m_correct->hide();
    m_title->setText(tr("New notice"));
    m_state->setText(noticeStateLabel(NoticeState::Draft));
    m_state->setStyleSheet(
        u"QLabel { color: #8c8c8c; border: 1px solid #8c8c8c; border-radius: 10px; padding: 2px 10px; }"_s);
    m_meta->setText(tr("%1 · written by you").arg(m_context->unitName(unitCode)));
}

void NoticeDetailView::showRow(const item::NoticeRow &row, bool keepTab)
{
    const bool sameNotice = m_row && m_row->notice.id == row.notice.id;
    m_row = row;
    const Notice &n = row.notice;
    const bool edit = editableByMe(row);
    // The editor keeps what is being typed; it reloads only for another notice or a change
    // made elsewhere (another computer, the server).
    if (edit
        && (!sameNotice || m_editor->noticeId() != n.id
            || (!m_editor->isDirty() && !m_editor->isSaving()
                && m_editor->baseVersion() != row.version))) {
        m_editor->openNotice(row);
    }
    m_tabs->setTabVisible(EditTab, edit);
    m_tabs->setTabVisible(ReviewTab, true);
    m_review->showNotice(row);
    if (!keepTab || !m_tabs->isTabVisible(m_tabs->currentIndex())) {
        if (edit)
            m_tabs->setCurrentIndex(EditTab);
        else if (n.state == NoticeState::Published)
            m_tabs->setCurrentIndex(PreviewTab);
        else
            m_tabs->setCurrentIndex(ReviewTab);
    }
    updateHeader();
    if (m_tabs->currentIndex() == PreviewTab)
        updatePreview();
}

void NoticeDetailView::refresh()
{
    if (!m_newId.isEmpty()) {
        // Not saved yet; a save brings it into the cache.
        if (auto row = item::loadNoticeRow(m_context->database(), m_newId)) {
            m_newId.clear();
            showRow(*row, true);
        }
        return;
    }
    if (!m_row)
        return;
    const auto row = item::loadNoticeRow(m_context->database(), m_row->notice.id);
    if (!row) {
        // Gone (a creation the server refused was rolled back).
        m_row.reset();
        Q_EMIT closed();
        return;
    }
    showRow(*row, true);
}

void NoticeDetailView::updateHeader()
{
    const Notice &n = m_row->notice;
    m_title->setText(n.content.title.isEmpty() ? tr("(no title)") : n.content.title);
    const QColor color = noticeStateColor(n.state);
    QString state = noticeStateLabel(n.state);
    if (const auto step = currentStep(n))
        state = tr("%1 · %2").arg(state, reviewStepTitle(n.step, *step));
    m_state->setText(state);
    m_state->setStyleSheet(
        u"QLabel { color: %1; border: 1px solid %1; border-radius: 10px; padding: 2px 10px; }"_s
            .arg(color.name()));
    QStringList meta;
    meta << noticeCategoryLabel(n.content.category) << m_context->unitName(m_row->unitCode);
    if (!m_row->authorName.isEmpty())
        meta << m_row->authorName;
    if (n.revision > 0)
        meta << tr("revision %1").arg(n.revision);
    if (n.state == NoticeState::Published) {
        meta << tr("published %1").arg(noticeTime(n.publishedAt.value_or(0)));
        meta << tr("%1 reads").arg(QLocale().toString(m_row->reads));
    } else {
        meta << tr("changed %1").arg(noticeTime(m_row->updatedAt));
        if (n.content.scheduledAt)
            meta << tr("scheduled %1").arg(noticeTime(*n.content.scheduledAt));
    }
    if (!n.corrects.isEmpty()) {
        const auto original = item::loadNoticeRow(m_context->database(), n.corrects);
        meta << tr("corrects “%1”").arg(original ? original->notice.content.title : n.corrects);
    }
    m_meta->setText(meta.join(u" · "_s));
    // PRODUCT.md §3: a published notice is immutable; a correction is a new notice.
    Subject own;
    own.kind = Kind::Notice;
    own.unitPath = n.unitPath;
    own.unitLevel = n.unitLevel;
    own.ownerId = m_context->actor().userId;
    m_correct->setVisible(
        n.state == NoticeState::Published && m_context->may(Action::NoticeSave, own));
}

void NoticeDetailView::updatePreview()
{
    if (!m_newId.isEmpty() || (m_row && m_tabs->isTabVisible(EditTab))) {
        // What is in the editor now, saved or not.
        const QString unit = m_row ? m_row->unitCode : QString();
        m_preview->showContent(m_editor->content(),
            m_context->unitName(unit.isEmpty() ? m_context->actor().unitCode : unit),
            QDateTime::currentMSecsSinceEpoch());
        return;
    }
    if (!m_row)
        return;
    const Notice &n = m_row->notice;
    const bool published = n.state == NoticeState::Published;
    m_preview->showContent(n.content, m_context->unitName(m_row->unitCode),
        published ? n.publishedAt.value_or(0) : m_row->updatedAt, published ? m_row->reads : -1);
}

void NoticeDetailView::correct()
{
    if (!m_row || m_row->notice.state != NoticeState::Published)
        return;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    NoticeContent content = m_row->notice.content;
    content.scheduledAt.reset();
    const QString original = m_row->notice.id;
    const QString unit = m_row->unitCode;
    m_row.reset();
    m_newId = id;
    m_editor->startNew(id, unit, content, original);
    m_tabs->setTabVisible(EditTab, true);
    m_tabs->setTabVisible(ReviewTab, false);
    m_tabs->setCurrentIndex(EditTab);
    m_correct->hide();
    m_title->setText(tr("Correction of “%1”").arg(content.title));
    m_state->setText(noticeStateLabel(NoticeState::Draft));
    m_state->setStyleSheet(
        u"QLabel { color: #8c8c8c; border: 1px solid #8c8c8c; border-radius: 10px; padding: 2px 10px; }"_s);
    m_meta->setText(tr("A new notice linked to the published one; the original stays as it was."));
    // Created at once, so the correction is in 我的草稿 even before anything is typed.
    m_editor->commit();
}

} // namespace civic::ui
