#pragma once

#include "domain/noticeworkflow.h"

#include <QWidget>

class QLabel;

namespace civic::ui {

class NoticeHtmlView;

// A read-only preview of a notice as residents will see it in the official account on a
// phone: a narrow (375 px) column with the account's name, the title, date and category, the
// body and, once published, its reads (阅读量).
class NoticePreview : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kPhoneWidth = 375;

    explicit NoticePreview(QWidget *parent = nullptr);

    // `accountName` is the publishing unit's name; `when` the publication (or last change)
    // time; `reads` < 0 hides the reads line.
    void showContent(const domain::NoticeContent &content, const QString &accountName, qint64 when,
        qint64 reads = -1);

private:
    QLabel *m_account;
    QLabel *m_title;
    QLabel *m_meta;
    NoticeHtmlView *m_body;
    QLabel *m_reads;
};

} // namespace civic::ui
