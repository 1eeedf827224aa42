#include "cannedreplies.h"

#include "clientcontext.h"
#include "complaintui.h"
#include "item/complaintrecords.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace civic::ui {

CannedReplyButton::CannedReplyButton(
    ClientContext *context, QPlainTextEdit *target, QWidget *parent)
    : QToolButton(parent)
    , m_context(context)
    , m_target(target)
{
    setObjectName(u"cannedReplyButton"_s);
    setText(tr("Canned replies"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Room for the menu arrow after the text.
    setStyleSheet(u"QToolButton { padding: 3px 20px 3px 8px; }"_s);
    auto *menu = new QMenu(this);
    menu->setObjectName(u"cannedReplyMenu"_s);
    setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, &CannedReplyButton::fillMenu);
}

void CannedReplyButton::fillMenu()
{
    QMenu *m = menu();
    m->clear();
    const QString unit = item::replyingUnit(m_context->actor(), m_context->database());
    const auto replies = item::loadCannedReplies(m_context->database(), unit);
    for (const auto &reply : replies) {
        QAction *action = m->addAction(reply.title);
        action->setToolTip(reply.text);
        const QString text = reply.text;
        connect(action, &QAction::triggered, this, [this, text] {
            // At the cursor, so a greeting and a canned paragraph combine.
            m_target->textCursor().insertText(text);
            m_target->setFocus();
        });
    }
    if (replies.isEmpty())
        m->addAction(tr("No canned replies yet"))->setEnabled(false);
    m->addSeparator();
    connect(m->addAction(tr("Manage canned replies…")), &QAction::triggered, this, [this] {
        auto *dialog = new CannedRepliesDialog(m_context, window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

CannedRepliesDialog::CannedRepliesDialog(ClientContext *context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_unit(item::replyingUnit(context->actor(), context->database()))
{
    setObjectName(u"cannedRepliesDialog"_s);
    setWindowTitle(tr("Canned replies of %1").arg(context->unitName(m_unit)));
    resize(680, 420);
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(u"cannedReplyList"_s);
    m_list->setMinimumWidth(200);
    row->addWidget(m_list);
    auto *form = new QVBoxLayout;
    form->addWidget(new QLabel(tr("Title"), this));
    m_title = new QLineEdit(this);
    m_title->setObjectName(u"cannedTitleEdit"_s);
    m_title->setMaxLength(50);
    m_title->setPlaceholderText(tr("e.g. Received"));
    form->addWidget(m_title);
    form->addWidget(new QLabel(tr("Text"), this));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"cannedTextEdit"_s);
    m_text->setPlaceholderText(tr("The words residents will read"));
    form->addWidget(m_text, 1);
    row->addLayout(form, 1);
    layout->addLayout(row, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(u"cannedMessage"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #e5484d;"_s);
    layout->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("New"), this);
    add->setObjectName(u"newCannedButton"_s);
    m_delete = new QPushButton(tr("Delete"), this);
    m_delete->setObjectName(u"deleteCannedButton"_s);
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(u"saveCannedButton"_s);
    m_save->setDefault(true);
    auto *close = new QPushButton(tr("Close"), this);
    buttons->addWidget(add);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, &CannedRepliesDialog::startNew);
    connect(m_save, &QPushButton::clicked, this, &CannedRepliesDialog::save);
    connect(m_delete, &QPushButton::clicked, this, &CannedRepliesDialog::remove);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, this, &CannedRepliesDialog::showCurrent);
    connect(context, &ClientContext::cacheChanged, this, [this](const QStringList &kinds) {
        if (kinds.contains(u"canned_reply"_s))
            reload();
    });
    reload();
    if (m_list->count() == 0)
        startNew();
}

void CannedRepliesDialog::reload()
{
    const QString keep = m_editingId;
    const QSignalBlocker block(m_list);
    m_list->clear();
    int select = -1;
    for (const auto &reply : item::loadCannedReplies(m_context->database(), m_unit)) {
        auto *it = new QListWidgetItem(reply.title, m_list);
        it->setData(Qt::UserRole, reply.id);
        it->setData(Qt::UserRole + 1, reply.text);
        it->setToolTip(reply.text);
        if (reply.id == keep)
            select = m_list->count() - 1;
    }
    if (select >= 0)
        m_list->setCurrentRow(select);
    m_delete->setEnabled(!m_editingId.isEmpty() && select >= 0);
}

void CannedRepliesDialog::showCurrent()
{
    QListWidgetItem *it = m_list->currentItem();
    if (!it)
        return;
    m_editingId = it->data(Qt::UserRole).toString();
    m_title->setText(it->text());
    m_text->setPlainText(it->data(Qt::UserRole + 1).toString());
    m_delete->setEnabled(true);
    m_message->clear();
}

void CannedRepliesDialog::startNew()
{
    m_editingId.clear();
    m_list->clearSelection();
    m_title->clear();
    m_text->clear();
    m_delete->setEnabled(false);
    m_message->clear();
    m_title->setFocus();
}

void CannedRepliesDialog::setBusy(bool busy)
{
    m_save->setEnabled(!busy);
    m_delete->setEnabled(!busy && !m_editingId.isEmpty());
}

void CannedRepliesDialog::save()
{
    const QString title = m_title->text().trimmed();
    const QString text = m_text->toPlainText();
    if (title.isEmpty()) {
        m_message->setText(tr("Please give the canned reply a title."));
        return;
    }
    if (text.trimmed().isEmpty()) {
        m_message->setText(tr("Please write the text."));
        return;
    }
    if (text.size() > 2000) {
        m_message->setText(tr("The text is longer than 2000 characters."));
        return;
    }
    if (m_editingId.isEmpty())
        m_editingId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    setBusy(true);
    m_context->submit(store::Command { u"canned_reply.save"_s,
                          { { u"id"_s, m_editingId }, { u"unit"_s, m_unit }, { u"title"_s, title },
                              { u"text"_s, text } },
                          std::nullopt },
        complaints::guarded(this, [this](const store::SubmitResult &r) {
            setBusy(false);
            m_message->setText(r.ok() ? QString() : complaints::refusalText(r.errorCode, r.error));
        }));
}

void CannedRepliesDialog::remove()
{
    if (m_editingId.isEmpty())
        return;
    const QString id = m_editingId;
    setBusy(true);
    m_context->submit(
        store::Command { u"canned_reply.delete"_s, { { u"id"_s, id } }, std::nullopt },
        complaints::guarded(this, [this](const store::SubmitResult &r) {
            setBusy(false);
            if (r.ok())
                startNew();
            else
                m_message->setText(complaints::refusalText(r.errorCode, r.error));
        }));
}

} // namespace civic::ui
