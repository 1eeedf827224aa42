#include "noticeeditor.h"

#include "clientcontext.h"
#include "domain/chinatime.h"
#include "item/noticerecords.h"
#include "item/orgtreemodel.h"
#include "labels.h"
#include "noticehtml.h"
#include "noticelabels.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHideEvent>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::ui {

namespace {

constexpr int kDraftDelayMs = 800;
constexpr int kCheckDelayMs = 250;
// Words around a sensitive hit, to show where it is.
constexpr int kContextChars = 8;

QToolButton *toolButton(
    const QString &text, const QString &name, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setObjectName(name);
    b->setToolTip(tip);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setAutoRaise(true);
    b->setStyleSheet(
        u"QToolButton { padding: 3px 10px; border: 1px solid transparent; border-radius: 3px; }"
        u" QToolButton:hover { border-color: #d0d5dd; background: #f5f6f8; }"_s);
    return b;
}

std::optional<qint64> optionalTime(const QJsonValue &value)
{
    return value.isString() ? parseIsoTime(value.toString()) : std::nullopt;
}

} // namespace

NoticeEditor::NoticeEditor(ClientContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_draftTimer(new QTimer(this))
    , m_checkTimer(new QTimer(this))
{
    setObjectName(u"noticeEditor"_s);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(kDraftDelayMs);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(kCheckDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, &NoticeEditor::saveDraftNow);
    connect(m_checkTimer, &QTimer::timeout, this, &NoticeEditor::runChecks);
    buildUi();
}

NoticeEditor::~NoticeEditor()
{
    // The window is closing: what was typed since the last draft write goes to the cache.
    if (m_dirty)
        saveDraftNow();
}

QString NoticeEditor::draftKey(const QString &noticeId)
{
    return u"notices/editor/"_s + noticeId;
}

void NoticeEditor::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);

    m_banner = new QLabel(this);
    m_banner->setObjectName(u"editorBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setStyleSheet(
        u"QLabel { background: #fff7e6; border: 1px solid #ffd591; border-radius: 4px; padding: 6px 10px; color: #873800; }"_s);
    m_banner->hide();
    layout->addWidget(m_banner);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(10);
    form->setVerticalSpacing(8);
    m_title = new QLineEdit(this);
    m_title->setObjectName(u"titleEdit"_s);
    m_title->setPlaceholderText(tr("A short, clear title: what, when, where"));
    m_title->setMaxLength(200);
    form->addRow(tr("Title:"), m_title);

    auto *row = new QHBoxLayout;
    row->setSpacing(8);
    m_category = new QComboBox(this);
    m_category->setObjectName(u"categoryCombo"_s);
    for (const auto &category : noticeCategories())
        m_category->addItem(noticeCategoryLabel(category), category);
    m_category->setMinimumWidth(120);
    row->addWidget(m_category);
    row->addSpacing(16);
    m_scheduleCheck = new QCheckBox(tr("Publish at"), this);
    m_scheduleCheck->setObjectName(u"scheduleCheck"_s);
    row->addWidget(m_scheduleCheck);
    m_schedule = new QDateTimeEdit(this);
    m_schedule->setObjectName(u"scheduleEdit"_s);
    m_schedule->setCalendarPopup(true);
    m_schedule->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_schedule->setEnabled(false);
    m_schedule->setMinimumWidth(150);
    row->addWidget(m_schedule);
    row->addStretch(1);
    form->addRow(tr("Category:"), row);
    layout->addLayout(form);

    auto *toolbar = new QFrame(this);
    toolbar->setObjectName(u"editorToolbar"_s);
    toolbar->setStyleSheet(
        u"QFrame#editorToolbar { background: #fafafa; border: 1px solid #e4e7ec; border-radius: 4px; }"_s);
    auto *tools = new QHBoxLayout(toolbar);
    tools->setContentsMargins(4, 2, 4, 2);
    tools->setSpacing(2);
    m_headingButton = toolButton(
        tr("Heading"), u"headingButton"_s, tr("Make the paragraph a heading"), toolbar);
    m_boldButton = toolButton(tr("Bold"), u"boldButton"_s, tr("Bold (Ctrl+B)"), toolbar);
    m_boldButton->setShortcut(QKeySequence::Bold);
    QFont boldFont = m_boldButton->font();
    boldFont.setBold(true);
    m_boldButton->setFont(boldFont);
    m_listButton = toolButton(tr("List"), u"listButton"_s, tr("Bulleted list"), toolbar);
    m_linkButton = toolButton(
        tr("Link"), u"linkButton"_s, tr("Link the selected text to a web address"), toolbar);
    m_imageButton = toolButton(tr("Image (URL)"), u"imageButton"_s,
        tr("Insert an image by its web address; it is shown here as a grey box naming its site"),
        toolbar);
    for (auto *b : { m_headingButton, m_boldButton, m_listButton, m_linkButton, m_imageButton })
        tools->addWidget(b);
    tools->addStretch(1);
    layout->addWidget(toolbar);
    connect(m_headingButton, &QToolButton::clicked, this, &NoticeEditor::toggleHeading);
    connect(m_boldButton, &QToolButton::clicked, this, &NoticeEditor::toggleBold);
    connect(m_listButton, &QToolButton::clicked, this, &NoticeEditor::toggleList);
    connect(m_linkButton, &QToolButton::clicked, this, &NoticeEditor::insertLink);
    connect(m_imageButton, &QToolButton::clicked, this, &NoticeEditor::insertImage);

    m_body = new NoticeBodyEdit(this);
    m_body->setObjectName(u"bodyEdit"_s);
    m_body->setPlaceholderText(
        tr("Write the notice here. Sensitive words of your district are marked in red."));
    m_body->setMinimumHeight(200);
    layout->addWidget(m_body, 1);

    m_issuesLabel = new QLabel(this);
    m_issuesLabel->setObjectName(u"issuesLabel"_s);
    m_issuesLabel->setWordWrap(true);
    m_issuesLabel->setTextFormat(Qt::RichText);
    m_issuesLabel->setStyleSheet(u"QLabel { padding: 6px 10px; border-radius: 4px; }"_s);
    connect(m_issuesLabel, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(u"word:"))
            selectWord(link.mid(5));
        else if (link == u"title")
            m_title->setFocus();
    });
    layout->addWidget(m_issuesLabel);

    m_chainHint = new QLabel(this);
    m_chainHint->setObjectName(u"chainHintLabel"_s);
    m_chainHint->setWordWrap(true);
    m_chainHint->setStyleSheet(u"color: #646a73;"_s);
    layout->addWidget(m_chainHint);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    m_status = new QLabel(this);
    m_status->setObjectName(u"editorStatusLabel"_s);
    m_status->setWordWrap(true);
    buttons->addWidget(m_status, 1);
    m_previewButton = new QPushButton(tr("Preview"), this);
    m_previewButton->setObjectName(u"previewButton"_s);
    m_saveButton = new QPushButton(tr("Save"), this);
    m_saveButton->setObjectName(u"saveButton"_s);
    m_submitButton = new QPushButton(tr("Submit for review"), this);
    m_submitButton->setObjectName(u"submitButton"_s);
    m_submitButton->setProperty("primary", true);
    m_submitButton->setStyleSheet(
        u"QPushButton { background: #1677ff; color: white; border-color: #1677ff; }"
        u" QPushButton:hover { background: #4096ff; color: white; }"
        u" QPushButton:disabled { background: #f5f5f5; color: #bfbfbf; border-color: #e4e7ec; }"_s);
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_submitButton);
    layout->addLayout(buttons);
    connect(m_previewButton, &QPushButton::clicked, this, &NoticeEditor::previewRequested);
    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        if (!commit())
            setStatus(tr("Nothing to save: everything is saved."));
    });
    connect(m_submitButton, &QPushButton::clicked, this, &NoticeEditor::submitForReview);

    connect(m_title, &QLineEdit::textChanged, this, &NoticeEditor::contentEdited);
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        updateChainHint();
        contentEdited();
    });
    connect(m_scheduleCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_schedule->setEnabled(on);
        contentEdited();
    });
    connect(m_schedule, &QDateTimeEdit::dateTimeChanged, this, &NoticeEditor::contentEdited);
    connect(m_body, &QTextEdit::textChanged, this, &NoticeEditor::contentEdited);
}

