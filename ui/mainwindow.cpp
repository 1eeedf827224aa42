#include "mainwindow.h"

#include "clientcontext.h"
#include "item/orgtreemodel.h"
#include "labels.h"
#include "orgtreepanel.h"
#include "pages/page.h"
#include "pages/settingspage.h"
#include "sync/session.h"
#include "syncproblemsdialog.h"
#include "syncstatusbar.h"
#include "theme.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QShortcut>
#include <QSplitter>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace civic::ui {

namespace {

// A navigation button that paints a red count in its corner (e.g. notices awaiting review).
class NavButton : public QToolButton
{
public:
    using QToolButton::QToolButton;
    void setBadge(int count)
    {
        m_badge = count;
        update();
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QToolButton::paintEvent(event);
        if (m_badge <= 0)
            return;
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 0.8);
        f.setBold(true);
        p.setFont(f);
        const QString text = m_badge > 99 ? u"99+"_s : QString::number(m_badge);
        const QFontMetrics fm(f);
        const int h = fm.height() + 2;
        const int w = std::max(h, fm.horizontalAdvance(text) + 8);
        const QRect r(width() - w - 8, 6, w, h);
        p.setPen(Qt::NoPen);
        p.setBrush(theme::kDanger);
        p.drawRoundedRect(r, h / 2.0, h / 2.0);
        p.setPen(Qt::white);
        p.drawText(r, Qt::AlignCenter, text);
    }

private:
    int m_badge = 0;
};

} // namespace

MainWindow::MainWindow(ClientContext *context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
{
    setObjectName(u"mainWindow"_s);
    const auto &account = context->session()->account();
    setWindowTitle(tr("CivicDesk — %1 %2").arg(account.unitName(), account.displayName()));
    resize(1440, 900);

    auto *central = new QWidget(this);
    auto *row = new QHBoxLayout(central);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);

    auto *nav = new QWidget(central);
    nav->setObjectName(u"navigationBar"_s);
    nav->setAttribute(Qt::WA_StyledBackground);
    nav->setFixedWidth(92);
    auto *navLayout = new QVBoxLayout(nav);
    navLayout->setContentsMargins(0, 0, 0, 8);
    navLayout->setSpacing(2);
    auto *appTitle = new QLabel(tr("CivicDesk"), nav);
    appTitle->setObjectName(u"appTitle"_s);
    appTitle->setAlignment(Qt::AlignCenter);
    appTitle->setWordWrap(true);
    navLayout->addWidget(appTitle);
    m_navigation = new QButtonGroup(this);
    m_navigation->setExclusive(true);

    m_pages = {createDashboardPage(context),  createComplaintsPage(context), createNoticesPage(context),
               createFansPage(context),       createAssessmentPage(context), createSettingsPage(context)};
    const QStringList buttonNames = {u"dashboardNavButton"_s, u"complaintsNavButton"_s, u"noticesNavButton"_s,
                                     u"fansNavButton"_s,      u"assessmentNavButton"_s, u"settingsNavButton"_s};
    m_stack = new QStackedWidget;
    for (int i = 0; i < m_pages.size(); ++i) {
        Page *page = m_pages.at(i);
        // A page taller or wider than the window scrolls instead of pushing the window past
        // the screen: office laptops are 1366×768 with a taskbar.
        auto *scroller = new QScrollArea;
        scroller->setFrameShape(QFrame::NoFrame);
        scroller->setWidgetResizable(true);
        scroller->setWidget(page);
        m_stack->addWidget(scroller);
        auto *button = new NavButton(nav);
        button->setObjectName(u"navButton"_s);
        button->setAccessibleName(buttonNames.at(i));
        button->setText(page->title());
        button->setIcon(theme::icon(page->glyph(), QColor(0xc9, 0xd1, 0xd9)));
        button->setIconSize(QSize(24, 24));
        button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        button->setCheckable(true);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        m_navigation->addButton(button, i);
        if (i == SettingsPageIndex)
            navLayout->addStretch(1);
        navLayout->addWidget(button);
        connect(page, &Page::navigationBadgeChanged, this, &MainWindow::updateNavigationBadges);
        connect(page, &Page::openRequested, this, [this](int index, const QString &unit) {
            if (!unit.isEmpty())
                m_context->setCurrentUnit(unit);
            showPage(index);
        });
    }
    connect(m_navigation, &QButtonGroup::idClicked, this, &MainWindow::showPage);
    row->addWidget(nav);

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setChildrenCollapsible(false);
    m_tree = new OrgTreePanel(context, m_splitter);
    m_tree->setMinimumWidth(200);
    auto *content = new QWidget(m_splitter);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    auto *header = new QWidget(content);
    header->setObjectName(u"headerBar"_s);
    header->setStyleSheet(u"QWidget#headerBar { background: white; border-bottom: 1px solid #e4e7ec; }"_s);
    header->setAttribute(Qt::WA_StyledBackground);
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(20, 10, 20, 10);
    m_title = new QLabel(header);
    m_title->setStyleSheet(u"font-size: 13pt; font-weight: bold;"_s);
    m_breadcrumb = new QLabel(header);
    m_breadcrumb->setObjectName(u"breadcrumbLabel"_s);
    m_breadcrumb->setStyleSheet(u"color: #646a73;"_s);
    m_user = new QLabel(header);
    m_user->setObjectName(u"userLabel"_s);
    m_user->setStyleSheet(u"color: #1f2329;"_s);
    m_user->setText(tr("%1 · %2 · %3").arg(account.displayName(), account.unitName(), roleLabel(context->actor().role)));
    headerLayout->addWidget(m_title);
    headerLayout->addSpacing(12);
    headerLayout->addWidget(m_breadcrumb, 1);
    auto *userIcon = new QLabel(header);
    userIcon->setPixmap(theme::icon(theme::Glyph::User).pixmap(18, 18));
    headerLayout->addWidget(userIcon);
    headerLayout->addWidget(m_user);
    contentLayout->addWidget(header);
    contentLayout->addWidget(m_stack, 1);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(content);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({260, 1080});
    row->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_statusBar = new SyncStatusBar(context, this);
    statusBar()->addPermanentWidget(m_statusBar);
    statusBar()->setSizeGripEnabled(true);
    connect(m_statusBar, &SyncStatusBar::problemsRequested, this, &MainWindow::showSyncProblems);

    auto *refresh = new QShortcut(QKeySequence::Refresh, this);
    connect(refresh, &QShortcut::activated, context, &ClientContext::syncNow);
    auto *f5 = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(f5, &QShortcut::activated, context, &ClientContext::syncNow);

    if (auto *settings = qobject_cast<SettingsPage *>(m_pages.at(SettingsPageIndex)))
        connect(settings, &SettingsPage::signOutRequested, this, &MainWindow::signOutRequested);
    connect(context, &ClientContext::currentUnitChanged, this, &MainWindow::updateHeader);
    connect(context->orgTree(), &QAbstractItemModel::modelReset, this, &MainWindow::updateHeader);
    showPage(DashboardPageIndex);
    updateNavigationBadges();
}

