#pragma once

// Helpers for tests that drive the client's window offscreen: finding top-level widgets and
// signing in through the login dialog the way a user does. Header-only: the GUI tests link
// civic_applib themselves, the server-side tests do not.

#include "application.h"
#include "logindialog.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QList>
#include <QProcess>
#include <QPushButton>
#include <QStringList>
#include <QTest>

namespace civic::test {

// The visible top-level widget of type T, if any.
template<typename T>
T *topLevel()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *t = qobject_cast<T *>(w); t && t->isVisible())
            return t;
    }
    return nullptr;
}

// The text of the QLabel named `name` under `root` (empty when there is none).
inline QString labelText(QWidget *root, const QString &name)
{
    auto *label = root->findChild<QLabel *>(name);
    return label ? label->text() : QString();
}

// Starts the client, fills in its login dialog for a demo account on the server at `port`
// (without "remember me") and waits for the main window; nullptr when either never shows.
inline ui::MainWindow *signInThroughDialog(app::Application &client, int port, const QString &username)
{
    using namespace Qt::StringLiterals;
    if (!client.start())
        return nullptr;
    ui::LoginDialog *login = nullptr;
    if (!QTest::qWaitFor([&] { return (login = topLevel<ui::LoginDialog>()) != nullptr; }, 20000))
        return nullptr;
    login->findChild<QLineEdit *>(u"serverEdit"_s)->setText(u"http://127.0.0.1:%1"_s.arg(port));
    login->findChild<QLineEdit *>(u"usernameEdit"_s)->setText(username);
    login->findChild<QLineEdit *>(u"passwordEdit"_s)->setText(u"CivicDesk-demo-1"_s);
    login->findChild<QCheckBox *>(u"rememberCheck"_s)->setChecked(false);
    QTest::mouseClick(login->findChild<QPushButton *>(u"signInButton"_s), Qt::LeftButton);
    ui::MainWindow *window = nullptr;
    if (!QTest::qWaitFor([&] { return (window = topLevel<ui::MainWindow>()) != nullptr; }, 30000))
        return nullptr;
    return window;
}

// One sheet of a workbook as xlsx2csv (Debian's /usr/bin/xlsx2csv) reads it back, as rows
// of cells (RFC 4180 quoting undone); blank lines are left out.
inline QList<QStringList> readSheet(const QString &path, int sheet)
{
    using namespace Qt::StringLiterals;
    QProcess p;
    p.start(u"xlsx2csv"_s, { u"-s"_s, QString::number(sheet), path });
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(cell);
            cell.clear();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            row.append(cell);
            cell.clear();
            if (!row.join(QString()).trimmed().isEmpty())
                rows.append(row);
            row.clear();
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row.append(cell);
        rows.append(row);
    }
    return rows;
}

} // namespace civic::test
