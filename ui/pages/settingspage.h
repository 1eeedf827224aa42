#pragma once

#include "page.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace civic::ui {

// 设置: the account and sign-out, the server address, the language, how often to sync and
// where the cache lives. Values an administrator preset for the whole machine show where
// they come from.
class SettingsPage : public Page
{
    Q_OBJECT

public:
    explicit SettingsPage(ClientContext *context, QWidget *parent = nullptr);
    QString title() const override;
    theme::Glyph glyph() const override { return theme::Glyph::Settings; }

Q_SIGNALS:
    void signOutRequested(bool wipeCache);

private:
    void saveServer();
    // With the wipe ticked and changes not yet sent, asks before they are deleted with it.
    void requestSignOut();
    QLineEdit *m_server;
    QLabel *m_serverSource;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QSpinBox *m_interval;
    QCheckBox *m_wipe;
};

} // namespace civic::ui
