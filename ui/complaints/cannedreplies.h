#pragma once

#include <QDialog>
#include <QToolButton>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace civic::ui {

class ClientContext;

// 常用回复: a menu of the unit's canned replies that inserts the chosen text at the cursor of
// the reply being written, and opens the manager.
class CannedReplyButton : public QToolButton
{
    Q_OBJECT

public:
    CannedReplyButton(ClientContext *context, QPlainTextEdit *target, QWidget *parent = nullptr);

private:
    void fillMenu();

    ClientContext *m_context;
    QPlainTextEdit *m_target;
};

// Keeps a unit's canned replies (canned_reply.save / canned_reply.delete): add, edit, delete.
class CannedRepliesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CannedRepliesDialog(ClientContext *context, QWidget *parent = nullptr);

private:
    void reload();
    void showCurrent();
    void startNew();
    void save();
    void remove();
    void setBusy(bool busy);

    ClientContext *m_context;
    QString m_unit;
    QString m_editingId;
    QListWidget *m_list;
    QLineEdit *m_title;
    QPlainTextEdit *m_text;
    QLabel *m_message;
    QPushButton *m_save;
    QPushButton *m_delete;
};

} // namespace civic::ui
