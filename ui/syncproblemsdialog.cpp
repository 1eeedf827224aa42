#include "syncproblemsdialog.h"

#include "clientcontext.h"
#include "item/problemsmodel.h"
#include "store/recordstore.h"
#include "sync/syncthread.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace civic::ui {

SyncProblemsDialog::SyncProblemsDialog(ClientContext *context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_model(new item::ProblemsModel(this))
{
    setObjectName(u"syncProblemsDialog"_s);
    setWindowTitle(tr("Sync problems"));
    resize(820, 460);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The server refused these changes. Your text is kept here until you retry it "
                                "or discard it."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableView(this);
    m_table->setObjectName(u"problemsTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 2);
    m_detail = new QPlainTextEdit(this);
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Select a change to see your text in full."));
    layout->addWidget(m_detail, 1);
    auto *buttons = new QHBoxLayout;
    m_retry = new QPushButton(tr("Retry"), this);
    m_retry->setObjectName(u"retryButton"_s);
    m_copy = new QPushButton(tr("Copy my text"), this);
    m_edit = new QPushButton(tr("Edit and resend…"), this);
    m_edit->setObjectName(u"editButton"_s);
    m_discard = new QPushButton(tr("Discard"), this);
    m_discard->setObjectName(u"discardButton"_s);
    auto *close = new QPushButton(tr("Close"), this);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_discard);
    buttons->addStretch(1);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    m_model->load(context->database());
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SyncProblemsDialog::selectionChanged);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    auto selectedOp = [this]() -> QString {
        const auto rows = m_table->selectionModel()->selectedRows();
        return rows.isEmpty() ? QString() : m_model->data(rows.first(), item::ProblemsModel::OpIdRole).toString();
    };
    connect(m_retry, &QPushButton::clicked, this, [this, selectedOp] {
        const QString op = selectedOp();
        m_context->sync()->post([op](sync::SyncEngine *engine) { engine->retry(op); });
    });
    connect(m_discard, &QPushButton::clicked, this, [this, selectedOp] {
        const QString op = selectedOp();
        m_context->sync()->post([op](sync::SyncEngine *engine) { engine->discard(op); });
    });
    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_detail->toPlainText()); });
    connect(m_edit, &QPushButton::clicked, this, &SyncProblemsDialog::editSelected);
    connect(context, &ClientContext::problemsChanged, this, &SyncProblemsDialog::reload);
    selectionChanged();
}

void SyncProblemsDialog::reload()
{
    m_model->reload();
    selectionChanged();
}

namespace {
// Payload keys that name records rather than hold what the user wrote: shown, not edited.
bool isReference(const QString &key)
{
    static const QStringList references = {u"id"_s, u"complaint"_s, u"notice"_s, u"code"_s, u"community"_s,
                                           u"unit"_s, u"department"_s, u"to"_s, u"district"_s, u"task"_s,
                                           u"claim"_s, u"parent"_s, u"level"_s, u"primary"_s, u"duplicate"_s};
    return references.contains(key);
}
} // namespace

void SyncProblemsDialog::editSelected()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    const store::OutboxEntry *e = rows.isEmpty() ? nullptr : m_model->entry(rows.first().row());
    if (!e)
        return;
    QDialog editor(this);
    editor.setObjectName(u"problemEditor"_s);
    editor.setWindowTitle(tr("Edit and resend: %1").arg(item::ProblemsModel::commandLabel(e->type)));
    editor.resize(560, 420);
    auto *layout = new QVBoxLayout(&editor);
    auto *reason = new QLabel(item::ProblemsModel::reasonText(e->lastError, e->state), &editor);
    reason->setWordWrap(true);
    reason->setStyleSheet(u"color: #e5484d;"_s);
    layout->addWidget(reason);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    QHash<QString, QPlainTextEdit *> textEdits;
    QHash<QString, QLineEdit *> lineEdits;
    for (auto it = e->payload.constBegin(); it != e->payload.constEnd(); ++it) {
        const QString key = it.key();
        if (isReference(key) || it.value().isObject() || it.value().isArray()) {
            if (!it.value().isObject() && !it.value().isArray())
                form->addRow(key + u':', new QLabel(it.value().toVariant().toString(), &editor));
            continue;
        }
        if (it.value().isString() && it.value().toString().size() > 40) {
            auto *edit = new QPlainTextEdit(it.value().toString(), &editor);
            textEdits.insert(key, edit);
            form->addRow(key + u':', edit);
        } else {
            auto *edit = new QLineEdit(it.value().toVariant().toString(), &editor);
            lineEdits.insert(key, edit);
            form->addRow(key + u':', edit);
        }
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &editor);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Resend"));
    connect(buttons, &QDialogButtonBox::accepted, &editor, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &editor, &QDialog::reject);
    layout->addWidget(buttons);
    if (editor.exec() != QDialog::Accepted)
        return;
    store::Command edited{e->type, e->payload, e->baseVersion};
    for (auto it = textEdits.cbegin(); it != textEdits.cend(); ++it)
        edited.payload[it.key()] = it.value()->toPlainText();
    for (auto it = lineEdits.cbegin(); it != lineEdits.cend(); ++it) {
        const QJsonValue before = e->payload.value(it.key());
        bool isNumber = false;
        const double number = it.value()->text().toDouble(&isNumber);
        edited.payload[it.key()] = before.isDouble() && isNumber ? QJsonValue(number) : QJsonValue(it.value()->text());
    }
    // A change refused for a conflict is resent against the record as it is now.
    if (edited.baseVersion && !e->entityKind.isEmpty()) {
        store::RecordStore records(m_context->database());
        if (const auto current = records.get(e->entityKind, e->entityId))
            edited.baseVersion = current->version;
    }
    const QString op = e->opId;
    m_context->sync()->post([op, edited](sync::SyncEngine *engine) { engine->resubmit(op, edited, QString()); });
}

void SyncProblemsDialog::selectionChanged()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    const store::OutboxEntry *e = rows.isEmpty() ? nullptr : m_model->entry(rows.first().row());
    m_retry->setEnabled(e);
    m_copy->setEnabled(e);
    m_edit->setEnabled(e);
    m_discard->setEnabled(e);
    if (!e) {
        m_detail->clear();
        return;
    }
    QString text = e->summary;
    if (text.isEmpty())
        text = QString::fromUtf8(QJsonDocument(e->payload).toJson(QJsonDocument::Indented));
    m_detail->setPlainText(text);
}

} // namespace civic::ui
