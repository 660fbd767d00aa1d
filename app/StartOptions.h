#pragma once

#include "ui/connection/ConnectionSettings.h"

#include <QCoreApplication>
#include <QStringList>

namespace hotel {

// What the command line asked for. --help and --version are answered by QCommandLineParser itself.
struct StartOptions {
    bool demo = false;
    QString databaseUrl;
    QString serverUrl;
    QString error; // a bad combination or URL, for the person who typed it

    static StartOptions parse(const QStringList &arguments);
    // The connection to open at start: the command line first, then the last connection, else the demo.
    ConnectionSettings initialSettings(const ConnectionSettings &remembered) const;
};

} // namespace hotel
