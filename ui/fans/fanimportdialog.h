#pragma once

#include "domain/fanscsv.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace civic::ui {

class ClientContext;

// 导入粉丝数据: a community's CSV as exported from the official-account console (用户分析),
// checked with the one parser (domain::parseFansCsv) against the cached days before and
// after it. Every problem is listed with its line; a file with any problem imports nothing
// (PRODUCT.md §4). A good file is queued as one `fans.import` command, applied to the cache
// at once (so the charts show it) and sent to the server when it can be reached.
class FanImportDialog : public QDialog
{
    Q_OBJECT

public:
    // The server takes at most this many days per fans.import (server/fanstore.h).
    static constexpr int kMaxDays = 400;

    explicit FanImportDialog(ClientContext *context, QWidget *parent = nullptr);

    // The community to import for (one the user may import for).
    void setCommunity(const QString &code);
    QString community() const;
    // Reads and checks a file; true when it can be imported.
    bool loadFile(const QString &path);
    const domain::FanImportResult &result() const { return m_result; }
    // Queues the command (the Import button).
    void import();

    // A problem's kind in the user's words.
    static QString problemLabel(domain::FanErrorCode code);

Q_SIGNALS:
    void imported(const QString &community, QDate first, QDate last);

private:
    void fillCommunities();
    void chooseFile();
    void check();
    void showErrors(const QList<domain::FanImportError> &errors, const QString &heading);
    void showSummary();

    ClientContext *m_context;
    QComboBox *m_community;
    QPushButton *m_browse;
    QLineEdit *m_file;
    QLabel *m_status;
    QTableWidget *m_errors;
    QPushButton *m_importButton;
    QString m_path;
    QByteArray m_bytes;
    domain::FanImportResult m_result;
    bool m_submitting = false;
};

} // namespace civic::ui
