#include "syncproblemsdialog.h"

#include "clientcontext.h"
#include "item/problemsmodel.h"
#include "sync/syncthread.h"

#include <QClipboard>
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
    m_discard = new QPushButton(tr("Discard"), this);
    m_discard->setObjectName(u"discardButton"_s);
    auto *close = new QPushButton(tr("Close"), this);
    buttons->addWidget(m_retry);
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
    connect(context, &ClientContext::problemsChanged, this, &SyncProblemsDialog::reload);
    selectionChanged();
}

void SyncProblemsDialog::reload()
{
    m_model->reload();
    selectionChanged();
}

void SyncProblemsDialog::selectionChanged()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    const store::OutboxEntry *e = rows.isEmpty() ? nullptr : m_model->entry(rows.first().row());
    m_retry->setEnabled(e);
    m_copy->setEnabled(e);
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
