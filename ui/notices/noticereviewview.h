#pragma once

#include "item/noticerecords.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QFrame;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace civic::ui {

class ClientContext;
class NoticeHtmlView;

// The review side of a notice (PRODUCT.md §3): the chain as steps (一审 社区主任, 二审 街道,
// 区级 …) with who decided what and when, the rating and comment; who is reviewing now and
// until when (red when overdue); the word diff against the previously submitted revision;
// every comment; and, only for the current step's reviewer as the domain decides, 通过 with
// a 1–5 quality rating or 退回 with a required comment. The author may withdraw a notice in
// review, and the unit's staff publish an approved one.
class NoticeReviewView : public QWidget
{
    Q_OBJECT

public:
    explicit NoticeReviewView(ClientContext *context, QWidget *parent = nullptr);

    // Shows the notice as the cache holds it now.
    void showNotice(const item::NoticeRow &row);
    QString noticeId() const { return m_row ? m_row->notice.id : QString(); }
    // The time "now" for due dates and overdue marks; tests set it.
    void setNow(qint64 now) { m_now = now; }

Q_SIGNALS:
    // A command was applied locally (approve, reject, withdraw, publish).
    void changed(const QString &noticeId);

private:
    void createDecision();
    void createActions();
    void buildChain();
    void updateActions();
    void buildDiff();
    void buildHistory();
    void decide(bool approve);
    void runCommand(const QString &type, const QJsonObject &payload, QPushButton *button);
    qint64 now() const;
    QString unitLabel(const QString &code) const;
    QString reviewersOf(const QString &role, const QString &unitCode) const;

    ClientContext *m_context;
    std::optional<item::NoticeRow> m_row;
    QList<item::RevisionRow> m_revisions;
    QList<item::ReviewRow> m_reviews;
    qint64 m_now = 0;

    QVBoxLayout *m_layout;
    QLabel *m_chainCaption;
    QHBoxLayout *m_steps;
    QLabel *m_current;
    QFrame *m_decision;
    QButtonGroup *m_rating;
    QLabel *m_ratingText;
    QPlainTextEdit *m_comment;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QLabel *m_decisionError;
    QFrame *m_actions;
    QLabel *m_actionsText;
    QPushButton *m_withdraw;
    QPushButton *m_publish;
    QLabel *m_diffCaption;
    NoticeHtmlView *m_diff;
    QLabel *m_history;
};

} // namespace civic::ui