void NoticeEditor::reloadSettings()
{
    const item::NoticeSettings settings
        = item::loadNoticeSettings(m_context->database(), m_unitCode);
    m_words = settings.words;
    m_chains = settings.chains;
    updateChainHint();
    runChecks();
}

void NoticeEditor::setContent(const NoticeContent &content)
{
    m_loading = true;
    m_title->setText(content.title);
    int index = m_category->findData(content.category);
    if (index < 0 && !content.category.isEmpty()) {
        m_category->addItem(noticeCategoryLabel(content.category), content.category);
        index = m_category->count() - 1;
    }
    m_category->setCurrentIndex(std::max(0, index));
    m_body->setNoticeHtml(content.bodyHtml);
    m_scheduleCheck->setChecked(content.scheduledAt.has_value());
    m_schedule->setEnabled(content.scheduledAt.has_value());
    if (content.scheduledAt) {
        m_schedule->setDateTime(QDateTime::fromMSecsSinceEpoch(*content.scheduledAt));
    } else {
        // Next full hour: the usual choice for a scheduled notice.
        const QDateTime next = QDateTime::currentDateTime().addSecs(3600);
        m_schedule->setDateTime(QDateTime(next.date(), QTime(next.time().hour(), 0)));
    }
    m_loading = false;
}

