// civicdesk: the desktop client of CivicDesk (社区工作台).

#include "application.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <iostream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"CivicDesk"_s);
    QCoreApplication::setApplicationName(u"CivicDesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CIVIC_VERSION));
    QApplication::setApplicationDisplayName(u"CivicDesk"_s);
    QGuiApplication::setDesktopFileName(u"civicdesk"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"CivicDesk (社区工作台) — community platform administration"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"server"_s, u"Server address, e.g. https://civicdesk.example.gov.cn"_s, u"URL"_s},
        {u"username"_s, u"Account to sign in as"_s, u"USERNAME"_s},
        {u"password-stdin"_s, u"Read the password from standard input (one line)"_s},
        {u"remember"_s, u"Keep the sign-in in the system keychain (with --password-stdin)"_s},
        {u"data-dir"_s, u"Folder for the local cache instead of the user's app-data folder"_s, u"DIR"_s},
        {u"sync-once"_s, u"Sign in, sync to completion, print a summary and exit"_s},
        {u"screenshot"_s, u"Render the main window to a PNG file and exit"_s, u"FILE"_s},
        {u"lang"_s, u"User interface language: zh_CN or en"_s, u"LANGUAGE"_s},
        {u"page"_s, u"Page to open: dashboard, complaints, notices, fans, assessment, settings"_s, u"PAGE"_s},
        {u"unit"_s, u"Org unit to select, by code"_s, u"CODE"_s},
        {u"size"_s, u"Window size for --screenshot, e.g. 1440x900"_s, u"WxH"_s},
        {u"page-size"_s, u"Changes per pull request (1-5000; default 1000, then 5000 while catching up)"_s, u"N"_s},
        {u"exit-when-shown"_s, u"Sign in, open the main window, print the milliseconds from start to its first paint and exit"_s},
    });
    parser.process(app);

    civic::app::Options options;
    options.server = parser.value(u"server"_s);
    options.username = parser.value(u"username"_s);
    options.passwordFromStdin = parser.isSet(u"password-stdin"_s);
    options.remember = parser.isSet(u"remember"_s);
    options.dataDir = parser.value(u"data-dir"_s);
    options.syncOnce = parser.isSet(u"sync-once"_s);
    options.exitWhenShown = parser.isSet(u"exit-when-shown"_s);
    options.screenshot = parser.value(u"screenshot"_s);
    options.language = parser.value(u"lang"_s);
    options.page = parser.value(u"page"_s);
    options.unit = parser.value(u"unit"_s);
    QTextStream err(stderr);
    if (!options.language.isEmpty() && options.language != u"zh_CN" && options.language != u"en") {
        err << "civicdesk: --lang must be zh_CN or en\n";
        return 2;
    }
    if (parser.isSet(u"size"_s)) {
        const QStringList wh = parser.value(u"size"_s).split(u'x');
        bool okW = false;
        bool okH = false;
        const int w = wh.value(0).toInt(&okW);
        const int h = wh.value(1).toInt(&okH);
        if (wh.size() != 2 || !okW || !okH || w < 320 || h < 240) {
            err << "civicdesk: --size must be WIDTHxHEIGHT, e.g. 1440x900\n";
            return 2;
        }
        options.size = QSize(w, h);
    }
    if (parser.isSet(u"page-size"_s)) {
        bool ok = false;
        options.pageSize = parser.value(u"page-size"_s).toInt(&ok);
        if (!ok || options.pageSize < 1 || options.pageSize > 5000) {
            err << "civicdesk: --page-size must be between 1 and 5000\n";
            return 2;
        }
    }
    if (options.passwordFromStdin) {
        std::string line;
        if (!std::getline(std::cin, line)) {
            err << "civicdesk: --password-stdin: no password on standard input\n";
            return 2;
        }
        options.password = QString::fromStdString(line);
        while (options.password.endsWith(u'\r'))
            options.password.chop(1);
    }
    if (options.remember && !options.passwordFromStdin) {
        err << "civicdesk: --remember goes with --password-stdin\n";
        return 2;
    }

    civic::app::Application client(app, options);
    if (!client.start())
        return client.exitCode();
    const int code = app.exec();
    return code != 0 ? code : client.exitCode();
}
