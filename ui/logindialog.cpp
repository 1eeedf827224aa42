#include "logindialog.h"

#include "theme.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace civic::ui {

LoginDialog::LoginDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"loginDialog"_s);
    setWindowTitle(tr("Sign in — CivicDesk"));
    setMinimumWidth(420);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 22);
    layout->setSpacing(12);

    auto *title = new QLabel(tr("CivicDesk"), this);
    title->setObjectName(u"pageTitle"_s);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    auto *subtitle = new QLabel(tr("Community platform administration"), this);
    subtitle->setObjectName(u"pageSubtitle"_s);
    subtitle->setAlignment(Qt::AlignCenter);
    layout->addWidget(subtitle);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    m_server = new QLineEdit(this);
    m_server->setObjectName(u"serverEdit"_s);
    m_server->setPlaceholderText(u"https://civicdesk.example.gov.cn"_s);
    m_username = new QLineEdit(this);
    m_username->setObjectName(u"usernameEdit"_s);
    m_username->setPlaceholderText(tr("your username"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("Remember me on this computer"), this);
    m_remember->setObjectName(u"rememberCheck"_s);
    m_remember->setToolTip(tr("Keeps the sign-in (never the password) in the system keychain."));
    form->addRow(tr("Server:"), m_server);
    form->addRow(tr("Username:"), m_username);
    form->addRow(tr("Password:"), m_password);
    form->addRow(QString(), m_remember);
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(u"loginMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *quit = new QPushButton(tr("Quit"), this);
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);
    m_signIn = new QPushButton(tr("Sign in"), this);
    m_signIn->setObjectName(u"signInButton"_s);
    m_signIn->setDefault(true);
    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::submit);
    buttons->addWidget(quit);
    buttons->addWidget(m_signIn);
    layout->addLayout(buttons);
}

void LoginDialog::setServer(const QString &url, bool presetByAdministrator)
{
    m_server->setText(url);
    if (presetByAdministrator)
        m_server->setToolTip(tr("Preset for this computer by the administrator"));
}

void LoginDialog::setUsername(const QString &username)
{
    m_username->setText(username);
    if (!username.isEmpty())
        m_password->setFocus();
}

void LoginDialog::setRemember(bool remember)
{
    m_remember->setChecked(remember);
}

void LoginDialog::showMessage(const QString &message, bool error)
{
    m_message->setText(message);
    m_message->setStyleSheet(error ? u"color: #e5484d;"_s : u"color: #646a73;"_s);
    m_message->setVisible(!message.isEmpty());
}

void LoginDialog::setBusy(bool busy)
{
    for (QWidget *w : {static_cast<QWidget *>(m_server), static_cast<QWidget *>(m_username),
                       static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_remember),
                       static_cast<QWidget *>(m_signIn)})
        w->setEnabled(!busy);
    if (busy)
        showMessage(tr("Signing in…"), false);
}

QString LoginDialog::server() const
{
    return m_server->text().trimmed();
}

QString LoginDialog::username() const
{
    return m_username->text().trimmed();
}

QString LoginDialog::password() const
{
    return m_password->text();
}

bool LoginDialog::remember() const
{
    return m_remember->isChecked();
}

void LoginDialog::clearPassword()
{
    m_password->clear();
}

void LoginDialog::submit()
{
    const QUrl url(server(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty()) {
        showMessage(tr("Enter the server address, like https://civicdesk.example.gov.cn"), true);
        m_server->setFocus();
        return;
    }
    if (username().isEmpty()) {
        showMessage(tr("Enter your username."), true);
        m_username->setFocus();
        return;
    }
    if (password().isEmpty()) {
        showMessage(tr("Enter your password."), true);
        m_password->setFocus();
        return;
    }
    Q_EMIT signInRequested(server(), username(), password(), remember());
}

} // namespace civic::ui
