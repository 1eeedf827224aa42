// civicdesk-server: the central server of CivicDesk and its administration commands.

#include "cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("civicdesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CIVIC_VERSION));
    return civic::server::runCli(QCoreApplication::arguments());
}
