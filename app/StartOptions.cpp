#include "app/StartOptions.h"

#include <QCommandLineParser>
#include <QUrl>

namespace hotel {

StartOptions StartOptions::parse(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "hotel::StartOptions", "Hotel Portal: availability, bookings, front desk and prices for hotel staff."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("hotel::StartOptions", "Open the offline demo (sample hotels on this computer)."));
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("hotel::StartOptions",
                                                            "Work directly on a database: postgresql://user@host:port/"
                                                            "database or sqlite:///path/file.sqlite."),
                                QStringLiteral("url"));
    const QCommandLineOption server(QStringLiteral("server"),
                                    QCoreApplication::translate("hotel::StartOptions",
                                                                "Work through a booking server, e.g. "
                                                                "https://bookings.example.com."),
                                    QStringLiteral("url"));
    parser.addOption(demo);
    parser.addOption(db);
    parser.addOption(server);
    parser.process(arguments); // exits for --help, --version and unknown options

    StartOptions options;
    options.demo = parser.isSet(demo);
    options.databaseUrl = parser.value(db);
    options.serverUrl = parser.value(server);
    if (int(options.demo) + int(!options.databaseUrl.isEmpty()) + int(!options.serverUrl.isEmpty()) > 1)
        options.error = QCoreApplication::translate("hotel::StartOptions", "Choose one of --demo, --db and --server.");
    if (!options.databaseUrl.isEmpty()) {
        auto parsed = ConnectionSettings::fromDatabaseUrl(options.databaseUrl);
        if (!parsed)
            options.error =
                QCoreApplication::translate("hotel::StartOptions", "--db: %1").arg(parsed.error().userMessage);
    }
    if (!options.serverUrl.isEmpty()) {
        const QUrl url(options.serverUrl, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            options.error = QCoreApplication::translate("hotel::StartOptions",
                                                        "--server: expected an http:// or https:// address.");
    }
    return options;
}

ConnectionSettings StartOptions::initialSettings(const ConnectionSettings &remembered) const {
    if (demo)
        return ConnectionSettings{};
    if (!databaseUrl.isEmpty()) {
        auto parsed = ConnectionSettings::fromDatabaseUrl(databaseUrl);
        if (parsed) {
            ConnectionSettings s = parsed.value();
            s.email = remembered.email;
            return s;
        }
        return ConnectionSettings{};
    }
    if (!serverUrl.isEmpty()) {
        ConnectionSettings s;
        s.kind = Backend::Kind::Rest;
        s.serverUrl = serverUrl;
        s.email = remembered.email;
        return s;
    }
    return remembered;
}

} // namespace hotel
