#include "noticepreview.h"

#include "domain/chinatime.h"
#include "noticehtml.h"
#include "noticelabels.h"

#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace civic::ui {

NoticePreview::NoticePreview(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"noticePreview"_s);
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 12, 0, 12);
    outer->addStretch(1);

    // The phone: a dark bezel around a white screen, the account's bar on top.
    auto *phone = new QFrame(this);
    phone->setObjectName(u"phoneFrame"_s);
    phone->setStyleSheet(u"QFrame#phoneFrame { background: #1f2329; border-radius: 30px; }"_s);
    phone->setFixedWidth(kPhoneWidth + 2 * 12);
    phone->setMinimumHeight(480);
    phone->setMaximumHeight(812 + 2 * 14);
    auto *bezel = new QVBoxLayout(phone);
    bezel->setContentsMargins(12, 14, 12, 14);
    bezel->setSpacing(0);

    auto *screen = new QFrame(phone);
    screen->setObjectName(u"phoneScreen"_s);
    screen->setStyleSheet(u"QFrame#phoneScreen { background: white; border-radius: 20px; }"_s);
    auto *screenLayout = new QVBoxLayout(screen);
    screenLayout->setContentsMargins(0, 8, 0, 8);
    screenLayout->setSpacing(0);

    auto *bar = new QWidget(screen);
    bar->setObjectName(u"phoneBar"_s);
    bar->setStyleSheet(
        u"QWidget#phoneBar { background: #ededed; border-bottom: 1px solid #dcdcdc; }"_s);
    bar->setAttribute(Qt::WA_StyledBackground);
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(12, 8, 12, 8);
    auto *back = new QLabel(u"‹"_s, bar);
    back->setStyleSheet(u"font-size: 16pt; color: #1f2329;"_s);
    barLayout->addWidget(back);
    m_account = new QLabel(bar);
    m_account->setObjectName(u"previewAccountLabel"_s);
    m_account->setAlignment(Qt::AlignCenter);
    m_account->setTextFormat(Qt::PlainText);
    m_account->setStyleSheet(u"font-weight: bold; color: #1f2329;"_s);
    barLayout->addWidget(m_account, 1);
    auto *more = new QLabel(u"···"_s, bar);
    more->setStyleSheet(u"color: #1f2329; font-weight: bold;"_s);
    barLayout->addWidget(more);
    screenLayout->addWidget(bar);

    auto *scroll = new QScrollArea(screen);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setStyleSheet(u"QScrollArea { background: white; }"_s);
    auto *page = new QWidget(scroll);
    page->setObjectName(u"phonePage"_s);
    page->setStyleSheet(u"QWidget#phonePage { background: white; }"_s);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(16, 16, 16, 16);
    pageLayout->setSpacing(10);
    m_title = new QLabel(page);
    m_title->setObjectName(u"previewTitleLabel"_s);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setStyleSheet(u"font-size: 15pt; font-weight: bold; color: #1f2329;"_s);
    pageLayout->addWidget(m_title);
    m_meta = new QLabel(page);
    m_meta->setObjectName(u"previewMetaLabel"_s);
    m_meta->setWordWrap(true);
    m_meta->setTextFormat(Qt::RichText);
    pageLayout->addWidget(m_meta);
    m_body = new NoticeHtmlView(page);
    m_body->setObjectName(u"previewBody"_s);
    m_body->setFrameShape(QFrame::NoFrame);
    m_body->setStyleSheet(
        u"QTextBrowser { background: white; border: none; font-size: 11pt; color: #333333; }"_s);
    m_body->document()->setDocumentMargin(0);
    m_body->setFitToContent(true, 80);
    pageLayout->addWidget(m_body);
    m_reads = new QLabel(page);
    m_reads->setObjectName(u"previewReadsLabel"_s);
    m_reads->setStyleSheet(u"color: #8c8c8c; padding-top: 8px;"_s);
    pageLayout->addWidget(m_reads);
    pageLayout->addStretch(1);
    scroll->setWidget(page);
    screenLayout->addWidget(scroll, 1);
    bezel->addWidget(screen, 1);

    outer->addWidget(phone);
    outer->addStretch(1);
}

void NoticePreview::showContent(
    const domain::NoticeContent &content, const QString &accountName, qint64 when, qint64 reads)
{
    m_account->setText(accountName);
    m_title->setText(content.title.isEmpty() ? tr("(no title)") : content.title);
    const QString date = when > 0
        ? QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(when, QTimeZone(domain::kChinaOffsetSeconds)).date(),
            QLocale::ShortFormat)
        : QString();
    m_meta->setText(
        u"<span style=\"color:#576b95;\">%1</span>&nbsp;&nbsp;<span "
        u"style=\"color:#8c8c8c;\">%2</span>"
        u"&nbsp;&nbsp;<span style=\"color:#1677ff; background-color:#e6f0ff;\">&nbsp;%3&nbsp;</span>"_s
            .arg(accountName.toHtmlEscaped(), date,
                noticeCategoryLabel(content.category).toHtmlEscaped()));
    m_body->setNoticeHtml(content.bodyHtml);
    m_reads->setVisible(reads >= 0);
    if (reads >= 0)
        m_reads->setText(tr("Reads %1").arg(QLocale().toString(reads)));
}

} // namespace civic::ui
