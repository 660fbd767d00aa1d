#include "domain/DbConfig.h"

#include <QCoreApplication>
#include <QUrl>

namespace hotel {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("hotel::DbConfig", text);
}
} // namespace

Result<DbConfig> DbConfig::parse(const QString &url) {
    DbConfig config;
    if (url.startsWith(QLatin1String("sqlite:"))) {
        config.driver = Driver::Sqlite;
        QString rest = url.mid(7);
        if (rest == QLatin1String(":memory:")) {
            config.path = rest;
            return config;
        }
        if (rest.startsWith(QLatin1String("//")))
            rest = rest.mid(2);
        if (rest.isEmpty())
            return BackendError::invalid(QStringLiteral("db"), tr("The SQLite database URL names no file."));
        config.path = rest;
        return config;
    }
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() ||
        (parsed.scheme() != QLatin1String("postgresql") && parsed.scheme() != QLatin1String("postgres")))
        return BackendError::invalid(
            QStringLiteral("db"),
            tr("The database URL must start with sqlite:// or postgresql:// (got \"%1\").").arg(url.left(80)));
    config.driver = Driver::Postgres;
    config.host = parsed.host().isEmpty() ? QStringLiteral("localhost") : parsed.host();
    config.port = parsed.port(5432);
    config.database = parsed.path().mid(1);
    config.user = parsed.userName();
    config.password = parsed.password();
    if (config.database.isEmpty())
        return BackendError::invalid(QStringLiteral("db"), tr("The PostgreSQL URL names no database."));
    return config;
}

QString DbConfig::toUrl(bool withPassword) const {
    if (driver == Driver::Sqlite)
        return path == QLatin1String(":memory:") ? QStringLiteral("sqlite::memory:")
                                                 : QStringLiteral("sqlite://") + path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    url.setUserName(user);
    if (withPassword)
        url.setPassword(password);
    return url.toString();
}

} // namespace hotel
