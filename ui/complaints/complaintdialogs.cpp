#include "complaintdialogs.h"

#include "cannedreplies.h"
#include "clientcontext.h"
#include "complaintui.h"
#include "domain/chinatime.h"
#include "item/complaintlabels.h"
#include "item/orgtreemodel.h"
#include "labels.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::ui {

namespace {

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(u"dialogError"_s);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #e5484d;"_s);
    label->hide();
    return label;
}

QLabel *infoLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(u"dialogInfo"_s);
    label->setWordWrap(true);
    label->setStyleSheet(
        u"color: #646a73; background: #f5f6f8; border-radius: 4px; padding: 6px 8px;"_s);
    return label;
}

} // namespace

ComplaintActionDialog::ComplaintActionDialog(ClientContext *context,
    const item::ComplaintDetail &complaint, ComplaintAction action, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_complaint(complaint)
    , m_action(action)
{
    setObjectName(u"complaintActionDialog"_s);
    setWindowTitle(u"%1 · %2"_s.arg(complaints::actionLabel(action), complaint.title));
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    auto *subject = new QLabel(u"<b>%1</b>"_s.arg(complaint.title.toHtmlEscaped()), this);
    subject->setWordWrap(true);
    layout->addWidget(subject);
    m_error = errorLabel(this);
    buildFields();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(this);
    m_submit = buttons->addButton(complaints::actionLabel(action), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(u"submitButton"_s);
    m_submit->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ComplaintActionDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        // The draft stays: the next time this dialog opens, the words are there.
        saveDrafts();
        reject();
    });
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(400);
    connect(&m_draftTimer, &QTimer::timeout, this, &ComplaintActionDialog::saveDrafts);
}

QString ComplaintActionDialog::draftKey(const QString &field) const
{
    QString key = u"complaint/%1/%2"_s.arg(
        m_complaint.state.id, complaintActionName(m_action).section(u'.', 1));
    if (!field.isEmpty())
        key += u'/' + field;
    return key;
}

QPlainTextEdit *ComplaintActionDialog::addText(const QString &label, const QString &objectName,
    const QString &hint, const QString &draftField, bool canned)
{
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(label, this));
    row->addStretch(1);
    auto *edit = new QPlainTextEdit(this);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(hint);
    edit->setMinimumHeight(canned ? 120 : 80);
    edit->setTabChangesFocus(true);
    if (canned)
        row->addWidget(new CannedReplyButton(m_context, edit, this));
    layout->addLayout(row);
    layout->addWidget(edit);
    // Restore what was typed before (a crash, or the dialog closed without sending).
    const QString saved = m_context->draft(draftKey(draftField));
    if (!saved.isEmpty()) {
        edit->setPlainText(saved);
        edit->moveCursor(QTextCursor::End);
        auto *restored = new QLabel(tr("Restored the text you had not yet sent."), this);
        restored->setObjectName(u"draftRestoredLabel"_s);
        restored->setStyleSheet(u"color: #8c8c8c;"_s);
        layout->addWidget(restored);
    }
    connect(edit, &QPlainTextEdit::textChanged, this, [this] {
        m_draftTimer.start();
        m_error->hide();
    });
    return edit;
}