void NoticeEditor::openNotice(const item::NoticeRow &row)
{
    m_draftTimer->stop();
    m_id = row.notice.id;
    m_unitCode = row.unitCode;
    m_unitLevel = row.notice.unitLevel;
    m_corrects = row.notice.corrects;
    m_baseVersion = row.version;
    m_isNew = false;
    m_dirty = false;
    m_banner->hide();
    reloadSettings();
    setContent(row.notice.content);

    // PRODUCT.md §3: a rejected notice comes back with the reviewer's comment.
    if (row.notice.state == NoticeState::Rejected) {
        const auto reviews = item::loadReviews(m_context->database(), m_id);
        for (auto it = reviews.crbegin(); it != reviews.crend(); ++it) {
            if (!it->review.approved) {
                m_banner->setText(tr("Returned by %1 (%2, %3): %4")
                                      .arg(it->reviewerName, reviewStepName(it->review.step),
                                          noticeTime(it->review.at), it->review.comment));
                m_banner->show();
                break;
            }
        }
    }

    // PRODUCT.md §7: nothing typed is lost. What was typed and not saved comes back.
    const QJsonObject draft
        = QJsonDocument::fromJson(m_context->draft(draftKey(m_id)).toUtf8()).object();
    if (!draft.isEmpty()) {
        NoticeContent restored;
        restored.title = draft.value(u"title"_s).toString();
        restored.category = draft.value(u"category"_s).toString();
        restored.bodyHtml = draft.value(u"body_html"_s).toString();
        restored.scheduledAt = optionalTime(draft.value(u"scheduled_at"_s));
        if (restored == row.notice.content) {
            m_context->removeDraft(draftKey(m_id));
        } else {
            // Saved against the version it was typed on: a change made elsewhere meanwhile
            // shows as a conflict in the sync problems panel, with this text kept.
            m_baseVersion = draft.value(u"base_version"_s).toInteger(row.version);
            setContent(restored);
            m_dirty = true;
            const QString restoredNote
                = tr("Unsaved changes from your last session were restored.");
            m_banner->setText(
                m_banner->isVisible() ? m_banner->text() + u'\n' + restoredNote : restoredNote);
            m_banner->show();
        }
    }
    setStatus(m_dirty ? tr("Unsaved changes") : tr("Saved"));
    runChecks();
}