MainWindow::~MainWindow() = default;

Page *MainWindow::page(int index) const
{
    return index >= 0 && index < m_pages.size() ? m_pages.at(index) : nullptr;
}

int MainWindow::currentPage() const
{
    return m_stack->currentIndex();
}

void MainWindow::showPage(int index)
{
    if (!page(index))
        return;
    m_stack->setCurrentIndex(index);
    if (auto *button = m_navigation->button(index))
        button->setChecked(true);
    m_tree->setVisible(index != SettingsPageIndex);
    updateHeader();
}

void MainWindow::updateHeader()
{
    Page *current = page(m_stack->currentIndex());
    m_title->setText(current ? current->title() : QString());
    // 沈阳市 › 苏家屯区 › 湖西街道, from the user's own unit down to the selected one.
    QStringList names;
    const auto *tree = &m_context->orgTree()->tree();
    const QString selected = m_context->currentUnit();
    QStringList chain = tree->ancestors(selected);
    chain.append(selected);
    bool inScope = false;
    for (const auto &code : chain) {
        inScope = inScope || code == m_context->actor().unitCode;
        if (inScope)
            names.append(m_context->unitName(code));
    }
    m_breadcrumb->setText(names.join(u"  ›  "_s));
}

void MainWindow::updateNavigationBadges()
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (auto *button = static_cast<NavButton *>(m_navigation->button(i)))
            button->setBadge(m_pages.at(i)->navigationBadge());
    }
}

void MainWindow::showSyncProblems()
{
    if (!m_problems)
        m_problems = new SyncProblemsDialog(m_context, this);
    m_problems->reload();
    m_problems->show();
    m_problems->raise();
}

} // namespace civic::ui