void ComplaintActionDialog::buildFields()
{
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    const ComplaintState &s = m_complaint.state;
    const auto combo = [this, layout](const QString &label, const QString &objectName) {
        auto *form = new QFormLayout;
        m_choice = new QComboBox(this);
        m_choice->setObjectName(objectName);
        m_choice->setMinimumWidth(260);
        form->addRow(label, m_choice);
        layout->addLayout(form);
    };
    switch (m_action) {
    case ComplaintAction::Reply:
        layout->addWidget(infoLabel(
            tr("The resident reads this reply. The first reply stops the 24-hour clock."), this));
        m_text = addText(tr("Reply"), u"replyTextEdit"_s, tr("Dear resident, …"), {}, true);
        m_textRequired = true;
        break;
    case ComplaintAction::Note:
        layout->addWidget(
            infoLabel(tr("Notes are for staff only; residents never see them."), this));
        m_text = addText(tr("Note"), u"noteTextEdit"_s, {}, {}, false);
        m_textRequired = true;
        break;
    case ComplaintAction::Accept:
        m_text = addText(tr("Remark (optional)"), u"acceptTextEdit"_s, {}, {}, false);
        break;
    case ComplaintAction::Assign:
        combo(tr("Worker"), u"assigneeCombo"_s);
        for (const auto &w : item::assignableWorkers(m_context->database(), s))
            m_choice->addItem(w.name, w.code);
        if (const int i = m_choice->findData(s.assignee); i >= 0)
            m_choice->setCurrentIndex(i);
        break;
    case ComplaintAction::Escalate: {
        const QString target = escalationTargetPath(s);
        const QString code
            = pathCodes(target).isEmpty() ? QString() : pathCodes(target).constLast();
        layout->addWidget(
            infoLabel(tr("Escalate to %1. Once escalated it never returns to the community.")
                          .arg(m_context->unitName(code)),
                this));
        m_text = addText(
            tr("Reason"), u"reasonTextEdit"_s, tr("Why the community cannot solve it"), {}, false);
        m_textRequired = true;
        break;
    }
    case ComplaintAction::Transfer:
        combo(tr("Department"), u"departmentCombo"_s);
        for (const auto &d : item::transferDepartments(m_context->database(), s))
            m_choice->addItem(
                d.name == d.code ? d.code : u"%1（%2）"_s.arg(d.name, d.code), d.code);
        // A street's cache may lack the district's departments: their code can be typed.
        m_choice->setEditable(true);
        m_choice->setInsertPolicy(QComboBox::NoInsert);
        m_choice->setCurrentIndex(m_choice->count() > 0 ? 0 : -1);
        m_choice->lineEdit()->setPlaceholderText(tr("Department code, e.g. 210111-cgw"));
        layout->addWidget(
            infoLabel(tr("Departments of the complaint's district or of the city."), this));
        m_text = addText(tr("Reason"), u"reasonTextEdit"_s, {}, {}, false);
        m_textRequired = true;
        break;
    case ComplaintAction::Return:
        combo(tr("To"), u"returnCombo"_s);
        for (const auto &u : item::returnTargets(m_context->database(), s))
            m_choice->addItem(u.name, u.code);
        if (s.everEscalated)
            layout->addWidget(
                infoLabel(tr("It was escalated, so it cannot go back to a community."), this));
        m_text = addText(tr("Reason"), u"reasonTextEdit"_s, {}, {}, false);
        m_textRequired = true;
        break;
    case ComplaintAction::TakeOver:
        layout->addWidget(infoLabel(tr("%1 will handle this complaint from now on (now: %2).")
                                        .arg(m_context->unitName(m_context->actor().unitCode),
                                            m_context->unitName(s.handlingCode)),
            this));
        m_text = addText(tr("Reason (optional)"), u"reasonTextEdit"_s, {}, {}, false);
        break;
    case ComplaintAction::Object:
        layout->addWidget(infoLabel(tr("Send it back to %1, which transferred it.")
                                        .arg(m_context->unitName(s.transferredByCode)),
            this));
        m_text = addText(
            tr("Reason"), u"reasonTextEdit"_s, tr("Why it is not this department's"), {}, false);
        m_textRequired = true;
        break;
    case ComplaintAction::Resolve:
        m_text = addText(tr("Resolution (for the record)"), u"resolutionTextEdit"_s,
            tr("What was done"), {}, false);
        m_second = addText(
            tr("Final reply to the resident"), u"finalReplyTextEdit"_s, {}, u"reply"_s, true);
        m_textRequired = true;
        break;
    case ComplaintAction::Reopen:
        layout->addWidget(infoLabel(
            tr("Within 7 days of the resolution, when the resident is not satisfied."), this));
        m_text = addText(tr("Reason"), u"reasonTextEdit"_s, {}, {}, false);
        m_textRequired = true;
        break;
    case ComplaintAction::Satisfaction: {
        auto *row = new QHBoxLayout;
        row->addWidget(new QLabel(tr("The resident is"), this));
        m_rating = new QButtonGroup(this);
        int id = 0;
        for (const auto value :
            { Satisfaction::Satisfied, Satisfaction::Basic, Satisfaction::Unsatisfied }) {
            auto *radio = new QRadioButton(item::satisfactionLabel(value), this);
            radio->setObjectName(satisfactionName(value) + u"Radio"_s);
            radio->setProperty("value", satisfactionName(value));
            m_rating->addButton(radio, id++);
            row->addWidget(radio);
            if (s.satisfaction == value)
                radio->setChecked(true);
        }
        row->addStretch(1);
        layout->addLayout(row);
        m_text = addText(
            tr("What the resident said (optional)"), u"satisfactionTextEdit"_s, {}, {}, false);
        break;
    }
    case ComplaintAction::Close:
        m_text = addText(tr("Remark (optional)"), u"closeTextEdit"_s, {}, {}, false);
        break;
    case ComplaintAction::MarkExample:
        layout->addWidget(infoLabel(
            tr("A service example earns assessment bonus points: nickname, time, content, "
               "resolution, final reply and the rating satisfied are all recorded."),
            this));
        m_text = addText(tr("Remark (optional)"), u"exampleTextEdit"_s, {}, {}, false);
        break;
    case ComplaintAction::Merge: {
        layout->addWidget(infoLabel(
            tr("This complaint is archived and points at the one chosen; both timelines are "
               "kept."),
            this));
        m_search = new QLineEdit(this);
        m_search->setObjectName(u"mergeSearchEdit"_s);
        m_search->setPlaceholderText(tr("Search by title or number"));
        layout->addWidget(m_search);
        combo(tr("Merge into"), u"primaryCombo"_s);
        fillMergeCandidates();
        connect(
            m_search, &QLineEdit::textChanged, this, &ComplaintActionDialog::fillMergeCandidates);
        m_text = addText(tr("Remark (optional)"), u"mergeTextEdit"_s, {}, {}, false);
        break;
    }
    case ComplaintAction::Urge:
        layout->addWidget(infoLabel(
            tr("%1 is reminded to handle it.").arg(m_context->unitName(s.handlingCode)), this));
        m_text = addText(tr("Message (optional)"), u"urgeTextEdit"_s, {}, {}, false);
        break;
    }
}

