#pragma once

#include "domain/complaintworkflow.h"
#include "item/complaintrecords.h"

#include <QHash>
#include <QWidget>

class QGridLayout;
class QLabel;
class QNetworkAccessManager;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace civic::ui {

class ClientContext;

// Photos of a complaint as thumbnails loaded from their URLs (kept in memory for the session);
// a click opens the picture. Offline, a grey tile naming the link stands in.
class PhotoStrip : public QWidget
{
    Q_OBJECT

public:
    explicit PhotoStrip(QWidget *parent = nullptr);
    void setUrls(const QStringList &urls);

private:
    void load(const QString &url, QLabel *label);

    QNetworkAccessManager *m_network;
    QStringList m_urls;
    QList<QLabel *> m_labels;
};

// The detail of the selected complaint (PRODUCT.md §2): what the resident said, who they are
// (the phone masked except for the handling unit), where, the photos, the SLA, the whole
// timeline, and the actions the user's role allows: hidden when the role never takes them,
// disabled with the reason when they are not possible now.
class ComplaintDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit ComplaintDetailPane(ClientContext *context, QWidget *parent = nullptr);

    void showComplaint(const QString &id);
    QString complaintId() const { return m_id; }
    // Reads the complaint again (after a sync or a local change).
    void reload();
    // The SLA line only (the minute tick).
    void refreshSla();
    QPushButton *actionButton(domain::ComplaintAction action) const
    {
        return m_buttons.value(int(action));
    }

Q_SIGNALS:
    // An action was queued (the page refreshes the list).
    void actionSubmitted(domain::ComplaintAction action);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void layoutButtons();
    void openAction(domain::ComplaintAction action);
    void fillTimeline(const QList<item::ComplaintEventRow> &events);
    QString unitName(const QString &code) const;

    ClientContext *m_context;
    QString m_id;
    std::optional<item::ComplaintDetail> m_complaint;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_sla;
    QLabel *m_meta;
    QLabel *m_resident;
    QLabel *m_phone;
    QLabel *m_location;
    QLabel *m_content;
    QLabel *m_outcome;
    PhotoStrip *m_photos;
    QLabel *m_photosCaption;
    QGridLayout *m_actionsGrid;
    QHash<int, QPushButton *> m_buttons;
    QTextBrowser *m_timeline;
};

} // namespace civic::ui
