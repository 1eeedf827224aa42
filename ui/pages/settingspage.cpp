#include "settingspage.h"

#include "clientcontext.h"
#include "labels.h"
#include "sync/clientsettings.h"
#include "sync/session.h"
#include "sync/syncthread.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QDesktopServices>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSqlQuery>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using civic::sync::ClientSettings;

namespace civic::ui {

namespace {

QFrame *group(const QString &caption, QWidget *parent, QFormLayout **form)
{
    auto *panel = new QFrame(parent);
    panel->setObjectName(u"panel"_s);
    auto *layout = new QVBoxLayout(panel);
    auto *label = new QLabel(caption, panel);
    label->setStyleSheet(u"font-weight: bold; font-size: 11pt;"_s);
    layout->addWidget(label);
    *form = new QFormLayout;
    (*form)->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    (*form)->setLabelAlignment(Qt::AlignRight);
    (*form)->setHorizontalSpacing(16);
    layout->addLayout(*form);
    return panel;
}

QString sourceText(const QString &source)
{
    if (source == u"machine")
        return QCoreApplication::translate("civic::ui::SettingsPage", "preset for this computer by the administrator");
    if (source == u"command line")
        return QCoreApplication::translate("civic::ui::SettingsPage", "given on the command line for this run");
    if (source == u"user")
        return QCoreApplication::translate("civic::ui::SettingsPage", "your setting");
    return QCoreApplication::translate("civic::ui::SettingsPage", "default");
}

} // namespace

SettingsPage::SettingsPage(ClientContext *context, QWidget *parent)
    : Page(context, parent)
{
    ClientSettings *settings = context->settings();
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *body = new QWidget(scroll);
    scroll->setWidget(body);
    body->setMaximumWidth(880);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    layout->addWidget(heading(tr("Settings"), {}, body));

    const auto &account = context->session()->account();
    QFormLayout *form = nullptr;
    layout->addWidget(group(tr("Account"), body, &form));
    form->addRow(tr("Name:"), new QLabel(account.displayName(), body));
    form->addRow(tr("Username:"), new QLabel(account.username, body));
    form->addRow(tr("Unit:"), new QLabel(account.unitName(), body));
    form->addRow(tr("Role:"), new QLabel(roleLabel(context->actor().role), body));
    form->addRow(tr("Signed in:"), new QLabel(account.remembered ? tr("remembered on this computer (in the system keychain)")
                                                                 : tr("for this session only"),
                                              body));
    m_wipe = new QCheckBox(tr("Also delete this account's local data (cache) from this computer"), body);
    m_wipe->setObjectName(u"wipeCacheCheck"_s);
    auto *signOut = new QPushButton(tr("Sign out"), body);
    signOut->setObjectName(u"signOutButton"_s);
    connect(signOut, &QPushButton::clicked, this, &SettingsPage::requestSignOut);
    form->addRow(QString(), m_wipe);
    form->addRow(QString(), signOut);

    layout->addWidget(group(tr("Server"), body, &form));
    m_server = new QLineEdit(settings->value(ClientSettings::kServerUrl).toString(), body);
    m_server->setObjectName(u"serverEdit"_s);
    m_server->setMinimumWidth(420);
    connect(m_server, &QLineEdit::editingFinished, this, &SettingsPage::saveServer);
    form->addRow(tr("Server address:"), m_server);
    m_serverSource = new QLabel(sourceText(settings->source(ClientSettings::kServerUrl)), body);
    m_serverSource->setObjectName(u"pageSubtitle"_s);
    form->addRow(QString(), m_serverSource);
    form->addRow(QString(), new QLabel(tr("A new address takes effect the next time you sign in."), body));

    layout->addWidget(group(tr("Language"), body, &form));
    m_language = new QComboBox(body);
    m_language->setObjectName(u"languageCombo"_s);
    m_language->addItem(u"简体中文"_s, u"zh_CN"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings->value(ClientSettings::kLanguage))));
    form->addRow(tr("Display language:"), m_language);
    m_languageNote = new QLabel(body);
    m_languageNote->setObjectName(u"pageSubtitle"_s);
    form->addRow(QString(), m_languageNote);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this, settings] {
        settings->setValue(ClientSettings::kLanguage, m_language->currentData());
        m_languageNote->setText(tr("Restart CivicDesk to switch the language."));
    });

    layout->addWidget(group(tr("Synchronisation"), body, &form));
    m_interval = new QSpinBox(body);
    m_interval->setObjectName(u"intervalSpin"_s);
    m_interval->setRange(30, 3600);
    m_interval->setSingleStep(30);
    m_interval->setSuffix(tr(" s"));
    m_interval->setValue(settings->value(ClientSettings::kSyncInterval).toInt());
    connect(m_interval, &QSpinBox::valueChanged, this, [context, settings](int seconds) {
        settings->setValue(ClientSettings::kSyncInterval, seconds);
        context->sync()->post([seconds](sync::SyncEngine *engine) { engine->setInterval(seconds); });
    });
    form->addRow(tr("Sync every:"), m_interval);
    auto *syncNow = new QPushButton(tr("Sync now (F5)"), body);
    connect(syncNow, &QPushButton::clicked, context, &ClientContext::syncNow);
    form->addRow(QString(), syncNow);

    layout->addWidget(group(tr("Local data"), body, &form));
    const QFileInfo cache(context->cachePath());
    auto *path = new QLabel(QDir::toNativeSeparators(cache.absoluteFilePath()), body);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    path->setWordWrap(true);
    form->addRow(tr("Cache file:"), path);
    form->addRow(tr("Size:"), new QLabel(QLocale().formattedDataSize(cache.size()), body));
    auto *open = new QPushButton(tr("Open folder"), body);
    connect(open, &QPushButton::clicked, this,
            [cache] { QDesktopServices::openUrl(QUrl::fromLocalFile(cache.absolutePath())); });
    form->addRow(QString(), open);

    layout->addWidget(group(tr("About"), body, &form));
    form->addRow(tr("Version:"), new QLabel(QStringLiteral(CIVIC_VERSION), body));
    form->addRow(tr("Licence:"), new QLabel(tr("GPL-3.0-or-later"), body));
    layout->addStretch(1);
}