void ComplaintActionDialog::fillMergeCandidates()
{
    m_choice->clear();
    for (const auto &c :
        item::mergeCandidates(m_context->database(), m_complaint.state, m_search->text()))
        m_choice->addItem(c.name, c.code);
}

QString ComplaintActionDialog::validate() const
{
    const auto blank = [](const QPlainTextEdit *edit) {
        return !edit || edit->toPlainText().trimmed().isEmpty();
    };
    switch (m_action) {
    case ComplaintAction::Reply:
    case ComplaintAction::Note:
        if (blank(m_text))
            return complaints::refusalText(u"text_required"_s);
        break;
    case ComplaintAction::Escalate:
    case ComplaintAction::Reopen:
    case ComplaintAction::Object:
    case ComplaintAction::Return:
        if (m_action == ComplaintAction::Return && m_choice->currentData().toString().isEmpty())
            return tr("Please choose the unit.");
        if (blank(m_text))
            return complaints::refusalText(u"reason_required"_s);
        break;
    case ComplaintAction::Transfer:
        if (m_choice->currentText().trimmed().isEmpty())
            return complaints::refusalText(u"not_a_department"_s);
        if (blank(m_text))
            return complaints::refusalText(u"reason_required"_s);
        break;
    case ComplaintAction::Resolve:
        if (blank(m_text))
            return complaints::refusalText(u"resolution_required"_s);
        if (blank(m_second))
            return complaints::refusalText(u"reply_required"_s);
        break;
    case ComplaintAction::Assign:
        if (m_choice->currentData().toString().isEmpty())
            return complaints::refusalText(u"assignee_required"_s);
        break;
    case ComplaintAction::Satisfaction:
        if (!m_rating->checkedButton())
            return tr("Please choose satisfied, basically satisfied or dissatisfied.");
        break;
    case ComplaintAction::Merge:
        if (m_choice->currentData().toString().isEmpty())
            return tr("Please choose the complaint to merge into.");
        break;
    default:
        break;
    }
    const int limit
        = (m_action == ComplaintAction::Escalate || m_action == ComplaintAction::Transfer
              || m_action == ComplaintAction::Return || m_action == ComplaintAction::Object
              || m_action == ComplaintAction::Reopen || m_action == ComplaintAction::Urge
              || m_action == ComplaintAction::TakeOver)
        ? 1000
        : 2000;
    for (const QPlainTextEdit *edit : { m_text, m_second }) {
        if (edit && edit->toPlainText().size() > limit)
            return tr("The text is longer than %1 characters.").arg(limit);
    }
    return {};
}

