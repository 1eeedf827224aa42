#pragma once

#include "domain/complaintworkflow.h"
#include "item/complaintrecords.h"

#include <QDialog>
#include <QTimer>

class QButtonGroup;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace civic::ui {

class ClientContext;

// The dialog of one workflow action on one complaint (回复, 上报, 转办, 办结 …): it asks for
// what the action needs, checks it before anything is queued (PRODUCT.md §2: a reason to
// escalate, a resolution and a final reply to resolve …), then submits the command; the
// domain's refusal, if any, is shown in the user's language and nothing is queued. What the
// user types is kept as a draft while they type, so a crash loses nothing.
class ComplaintActionDialog : public QDialog
{
    Q_OBJECT

public:
    ComplaintActionDialog(ClientContext *context, const item::ComplaintDetail &complaint,
        domain::ComplaintAction action, QWidget *parent = nullptr);

    domain::ComplaintAction action() const { return m_action; }
    // The draft key of the dialog's main text ("complaint/<id>/reply").
    QString draftKey(const QString &field = {}) const;

Q_SIGNALS:
    void submitted(const QString &opId);

private:
    void buildFields();
    QPlainTextEdit *addText(const QString &label, const QString &objectName,
        const QString &hint, const QString &draftField, bool canned);
    void fillMergeCandidates();
    QString validate() const;
    QJsonObject payload() const;
    void submit();
    void saveDrafts();

    ClientContext *m_context;
    item::ComplaintDetail m_complaint;
    domain::ComplaintAction m_action;
    QLabel *m_info = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPlainTextEdit *m_second = nullptr;
    QComboBox *m_choice = nullptr;
    QLineEdit *m_search = nullptr;
    QButtonGroup *m_rating = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_submit = nullptr;
    QTimer m_draftTimer;
    bool m_textRequired = false;
};

// 登记诉求: a complaint typed in by staff (walk-in, phone, grid discovery …), complaint.create.
class CreateComplaintDialog : public QDialog
{
    Q_OBJECT

public:
    // `unitCode`: the community or grid preselected (the tree's selection when it is one).
    CreateComplaintDialog(
        ClientContext *context, const QString &unitCode, QWidget *parent = nullptr);

Q_SIGNALS:
    void created(const QString &complaintId);

private:
    QString validate() const;
    void submit();

    ClientContext *m_context;
    QComboBox *m_place;
    QComboBox *m_category;
    QComboBox *m_channel;
    QLineEdit *m_title;
    QPlainTextEdit *m_content;
    QLineEdit *m_nickname;
    QLineEdit *m_phone;
    QLineEdit *m_location;
    QDateTimeEdit *m_submittedAt;
    QPlainTextEdit *m_photos;
    QLabel *m_error;
    QPushButton *m_submit;
    QTimer m_draftTimer;
};

} // namespace civic::ui
