#pragma once

#include <QDialog>

class QTableView;
class QPushButton;
class QPlainTextEdit;

namespace civic::item {
class ProblemsModel;
}

namespace civic::ui {

class ClientContext;

// 同步问题: changes the server refused, each with the reason and the user's own text, to
// retry, to copy the text into a new attempt, or to discard. Nothing the user typed is lost
// until they discard it here.
class SyncProblemsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SyncProblemsDialog(ClientContext *context, QWidget *parent = nullptr);
    void reload();

private:
    void selectionChanged();
    void editSelected();
    ClientContext *m_context;
    item::ProblemsModel *m_model;
    QTableView *m_table;
    QPlainTextEdit *m_detail;
    QPushButton *m_retry;
    QPushButton *m_copy;
    QPushButton *m_edit;
    QPushButton *m_discard;
};

} // namespace civic::ui
