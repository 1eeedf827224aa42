#pragma once

#include <QObject>
#include <QStringList>

class QSystemTrayIcon;

namespace civic::ui {

class ClientContext;

// Tells the user, after a sync, about complaints in their scope that are new (待受理, arrived
// since the last look) and those whose reply deadline ran out since (PRODUCT.md §2, seed 004:
// neglect made visible) — once each. Through the system tray when there is one, else the
// window's status bar. What was announced is kept in the cache (drafts table), so a restart
// does not repeat it; the first run only takes note of what is there.
class ComplaintTrayNotifier : public QObject
{
    Q_OBJECT

public:
    explicit ComplaintTrayNotifier(ClientContext *context, QObject *parent = nullptr);
    ~ComplaintTrayNotifier() override;

    // Looks for what is new since the last look and announces it (called after each sync).
    void check();
    // The last announcement's lines (for the status bar and tests); empty for none.
    QStringList lastAnnouncement() const { return m_last; }

Q_SIGNALS:
    void announced(const QString &title, const QString &message);

private:
    void show(const QString &title, const QString &message);

    ClientContext *m_context;
    QSystemTrayIcon *m_tray = nullptr;
    qint64 m_lastSyncAt = 0;
    QStringList m_last;
};

} // namespace civic::ui
