#include "syncstatusbar.h"

#include "clientcontext.h"
#include "labels.h"
#include "theme.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace civic::ui {

SyncStatusBar::SyncStatusBar(ClientContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(10);
    m_online = new QLabel(this);
    m_online->setObjectName(u"onlineLabel"_s);
    m_lastSync = new QLabel(this);
    m_lastSync->setObjectName(u"lastSyncLabel"_s);
    m_pending = new QLabel(this);
    m_pending->setObjectName(u"pendingLabel"_s);
    m_problems = new QToolButton(this);
    m_problems->setObjectName(u"problemsButton"_s);
    m_problems->setIcon(theme::icon(theme::Glyph::Warning, theme::kDanger));
    m_problems->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_problems->setAutoRaise(true);
    m_problems->setStyleSheet(u"color: #e5484d;"_s);
    connect(m_problems, &QToolButton::clicked, this, &SyncStatusBar::problemsRequested);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"syncProgress"_s);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);
    m_progress->setMaximumHeight(14);
    m_progress->setTextVisible(false);
    m_syncButton = new QToolButton(this);
    m_syncButton->setObjectName(u"syncButton"_s);
    m_syncButton->setIcon(theme::icon(theme::Glyph::Sync, theme::kAccent));
    m_syncButton->setText(tr("Sync now"));
    m_syncButton->setToolTip(tr("Sync now (F5)"));
    m_syncButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_syncButton->setAutoRaise(true);
    connect(m_syncButton, &QToolButton::clicked, context, &ClientContext::syncNow);
    for (QWidget *w : {static_cast<QWidget *>(m_online), static_cast<QWidget *>(m_lastSync),
                       static_cast<QWidget *>(m_pending), static_cast<QWidget *>(m_problems),
                       static_cast<QWidget *>(m_progress), static_cast<QWidget *>(m_syncButton)})
        layout->addWidget(w);
    connect(context, &ClientContext::statusChanged, this, &SyncStatusBar::update);
    // "3 minutes ago" and the retry countdown stay current.
    auto *tick = new QTimer(this);
    connect(tick, &QTimer::timeout, this, [this] { update(m_status); });
    tick->start(15000);
    update(context->status());
}

void SyncStatusBar::update(const sync::SyncStatus &status)
{
    m_status = status;
    QString dot;
    if (status.syncing) {
        dot = u"<span style='color:#1677ff'>●</span> "_s + tr("Syncing…");
    } else if (status.errorCode == u"auth") {
        dot = u"<span style='color:#e5484d'>●</span> "_s + tr("Signed out by the server");
    } else if (!status.online && status.errorCode.isEmpty()) {
        dot = u"<span style='color:#8c8c8c'>●</span> "_s + tr("Not connected yet");
    } else if (!status.online) {
        QString text = tr("Offline");
        if (status.nextAttemptAt > 0) {
            const qint64 seconds = std::max<qint64>(0, (status.nextAttemptAt - QDateTime::currentMSecsSinceEpoch()) / 1000);
            text = tr("Offline — retrying in %n s", nullptr, int(seconds));
        }
        dot = u"<span style='color:#8c8c8c'>●</span> "_s + text;
    } else {
        dot = u"<span style='color:#52c41a'>●</span> "_s + tr("Online");
    }
    m_online->setText(dot);
    m_lastSync->setText(tr("Last sync: %1").arg(status.lastSyncAt > 0 ? agoText(status.lastSyncAt) : tr("never")));
    m_lastSync->setToolTip(status.lastSyncAt > 0 ? friendlyTime(status.lastSyncAt) : QString());
    m_pending->setText(status.pending > 0 ? tr("%n change(s) waiting to be sent", nullptr, status.pending)
                                          : tr("All changes sent"));
    m_problems->setText(tr("%n sync problem(s)", nullptr, status.problems));
    m_problems->setVisible(status.problems > 0);
    m_progress->setVisible(status.progress >= 0);
    if (status.progress >= 0)
        m_progress->setValue(status.progress);
    m_syncButton->setEnabled(!status.syncing);
    setToolTip(status.error);
}

} // namespace civic::ui
