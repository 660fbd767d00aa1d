#include "ui/connection/ConnectionSettings.h"

#include "domain/DbConfig.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUrl>

namespace hotel {

QString ConnectionSettings::databaseUrl(bool withPassword) const {
    DbConfig config;
    config.driver = DbConfig::Driver::Postgres;
    config.host = host;
    config.port = port;
    config.database = database;
    config.user = dbUser;
    config.password = withPassword ? dbPassword : QString();
    return config.toUrl(withPassword);
}

QString ConnectionSettings::databaseSecretKey() const {
    return QStringLiteral("postgres:%1@%2:%3/%4").arg(dbUser, host).arg(port).arg(database);
}

QString ConnectionSettings::signInSecretKey() const {
    const QString where = kind == Backend::Kind::Rest ? serverUrl : databaseSecretKey();
    return QStringLiteral("signin:%1 at %2").arg(email, where);
}

QString ConnectionSettings::describe() const {
    switch (kind) {
    case Backend::Kind::Demo:
        if (!sqliteUrl.isEmpty())
            return QCoreApplication::translate("hotel::ConnectionSettings", "SQLite %1").arg(sqliteUrl);
        return QCoreApplication::translate("hotel::ConnectionSettings", "Offline demo");
    case Backend::Kind::Postgres:
        return QCoreApplication::translate("hotel::ConnectionSettings", "PostgreSQL %1@%2:%3")
            .arg(database, host)
            .arg(port);
    case Backend::Kind::Rest:
        return QCoreApplication::translate("hotel::ConnectionSettings", "Booking server %1").arg(serverUrl);
    }
    return {};
}

static QString kindName(Backend::Kind kind) {
    switch (kind) {
    case Backend::Kind::Postgres:
        return QStringLiteral("postgres");
    case Backend::Kind::Rest:
        return QStringLiteral("server");
    default:
        return QStringLiteral("demo");
    }
}

void ConnectionSettings::save(QSettings &settings) const {
    settings.beginGroup(QStringLiteral("connection"));
    settings.setValue(QStringLiteral("kind"), kindName(kind));
    settings.setValue(QStringLiteral("host"), host);
    settings.setValue(QStringLiteral("port"), port);
    settings.setValue(QStringLiteral("database"), database);
    settings.setValue(QStringLiteral("dbUser"), dbUser);
    settings.setValue(QStringLiteral("serverUrl"), serverUrl);
    settings.setValue(QStringLiteral("email"), email);
    settings.setValue(QStringLiteral("rememberPassword"), rememberPassword);
    settings.endGroup();
}

ConnectionSettings ConnectionSettings::load(const QSettings &settings) {
    ConnectionSettings s;
    const QString prefix = QStringLiteral("connection/");
    const QString kind = settings.value(prefix + QStringLiteral("kind")).toString();
    s.kind = kind == QLatin1String("postgres") ? Backend::Kind::Postgres
             : kind == QLatin1String("server") ? Backend::Kind::Rest
                                               : Backend::Kind::Demo;
    s.host = settings.value(prefix + QStringLiteral("host"), s.host).toString();
    s.port = settings.value(prefix + QStringLiteral("port"), s.port).toInt();
    s.database = settings.value(prefix + QStringLiteral("database"), s.database).toString();
    s.dbUser = settings.value(prefix + QStringLiteral("dbUser")).toString();
    s.serverUrl = settings.value(prefix + QStringLiteral("serverUrl")).toString();
    s.email = settings.value(prefix + QStringLiteral("email")).toString();
    s.rememberPassword = settings.value(prefix + QStringLiteral("rememberPassword"), true).toBool();
    return s;
}

Result<ConnectionSettings> ConnectionSettings::fromDatabaseUrl(const QString &url) {
    auto parsed = DbConfig::parse(url);
    if (!parsed)
        return parsed.error();
    ConnectionSettings s;
    if (!parsed->isPostgres()) {
        s.kind = Backend::Kind::Demo; // a SQLite file: the offline store
        s.sqliteUrl = url;
        return s;
    }
    s.kind = Backend::Kind::Postgres;
    s.host = parsed->host;
    s.port = parsed->port;
    s.database = parsed->database;
    s.dbUser = parsed->user;
    s.dbPassword = parsed->password;
    return s;
}

} // namespace hotel
