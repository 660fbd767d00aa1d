#pragma once

#include "client/Backend.h"
#include "domain/Result.h"

#include <QString>
#include <functional>

class QSettings;

namespace hotel {

// Where the portal connects and as whom. Secrets (passwords, tokens) live here only in memory; `save` writes
// everything else to QSettings, and CredentialStore keeps the secrets in the OS keychain.
struct ConnectionSettings {
    Backend::Kind kind = Backend::Kind::Demo;
    // Demo: a SQLite store given on the command line (sqlite:///path); empty means the demo database in the
    // user's data folder, created and filled on first start.
    QString sqliteUrl;
    // PostgreSQL
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database = QStringLiteral("hotel");
    QString dbUser;
    QString dbPassword; // never saved to QSettings
    // Booking server
    QString serverUrl;
    // Staff sign-in (PostgreSQL and booking server)
    QString email;
    QString password; // never saved to QSettings
    bool rememberPassword = true;

    QString databaseUrl(bool withPassword) const; // postgresql://user[:password]@host:port/database
    // The keychain entry names the connection, never the secret: "postgres:user@host:port/db", "signin:...".
    QString databaseSecretKey() const;
    QString signInSecretKey() const;
    QString describe() const;

    void save(QSettings &settings) const;
    static ConnectionSettings load(const QSettings &settings); // Demo when nothing was saved
    static Result<ConnectionSettings> fromDatabaseUrl(const QString &url);
};

// How the application turns settings into a backend (the app knows the implementations; the UI does not).
using BackendFactory = std::function<Result<Backend *>(const ConnectionSettings &settings, QObject *parent)>;

} // namespace hotel
