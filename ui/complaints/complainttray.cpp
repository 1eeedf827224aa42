#include "complainttray.h"

#include "clientcontext.h"
#include "item/complaintrecords.h"
#include "theme.h"

#include <QApplication>
#include <QDateTime>
#include <QMainWindow>
#include <QStatusBar>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace civic::ui {

namespace {

const QString kNewMark = u"complaints/notified/submitted"_s;
const QString kBreachMark = u"complaints/notified/due"_s;

// Titles named in a message: a few, then "and N more".
QString titles(const QList<item::WatchedComplaint> &rows, int total)
{
    QStringList names;
    for (int i = 0; i < rows.size() && i < 3; ++i)
        names.append(u"「%1」"_s.arg(rows.at(i).title));
    QString text = names.join(u"、"_s);
    if (total > names.size())
        text += QCoreApplication::translate(
            "civic::ui::ComplaintTrayNotifier", " and %n more", nullptr, int(total - names.size()));
    return text;
}

} // namespace

ComplaintTrayNotifier::ComplaintTrayNotifier(ClientContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    connect(context, &ClientContext::statusChanged, this, [this](const sync::SyncStatus &status) {
        // After each completed sync (the last sync time moves), once.
        if (status.syncing || status.lastSyncAt == 0 || status.lastSyncAt == m_lastSyncAt)
            return;
        m_lastSyncAt = status.lastSyncAt;
        check();
    });
}

ComplaintTrayNotifier::~ComplaintTrayNotifier()
{
    delete m_tray;
}

void ComplaintTrayNotifier::check()
{
    const QSqlDatabase db = m_context->database();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString newMark = m_context->draft(kNewMark);
    const QString breachMark = m_context->draft(kBreachMark);
    const qint64 latest = item::latestSubmittedAt(db);
    if (newMark.isEmpty() || breachMark.isEmpty()) {
        // First run for this account: what is there now is not news.
        m_context->saveDraft(kNewMark, QString::number(latest));
        m_context->saveDraft(kBreachMark, QString::number(now));
        return;
    }
    const auto fresh = item::newComplaintsAfter(db, m_context->actor(), newMark.toLongLong(), 50);
    const auto breached
        = item::slaBreachesBetween(db, m_context->actor(), breachMark.toLongLong(), now, 50);
    m_context->saveDraft(kNewMark, QString::number(std::max(latest, newMark.toLongLong())));
    m_context->saveDraft(kBreachMark, QString::number(now));
    QStringList lines;
    if (!fresh.isEmpty())
        lines.append(tr("%n new complaint(s): %1", nullptr, int(fresh.size()))
                         .arg(titles(fresh, int(fresh.size()))));
    if (!breached.isEmpty())
        lines.append(
            tr("%n complaint(s) past the reply deadline: %1", nullptr, int(breached.size()))
                .arg(titles(breached, int(breached.size()))));
    if (lines.isEmpty())
        return;
    m_last = lines;
    show(breached.isEmpty() ? tr("New complaints") : tr("Complaints need attention"),
        lines.join(u"\n"_s));
}

void ComplaintTrayNotifier::show(const QString &title, const QString &message)
{
    Q_EMIT announced(title, message);
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(theme::icon(theme::Glyph::Complaints, theme::kAccent));
            m_tray->setToolTip(tr("CivicDesk"));
            m_tray->show();
        }
        m_tray->showMessage(title, message, QSystemTrayIcon::Information, 15000);
        return;
    }
    // No tray (some remote desktops, the offscreen platform): the main window's status bar.
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<QMainWindow *>(w); window && window->isVisible()) {
            // The lines name what they are about; the title would only repeat it.
            window->statusBar()->showMessage(QString(message).replace(u'\n', u"；"_s), 30000);
            return;
        }
    }
}

} // namespace civic::ui