void NoticeEditor::startNew(const QString &id, const QString &unitCode,
    const NoticeContent &initial, const QString &corrects)
{
    m_draftTimer->stop();
    m_id = id;
    m_unitCode = unitCode;
    const auto *unit = m_context->orgTree()->unit(unitCode);
    m_unitLevel = unit ? unit->level : Level::Community;
    m_corrects = corrects;
    m_baseVersion = 0;
    m_isNew = true;
    m_dirty = false;
    m_banner->hide();
    reloadSettings();
    NoticeContent content = initial;
    if (content.category.isEmpty())
        content.category = noticeCategories().constFirst();
    setContent(content);
    if (!corrects.isEmpty()) {
        m_banner->setText(
            tr("A correction (更正) of a published notice: it goes through review again and is "
               "published as a new notice linked to the old one."));
        m_banner->show();
    }
    setStatus(tr("New notice: it is saved as a draft as you type."));
    runChecks();
}

NoticeContent NoticeEditor::content() const
{
    NoticeContent c;
    c.title = m_title->text();
    c.category = m_category->currentData().toString();
    c.bodyHtml = noticeHtmlFromDocument(m_body->document());
    if (m_scheduleCheck->isChecked())
        c.scheduledAt = m_schedule->dateTime().toMSecsSinceEpoch();
    return c;
}

QJsonObject NoticeEditor::draftJson() const
{
    const NoticeContent c = content();
    return QJsonObject { { u"id"_s, m_id }, { u"unit"_s, m_unitCode },
        { u"corrects"_s, m_corrects }, { u"base_version"_s, m_isNew ? 0 : m_baseVersion },
        { u"category"_s, c.category }, { u"title"_s, c.title }, { u"body_html"_s, c.bodyHtml },
        { u"scheduled_at"_s, c.scheduledAt ? QJsonValue(isoTime(*c.scheduledAt)) : QJsonValue() } };
}

void NoticeEditor::contentEdited()
{
    if (m_loading || m_id.isEmpty())
        return;
    m_dirty = true;
    setStatus(tr("Unsaved changes"));
    m_draftTimer->start();
    m_checkTimer->start();
}

void NoticeEditor::saveDraftNow()
{
    m_draftTimer->stop();
    if (!m_dirty || m_id.isEmpty())
        return;
    m_context->saveDraft(draftKey(m_id),
        QString::fromUtf8(QJsonDocument(draftJson()).toJson(QJsonDocument::Compact)));
    setStatus(
        tr("Draft kept on this computer at %1").arg(QTime::currentTime().toString(u"HH:mm"_s)));
}

bool NoticeEditor::commit(std::function<void(bool)> done)
{
    if (m_id.isEmpty() || (!m_dirty && !m_isNew))
        return false;
    if (m_saving)
        return false;
    saveDraftNow();
    const NoticeContent c = content();
    QJsonObject payload { { u"id"_s, m_id }, { u"unit"_s, m_unitCode },
        { u"category"_s, c.category }, { u"title"_s, c.title }, { u"body_html"_s, c.bodyHtml },
        { u"scheduled_at"_s, c.scheduledAt ? QJsonValue(isoTime(*c.scheduledAt)) : QJsonValue() } };
    if (!m_corrects.isEmpty())
        payload.insert(u"corrects"_s, m_corrects);
    const std::optional<qint64> base
        = m_isNew ? std::nullopt : std::optional<qint64>(m_baseVersion);
    m_saving = true;
    QPointer<NoticeEditor> guard(this);
    const QString id = m_id;
    m_context->submit(store::Command { u"notice.save"_s, payload, base },
        [guard, id, c, done](const store::SubmitResult &result) {
            if (!guard)
                return;
            NoticeEditor *self = guard.data();
            self->m_saving = false;
            if (self->m_id != id) {
                // The editor moved on to another notice: what was sent is final.
                if (result.ok())
                    self->m_context->removeDraft(draftKey(id));
                if (done)
                    done(result.ok());
                return;
            }
            if (result.ok()) {
                self->m_baseVersion = self->m_isNew ? 1 : self->m_baseVersion + 1;
                self->m_isNew = false;
                if (self->content() == c) {
                    self->m_dirty = false;
                    self->m_draftTimer->stop();
                    self->m_context->removeDraft(draftKey(id));
                }
                self->setStatus(tr("Saved at %1").arg(QTime::currentTime().toString(u"HH:mm"_s)));
                Q_EMIT self->saved(id);
            } else {
                self->setStatus(noticeRefusalText(result.errorCode, result.error), true);
            }
            if (done)
                done(result.ok());
        });
    return true;
}