QJsonObject ComplaintActionDialog::payload() const
{
    QJsonObject p { { u"complaint"_s, m_complaint.state.id } };
    const QString text = m_text ? m_text->toPlainText() : QString();
    const auto optional = [&p](const QString &key, const QString &value) {
        if (!value.trimmed().isEmpty())
            p.insert(key, value);
    };
    switch (m_action) {
    case ComplaintAction::Reply:
    case ComplaintAction::Note:
        p.insert(u"text"_s, text);
        break;
    case ComplaintAction::Accept:
    case ComplaintAction::Close:
    case ComplaintAction::MarkExample:
    case ComplaintAction::Urge:
        optional(u"text"_s, text);
        break;
    case ComplaintAction::Assign:
        p.insert(u"assignee"_s, m_choice->currentData().toString());
        break;
    case ComplaintAction::Escalate:
    case ComplaintAction::Reopen:
    case ComplaintAction::Object:
        p.insert(u"reason"_s, text);
        break;
    case ComplaintAction::TakeOver:
        optional(u"reason"_s, text);
        break;
    case ComplaintAction::Transfer: {
        // A chosen department, or a code typed in.
        const int i = m_choice->findText(m_choice->currentText());
        const QString code
            = i >= 0 ? m_choice->itemData(i).toString() : m_choice->currentText().trimmed();
        p.insert(u"department"_s, code);
        p.insert(u"reason"_s, text);
        break;
    }
    case ComplaintAction::Return:
        p.insert(u"to"_s, m_choice->currentData().toString());
        p.insert(u"reason"_s, text);
        break;
    case ComplaintAction::Resolve:
        p.insert(u"resolution"_s, text);
        p.insert(u"reply"_s, m_second->toPlainText());
        break;
    case ComplaintAction::Satisfaction:
        p.insert(u"value"_s, m_rating->checkedButton()->property("value").toString());
        optional(u"text"_s, text);
        break;
    case ComplaintAction::Merge:
        p.insert(u"primary"_s, m_choice->currentData().toString());
        optional(u"text"_s, text);
        break;
    }
    return p;
}

void ComplaintActionDialog::saveDrafts()
{
    if (m_text)
        m_context->saveDraft(draftKey(), m_text->toPlainText());
    if (m_second)
        m_context->saveDraft(draftKey(u"reply"_s), m_second->toPlainText());
}