QString SettingsPage::title() const
{
    return tr("Settings");
}

void SettingsPage::requestSignOut()
{
    if (!m_wipe->isChecked()) {
        Q_EMIT signOutRequested(false);
        return;
    }
    // Pending commands and the refused ones still waiting in the sync problems panel.
    QSqlQuery q(context()->database());
    const int unsent = q.exec(u"SELECT count(*) FROM outbox"_s) && q.next() ? q.value(0).toInt() : 0;
    if (unsent == 0) {
        Q_EMIT signOutRequested(true);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete unsent changes?"),
                                tr("%n change(s) made on this computer have not reached the server yet. Deleting "
                                   "this computer's data for the account deletes them for good.",
                                   "", unsent),
                                QMessageBox::Cancel, this);
    box->setObjectName(u"wipeConfirmBox"_s);
    QAbstractButton *wipe = box->addButton(tr("Delete them and sign out"), QMessageBox::DestructiveRole);
    wipe->setObjectName(u"wipeAnywayButton"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, wipe] {
        if (box->clickedButton() == wipe)
            Q_EMIT signOutRequested(true);
    });
    box->open();
}

void SettingsPage::saveServer()
{
    const QUrl url(m_server->text().trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty()) {
        m_serverSource->setText(tr("Not saved: enter an address like https://civicdesk.example.gov.cn"));
        return;
    }
    context()->settings()->setValue(ClientSettings::kServerUrl, url.toString());
    m_serverSource->setText(sourceText(u"user"_s));
}

Page *createSettingsPage(ClientContext *context)
{
    return new SettingsPage(context);
}

} // namespace civic::ui
