// The 工作台's 季度考核 card: see assessmentdashboard.h.

#include "assessment/assessmentdashboard.h"

#include "clientcontext.h"
#include "domain/org.h"
#include "item/assessmentinputs.h"
#include "item/assessmentmodel.h"
#include "item/orgtreemodel.h"
#include "pages/page.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::ui {

namespace {

const QStringList kInputs { u"assessment"_s, u"assessment_row"_s, u"claim"_s, u"task"_s,
    u"task_submission"_s, u"rule_set"_s, u"fan_day"_s, u"notice"_s, u"review"_s,
    u"complaint"_s, u"org_unit"_s };

QString score(const QJsonObject &row)
{
    return item::AssessmentText::score(row.value(u"total"_s).toDouble());
}

} // namespace

AssessmentDashboardSection::AssessmentDashboardSection(ClientContext *context, QWidget *parent)
    : QFrame(parent)
    , m_context(context)
    , m_soon(new QTimer(this))
{
    setObjectName(u"panel"_s);
    setAccessibleName(u"assessmentDashboardSection"_s);
    auto *layout = new QVBoxLayout(this);
    auto *head = new QHBoxLayout;
    auto *caption = new QLabel(tr("Quarterly assessment"), this);
    caption->setObjectName(u"cardLabel"_s);
    head->addWidget(caption, 1);
    m_open = new QPushButton(tr("Open"), this);
    m_open->setObjectName(u"openAssessmentButton"_s);
    head->addWidget(m_open);
    layout->addLayout(head);
    m_current = new QLabel(this);
    m_current->setObjectName(u"assessmentCurrentLabel"_s);
    m_current->setWordWrap(true);
    m_current->setStyleSheet(u"font-size: 11pt;"_s);
    layout->addWidget(m_current);
    m_hint = new QLabel(this);
    m_hint->setObjectName(u"assessmentHintLabel"_s);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(u"color: #1e8449;"_s);
    layout->addWidget(m_hint);
    m_last = new QLabel(this);
    m_last->setObjectName(u"assessmentLastLabel"_s);
    m_last->setWordWrap(true);
    layout->addWidget(m_last);

    connect(m_open, &QPushButton::clicked, this, [this] {
        for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
            if (auto *page = qobject_cast<Page *>(w)) {
                Q_EMIT page->openRequested(AssessmentPageIndex, QString());
                return;
            }
        }
    });
    // Scoring a district re-reads its quarter from the cache: after a sync, not per record.
    m_soon->setSingleShot(true);
    m_soon->setInterval(250);
    connect(m_soon, &QTimer::timeout, this, &AssessmentDashboardSection::refresh);
    connect(context, &ClientContext::cacheChanged, this, [this](const QStringList &kinds) {
        for (const QString &k : kinds) {
            if (kInputs.contains(k)) {
                m_soon->start();
                return;
            }
        }
    });
    refresh();
}

QString AssessmentDashboardSection::currentText() const
{
    return m_current->text();
}

QString AssessmentDashboardSection::lastText() const
{
    return m_last->text();
}

void AssessmentDashboardSection::refresh()
{
    // The account's district and community, from the org tree (empty until the first sync).
    m_district.clear();
    m_community.clear();
    for (const QString &code : pathCodes(m_context->actor().unitPath)) {
        const auto *unit = m_context->orgTree()->unit(code);
        if (unit && unit->level == Level::District)
            m_district = code;
        if (unit && unit->level == Level::Community)
            m_community = code;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString current = store::assessmentQuarterOf(now);
    const QString last = store::assessmentQuarterAdd(current, -1);
    const QString visible = m_context->actor().unitPath;
    const item::AssessmentQuarter q
        = item::loadAssessmentQuarter(m_context->database(), m_district, current, visible, now);
    const item::AssessmentQuarter p
        = item::loadAssessmentQuarter(m_context->database(), m_district, last, visible, now);
    m_hint->clear();

    if (!m_community.isEmpty()) {
        const int own = q.indexOf(m_community);
        if (own >= 0 && !q.relativeUnknown)
            m_current->setText(tr("%1, provisional: No. %2 of %3 communities, total %4")
                                   .arg(current)
                                   .arg(q.rows.at(own).value(u"rank"_s).toInt())
                                   .arg(q.communities)
                                   .arg(score(q.rows.at(own))));
        else
            m_current->setText(tr("%1, provisional: the rank and total show once the district "
                                  "publishes the quarter.")
                                   .arg(current));
        if (!q.bundle.isEmpty()) {
            const auto hints = item::assessmentHints(q.bundle, m_community, now);
            if (!hints.isEmpty())
                m_hint->setText(tr("To raise the score: %1").arg(hints.constFirst().text));
        }
        const int place = p.indexOf(m_community);
        if (p.published && place >= 0)
            m_last->setText(tr("%1: No. %2 of %3 communities, total %4")
                                .arg(last)
                                .arg(p.rows.at(place).value(u"rank"_s).toInt())
                                .arg(p.communities)
                                .arg(score(p.rows.at(place))));
        else
            m_last->setText(tr("%1 is not published yet.").arg(last));
    } else if (!m_district.isEmpty()) {
        if (q.rows.isEmpty() || q.relativeUnknown) {
            m_current->setText(tr("%1, provisional: not enough data in this client to rank the "
                                  "communities yet.")
                                   .arg(current));
        } else {
            QStringList leaders;
            for (qsizetype i = 0; i < q.rows.size() && leaders.size() < 3; ++i)
                leaders.append(u"%1 %2"_s.arg(q.rows.at(i).value(u"name"_s).toString(), score(q.rows.at(i))));
            m_current->setText(
                tr("%1, provisional leaders: %2").arg(current, leaders.join(u" · "_s)));
        }
        if (p.published) {
            const QString best = p.indexOf(p.best) >= 0 ? p.nameOf(p.best)
                : !p.bestName.isEmpty()                 ? p.bestName
                                                        : m_context->unitName(p.best);
            m_last->setText(p.best.isEmpty()
                    ? tr("%1 is published.").arg(last)
                    : tr("%1 is published; best community: %2").arg(last, best));
        } else {
            m_last->setText(tr("%1 is not published yet.").arg(last));
        }
    }
    m_hint->setVisible(!m_hint->text().isEmpty());
}

// ---- factory ----------------------------------------------------------------------------

QWidget *createAssessmentDashboardSection(ClientContext *context)
{
    // A district's quarter: the city oversees many and has the page's district picker instead.
    const Level level = context->actor().unitLevel;
    if (level == Level::City || level == Level::Department)
        return nullptr;
    return new AssessmentDashboardSection(context);
}

} // namespace civic::ui