void NoticeEditor::submitForReview()
{
    runChecks();
    if (!m_issues.isEmpty()) {
        setStatus(tr("Fix the problems listed above before submitting."), true);
        return;
    }
    QPointer<NoticeEditor> guard(this);
    const auto send = [guard] {
        if (!guard)
            return;
        const QString id = guard->m_id;
        guard->m_context->submit(
            store::Command { u"notice.submit"_s, { { u"notice"_s, id } }, guard->m_baseVersion },
            [guard, id](const store::SubmitResult &result) {
                if (!guard)
                    return;
                if (result.ok()) {
                    guard->setStatus(
                        tr("Submitted for review. It is sent to the server when online."));
                    Q_EMIT guard->submitted(id);
                } else {
                    guard->setStatus(noticeRefusalText(result.errorCode, result.error), true);
                }
            });
    };
    if (m_dirty || m_isNew) {
        if (!commit([send](bool ok) {
                if (ok)
                    send();
            }))
            setStatus(tr("Saving, try again in a moment."), true);
    } else {
        send();
    }
}

void NoticeEditor::hideEvent(QHideEvent *event)
{
    // Leaving the editor (another notice, another page) saves what was typed.
    if (!event->spontaneous() && m_dirty)
        commit();
    QWidget::hideEvent(event);
}

void NoticeEditor::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color: #cf1322;"_s : u"color: #8c8c8c;"_s);
}

void NoticeEditor::updateChainHint()
{
    const ReviewChain chain
        = resolveReviewChain(m_chains, m_unitLevel, m_category->currentData().toString());
    QStringList steps;
    for (qsizetype i = 0; i < chain.size(); ++i)
        steps.append(reviewStepTitle(int(i + 1), chain.at(i)));
    const QString arrow = u"  →  "_s;
    m_chainHint->setText(
        tr("After submission: %1, then published by your unit.").arg(steps.join(arrow)));
}

void NoticeEditor::runChecks()
{
    m_checkTimer->stop();
    const NoticeContent c = content();
    m_issues = checkNoticeForSubmission(c, m_words, QDateTime::currentMSecsSinceEpoch());

    // Mark every hit in the text itself (PRODUCT.md §3: hits highlighted).
    QList<QTextEdit::ExtraSelection> selections;
    const QString raw = m_body->document()->toRawText();
    for (const auto &hit : m_words.findAll(raw)) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_body->document());
        selection.cursor.setPosition(int(hit.start));
        selection.cursor.setPosition(int(hit.start + hit.length), QTextCursor::KeepAnchor);
        selection.format.setBackground(QColor(0xff, 0xd8, 0xd6));
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(theme::kDanger);
        selection.format.setForeground(QColor(0xa8, 0x07, 0x1a));
        selections.append(selection);
    }
    m_body->setExtraSelections(selections);
    const bool titleHit = m_words.containsAny(c.title);
    m_title->setStyleSheet(
        titleHit ? u"QLineEdit { border-color: #e5484d; background: #fff1f0; }"_s : QString());
    showIssues();
}