void ComplaintActionDialog::submit()
{
    const QString problem = validate();
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    m_error->hide();
    m_submit->setEnabled(false);
    saveDrafts();
    // The cache applies the domain's rules before queueing: a refusal comes back here.
    m_context->submit(store::Command { complaintActionName(m_action), payload(), std::nullopt },
        complaints::guarded(this, [this](const store::SubmitResult &r) {
            m_submit->setEnabled(true);
            if (!r.ok()) {
                m_error->setText(complaints::refusalText(r.errorCode, r.error));
                m_error->show();
                return;
            }
            m_draftTimer.stop();
            if (m_text)
                m_context->removeDraft(draftKey());
            if (m_second)
                m_context->removeDraft(draftKey(u"reply"_s));
            Q_EMIT submitted(r.opId);
            accept();
        }));
}

// --- 登记诉求 ---------------------------------------------------------------------------------

CreateComplaintDialog::CreateComplaintDialog(
    ClientContext *context, const QString &unitCode, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(u"createComplaintDialog"_s);
    setWindowTitle(tr("Register a complaint"));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);

    m_place = new QComboBox(this);
    m_place->setObjectName(u"placeCombo"_s);
    // The communities (and their grids) the user may file at: their own subtree.
    const auto &tree = context->orgTree()->tree();
    for (const auto &code : tree.subtree(context->actor().unitCode)) {
        const OrgUnit *u = tree.find(code);
        if (!u || (u->level != Level::Community && u->level != Level::Grid))
            continue;
        QString name = u->name;
        if (u->level == Level::Grid) {
            if (const OrgUnit *community = tree.find(u->parentCode))
                name = community->name + u" · "_s + u->name;
        } else if (const OrgUnit *street = tree.find(u->parentCode);
                   street && street->level == Level::Street) {
            name = street->name + u" · "_s + u->name;
        }
        m_place->addItem(name, code);
    }
    if (const int i = m_place->findData(unitCode); i >= 0)
        m_place->setCurrentIndex(i);
    form->addRow(tr("Community"), m_place);

    m_channel = new QComboBox(this);
    m_channel->setObjectName(u"channelCombo"_s);
    for (const auto c : { ComplaintChannel::WalkIn, ComplaintChannel::Phone, ComplaintChannel::Grid,
             ComplaintChannel::WeChat, ComplaintChannel::Photo }) {
        const QString name = complaintChannelName(c);
        m_channel->addItem(item::complaintChannelLabel(name), name);
    }
    form->addRow(tr("Channel"), m_channel);

    m_category = new QComboBox(this);
    m_category->setObjectName(u"categoryCombo"_s);
    m_category->addItems(item::complaintCategories(context->database()));
    form->addRow(tr("Category"), m_category);

    m_title = new QLineEdit(this);
    m_title->setObjectName(u"titleEdit"_s);
    m_title->setMaxLength(200);
    m_title->setPlaceholderText(tr("One line, e.g. Manhole cover missing at building 3"));
    form->addRow(tr("Title"), m_title);

    m_content = new QPlainTextEdit(this);
    m_content->setObjectName(u"contentEdit"_s);
    m_content->setPlaceholderText(tr("What the resident reported, in their words"));
    m_content->setMinimumHeight(110);
    m_content->setTabChangesFocus(true);
    m_content->setPlainText(context->draft(u"complaint/new/content"_s));
    form->addRow(tr("Content"), m_content);

    m_nickname = new QLineEdit(this);
    m_nickname->setObjectName(u"nicknameEdit"_s);
    m_nickname->setMaxLength(64);
    form->addRow(tr("Resident"), m_nickname);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(u"phoneEdit"_s);
    m_phone->setMaxLength(32);
    m_phone->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[0-9+\\- ()]{0,32}"_s), m_phone));
    form->addRow(tr("Phone"), m_phone);
    m_location = new QLineEdit(this);
    m_location->setObjectName(u"locationEdit"_s);
    m_location->setMaxLength(500);
    form->addRow(tr("Location"), m_location);
    m_submittedAt = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_submittedAt->setObjectName(u"submittedAtEdit"_s);
    m_submittedAt->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_submittedAt->setCalendarPopup(true);
    m_submittedAt->setMaximumDateTime(QDateTime::currentDateTime().addSecs(600));
    m_submittedAt->setToolTip(
        tr("When the resident came or called: the 24-hour clock starts then"));
    form->addRow(tr("Received at"), m_submittedAt);
    m_photos = new QPlainTextEdit(this);
    m_photos->setObjectName(u"photosEdit"_s);
    m_photos->setPlaceholderText(tr("Photo links (http or https), one per line"));
    m_photos->setMaximumHeight(64);
    form->addRow(tr("Photos"), m_photos);
    layout->addLayout(form);

    m_error = errorLabel(this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(this);
    m_submit = buttons->addButton(tr("Register"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(u"submitButton"_s);
    m_submit->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CreateComplaintDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(400);
    connect(&m_draftTimer, &QTimer::timeout, this,
        [this] { m_context->saveDraft(u"complaint/new/content"_s, m_content->toPlainText()); });
    connect(m_content, &QPlainTextEdit::textChanged, this, [this] { m_draftTimer.start(); });
}

QString CreateComplaintDialog::validate() const
{
    if (m_place->currentData().toString().isEmpty())
        return tr("Please choose the community.");
    if (m_title->text().trimmed().isEmpty())
        return tr("Please give the complaint a title.");
    if (m_content->toPlainText().trimmed().isEmpty())
        return complaints::refusalText(u"content_required"_s);
    if (m_content->toPlainText().size() > 4000)
        return tr("The content is longer than 4000 characters.");
    const QStringList photos = m_photos->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    if (photos.size() > 20)
        return tr("At most 20 photos.");
    for (const auto &url : photos) {
        const QString u = url.trimmed();
        if (!(u.startsWith(u"http://") || u.startsWith(u"https://")) || u.contains(u' '))
            return tr("Not a photo link: %1").arg(u);
    }
    return {};
}

void CreateComplaintDialog::submit()
{
    const QString problem = validate();
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    m_error->hide();
    const QString placeCode = m_place->currentData().toString();
    const OrgUnit *place = m_context->orgTree()->tree().find(placeCode);
    QJsonObject p { { u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { u"category"_s, m_category->currentText() }, { u"title"_s, m_title->text().trimmed() },
        { u"content"_s, m_content->toPlainText() },
        { u"channel"_s, m_channel->currentData().toString() },
        { u"submitted_at"_s, isoTime(m_submittedAt->dateTime().toMSecsSinceEpoch()) } };
    if (place && place->level == Level::Grid) {
        p.insert(u"community"_s, place->parentCode);
        p.insert(u"grid"_s, placeCode);
    } else {
        p.insert(u"community"_s, placeCode);
    }
    if (!m_nickname->text().trimmed().isEmpty())
        p.insert(u"nickname"_s, m_nickname->text().trimmed());
    if (!m_phone->text().trimmed().isEmpty())
        p.insert(u"phone"_s, m_phone->text().trimmed());
    if (!m_location->text().trimmed().isEmpty())
        p.insert(u"location"_s, m_location->text().trimmed());
    QJsonArray photos;
    for (const auto &url : m_photos->toPlainText().split(u'\n', Qt::SkipEmptyParts))
        photos.append(url.trimmed());
    if (!photos.isEmpty())
        p.insert(u"photos"_s, photos);
    m_submit->setEnabled(false);
    const QString id = p.value(u"id"_s).toString();
    m_context->submit(store::Command { u"complaint.create"_s, p, std::nullopt },
        complaints::guarded(this, [this, id](const store::SubmitResult &r) {
            m_submit->setEnabled(true);
            if (!r.ok()) {
                m_error->setText(complaints::refusalText(r.errorCode, r.error));
                m_error->show();
                return;
            }
            m_draftTimer.stop();
            m_context->removeDraft(u"complaint/new/content"_s);
            Q_EMIT created(id);
            accept();
        }));
}

} // namespace civic::ui
