#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace civic::ui {

// 登录: server address, username, password and "remember me". The dialog only collects and
// validates; the application signs in and reports back with setBusy()/showError().
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(QWidget *parent = nullptr);

    void setServer(const QString &url, bool presetByAdministrator);
    void setUsername(const QString &username);
    void setRemember(bool remember);
    void showMessage(const QString &message, bool error);
    void setBusy(bool busy);

    QString server() const;
    QString username() const;
    QString password() const;
    bool remember() const;
    void clearPassword();

Q_SIGNALS:
    void signInRequested(const QString &server, const QString &username, const QString &password, bool remember);

private:
    void submit();
    QLineEdit *m_server;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_message;
    QPushButton *m_signIn;
};

} // namespace civic::ui