void NoticeEditor::showIssues()
{
    const bool maySubmit = !m_id.isEmpty();
    m_submitButton->setEnabled(maySubmit && m_issues.isEmpty());
    if (m_issues.isEmpty()) {
        m_issuesLabel->setText(
            tr("✓ Ready to submit: required fields, sensitive words, links and schedule checked."));
        m_issuesLabel->setStyleSheet(
            u"QLabel { padding: 6px 10px; border-radius: 4px; background: #f6ffed;"
            u" border: 1px solid #b7eb8f; color: #237804; }"_s);
        return;
    }
    const QString body = plainTextFromHtml(content().bodyHtml);
    QStringList lines;
    QHash<QString, int> hitCounts;
    QStringList hitOrder;
    QHash<QString, QString> hitContext;
    for (const auto &issue : std::as_const(m_issues)) {
        if (issue.code == u"sensitive_word") {
            const QString key = issue.field + u'\n' + issue.detail;
            if (!hitCounts.contains(key)) {
                hitOrder.append(key);
                if (issue.field == u"body_html") {
                    const qsizetype from = std::max<qsizetype>(0, issue.start - kContextChars);
                    const qsizetype to = std::min<qsizetype>(
                        body.size(), issue.start + issue.length + kContextChars);
                    hitContext.insert(key, body.mid(from, to - from).simplified());
                }
            }
            ++hitCounts[key];
            continue;
        }
        if (issue.code == u"required") {
            if (issue.field == u"title")
                lines.append(tr("Enter a title."));
            else if (issue.field == u"category")
                lines.append(tr("Choose a category."));
            else
                lines.append(tr("The body is empty."));
        } else if (issue.code == u"invalid_link") {
            lines.append(
                tr("“%1” is not a valid web address (it must start with http:// or https://).")
                    .arg(issue.detail.toHtmlEscaped()));
        } else if (issue.code == u"schedule_in_past") {
            lines.append(tr("The scheduled time has already passed: choose a later time or clear "
                            "“Publish at”."));
        } else {
            lines.append(issue.message.toHtmlEscaped());
        }
    }
    QStringList hits;
    for (const auto &key : std::as_const(hitOrder)) {
        const QString field = key.section(u'\n', 0, 0);
        const QString word = key.section(u'\n', 1);
        const QString link = u"<a href=\"word:%1\" style=\"color:#a8071a;\">%2</a>"_s.arg(
            word.toHtmlEscaped(), tr("find"));
        if (field == u"title") {
            hits.append(
                tr("The title contains the sensitive word “%1”.").arg(word.toHtmlEscaped()));
        } else {
            hits.append(
                tr("The body contains the sensitive word “%1” (%n time(s)): …%2… %3", nullptr,
                    hitCounts.value(key))
                    .arg(word.toHtmlEscaped(), hitContext.value(key).toHtmlEscaped(), link));
        }
    }
    lines = hits + lines;
    QString html = u"<b>%1</b>"_s.arg(tr("Before submitting, fix:"));
    for (const auto &line : std::as_const(lines))
        html += u"<br/>• "_s + line;
    m_issuesLabel->setText(html);
    m_issuesLabel->setStyleSheet(
        u"QLabel { padding: 6px 10px; border-radius: 4px; background: #fff1f0;"
        u" border: 1px solid #ffa39e; color: #a8071a; }"_s);
}

void NoticeEditor::selectWord(const QString &word)
{
    const QString raw = m_body->document()->toRawText();
    for (const auto &hit : m_words.findAll(raw)) {
        if (hit.word != word)
            continue;
        QTextCursor cursor(m_body->document());
        cursor.setPosition(int(hit.start));
        cursor.setPosition(int(hit.start + hit.length), QTextCursor::KeepAnchor);
        m_body->setTextCursor(cursor);
        m_body->setFocus();
        return;
    }
}

void NoticeEditor::toggleHeading()
{
    QTextCursor cursor = m_body->textCursor();
    const bool on = cursor.blockFormat().headingLevel() == 0;
    cursor.beginEditBlock();
    QTextBlockFormat block;
    block.setHeadingLevel(on ? 3 : 0);
    cursor.mergeBlockFormat(block);
    // The look of the heading (the stored markup is <h3>): as Qt imports <h3>.
    QTextCursor range = cursor;
    range.setPosition(cursor.selectionStart());
    range.movePosition(QTextCursor::StartOfBlock);
    range.setPosition(cursor.selectionEnd(), QTextCursor::KeepAnchor);
    range.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    QTextCharFormat look;
    look.setFontWeight(on ? QFont::Bold : QFont::Normal);
    look.setProperty(QTextFormat::FontSizeAdjustment, on ? 1 : 0);
    range.mergeCharFormat(look);
    cursor.endEditBlock();
    m_body->setFocus();
}

void NoticeEditor::toggleBold()
{
    QTextCharFormat format;
    format.setFontWeight(m_body->fontWeight() >= QFont::Bold ? QFont::Normal : QFont::Bold);
    QTextCursor cursor = m_body->textCursor();
    if (!cursor.hasSelection())
        cursor.select(QTextCursor::WordUnderCursor);
    cursor.mergeCharFormat(format);
    m_body->mergeCurrentCharFormat(format);
    m_body->setFocus();
}

void NoticeEditor::toggleList()
{
    QTextCursor cursor = m_body->textCursor();
    cursor.beginEditBlock();
    if (QTextList *list = cursor.currentList()) {
        list->remove(cursor.block());
        QTextBlockFormat format = cursor.blockFormat();
        format.setIndent(0);
        cursor.setBlockFormat(format);
    } else {
        cursor.createList(QTextListFormat::ListDisc);
    }
    cursor.endEditBlock();
    m_body->setFocus();
}

void NoticeEditor::insertLink()
{
    bool ok = false;
    const QString url = QInputDialog::getText(this, tr("Insert link"),
        tr("Web address (http:// or https://):"), QLineEdit::Normal, u"https://"_s, &ok)
                            .trimmed();
    if (!ok || url.isEmpty())
        return;
    if (!isWellFormedWebUrl(url)) {
        QMessageBox::warning(
            this, tr("Insert link"), tr("“%1” is not a valid web address.").arg(url));
        return;
    }
    QTextCursor cursor = m_body->textCursor();
    QTextCharFormat link;
    link.setAnchor(true);
    link.setAnchorHref(url);
    link.setForeground(theme::kAccent);
    link.setFontUnderline(true);
    if (cursor.hasSelection()) {
        cursor.mergeCharFormat(link);
    } else {
        cursor.insertText(url, link);
        // Typing on after the link is plain text again.
        QTextCharFormat plain = cursor.charFormat();
        plain.setAnchor(false);
        plain.setAnchorHref(QString());
        plain.clearForeground();
        plain.setFontUnderline(false);
        m_body->setTextCursor(cursor);
        m_body->setCurrentCharFormat(plain);
    }
    m_body->setFocus();
}

void NoticeEditor::insertImage()
{
    bool ok = false;
    const QString url = QInputDialog::getText(this, tr("Insert image"),
        tr("Image address (http:// or https://). The image is not downloaded "
           "here; the platform shows it."),
        QLineEdit::Normal, u"https://"_s, &ok)
                            .trimmed();
    if (!ok || url.isEmpty())
        return;
    if (!isWellFormedWebUrl(url)) {
        QMessageBox::warning(
            this, tr("Insert image"), tr("“%1” is not a valid web address.").arg(url));
        return;
    }
    QTextImageFormat image;
    image.setName(url);
    m_body->textCursor().insertImage(image);
    m_body->setFocus();
}

} // namespace civic::ui
