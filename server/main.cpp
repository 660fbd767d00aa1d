// hotel-server: administration commands over the store. `serve` (the REST API) is issue 3's.
#include "domain/DbConfig.h"
#include "seed/BulkSeeder.h"
#include "seed/LivingDemo.h"
#include "seed/Seeder.h"
#include "server/Config.h"
#include "server/Secret.h"
#include "server/Serve.h"
// --- history (issue 10) ---
#include "server/commands/OverbookingCommand.h"
// --- end history ---
#include "server/commands/RepriceCommand.h" // issue 9
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QTextStream>
#include <cstdio>

using namespace hotel;

namespace {

QTextStream &out() {
    static QTextStream s(stdout);
    return s;
}
QTextStream &err() {
    static QTextStream s(stderr);
    return s;
}

int fail(const QString &message, int code = 2) {
    err() << "hotel-server: " << message << Qt::endl;
    return code;
}

int failWith(const BackendError &e) {
    err() << "hotel-server: " << e.userMessage;
    if (!e.field.isEmpty())
        err() << " (" << e.field << ")";
    if (!e.detail.isEmpty())
        err() << "\n  detail: " << e.detail;
    err() << Qt::endl;
    return e.kind == BackendError::Kind::InvalidInput ? 2 : 1;
}

QString defaultDb() {
    return QStringLiteral("sqlite://") + defaultDemoDatabasePath();
}

Result<std::unique_ptr<Store>> openMigrated(const QString &url) {
    auto config = DbConfig::parse(url);
    if (!config)
        return config.error();
    auto store = Store::open(config.value(), QStringLiteral("cli"));
    if (!store)
        return store.error();
    auto migrated = store.value()->migrate();
    if (!migrated)
        return migrated.error();
    return std::move(store).value();
}

int positiveInt(const QCommandLineParser &p, const QString &name, int min, int max, int *value) {
    bool ok = false;
    const int v = p.value(name).toInt(&ok);
    if (!ok || v < min || v > max) {
        fail(QStringLiteral("--%1 must be a whole number from %2 to %3 (got \"%4\")")
                 .arg(name)
                 .arg(min)
                 .arg(max)
                 .arg(p.value(name)));
        return 2;
    }
    *value = v;
    return 0;
}

// --hotels (1..maxHotels) and --seed, read alike by both seed commands.
int hotelsAndSeed(const QCommandLineParser &p, int maxHotels, int *hotels, quint32 *seed) {
    if (int rc = positiveInt(p, QStringLiteral("hotels"), 1, maxHotels, hotels))
        return rc;
    int value = 0;
    if (int rc = positiveInt(p, QStringLiteral("seed"), 0, 2147483647, &value))
        return rc;
    *seed = quint32(value);
    return 0;
}

int seeded(const Result<SeedSummary> &summary, const QElapsedTimer &timer) {
    err() << Qt::endl;
    if (!summary)
        return failWith(summary.error());
    out() << QStringLiteral("seeded %1 hotels, %2 room types, %3 rooms, %4 users in %5 s")
                 .arg(summary->hotels)
                 .arg(summary->roomTypes)
                 .arg(summary->rooms)
                 .arg(summary->users)
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
          << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hotel-portal")); // shares the demo database's folder
    QCoreApplication::setApplicationVersion(QStringLiteral(HOTEL_VERSION));

    QStringList args = app.arguments();
    const QString command =
        args.size() > 1 && !args[1].startsWith(QLatin1Char('-')) ? args.takeAt(1) : QStringLiteral("serve");
    // --- history (issue 10): these commands parse their own options ---
    if (command == QLatin1String("overbooking"))
        return runOverbookingCommand(args);
    // --- end history ---
    QString sub;
    if (command == QLatin1String("user") && args.size() > 1 && !args[1].startsWith(QLatin1Char('-')))
        sub = args.takeAt(1);

    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Hotel booking server and administration.\n\nCommands:\n"
        "  migrate   --db URL                      apply pending schema migrations\n"
        "  seed      --db URL --hotels N --seed S  fill a database with deterministic demo data and bookings\n"
        "  seed --bulk --db postgresql://... --hotels 100000 --rooms-per-hotel 50 --days 90\n"
        "                                          benchmark-scale load in one transaction (empty database)\n"
        "  user add  --db URL --email E --password P --role guest|frontdesk|revenue|admin [--hotel ID]...\n"
        "  user set-role --db URL --email E --role R [--hotel ID]...   (the user's tokens stop working)\n"
        "  user disable|enable --db URL --email E                      (a disabled user cannot sign in)\n"
        "  audit     --db URL                      recount bookings against inventory (exit 1 on any issue)\n"
        "  reprice   --db URL [--hotel ID]... [--days N] [--dry-run]\n"
        "                                          run the pricing engine over the next N nights (default 90)\n"
        "  serve     --db URL --listen HOST:PORT   the REST API\n"
        "  overbooking backtest --train F --test F [--walk-cost-multiple 3]\n"
        "                                          flat overbooking against the learned policy (JSON)"));
    p.addHelpOption();
    p.addVersionOption();
    p.addOption({QStringLiteral("db"),
                 QStringLiteral("Database URL: sqlite:///path or postgresql://user@host:port/db."),
                 QStringLiteral("url"), defaultDb()});
    p.addOption({QStringLiteral("hotels"), QStringLiteral("seed: number of hotels."), QStringLiteral("n"),
                 QStringLiteral("40")});
    p.addOption(
        {QStringLiteral("seed"), QStringLiteral("seed: random seed."), QStringLiteral("s"), QStringLiteral("1")});
    p.addOption({QStringLiteral("days"), QStringLiteral("seed: nights of inventory."), QStringLiteral("d"),
                 QStringLiteral("365")});
    p.addOption({QStringLiteral("no-bookings"),
                 QStringLiteral("seed: hotels, rooms and prices only, without the living demo's bookings.")});
    p.addOption(
        {QStringLiteral("bulk"), QStringLiteral("seed: load PostgreSQL in bulk (INSERT ... SELECT, indexes after).")});
    p.addOption({QStringLiteral("rooms-per-hotel"), QStringLiteral("seed --bulk: rooms a hotel."), QStringLiteral("n"),
                 QStringLiteral("50")});
    p.addOption({QStringLiteral("email"), QStringLiteral("user add: e-mail."), QStringLiteral("email")});
    p.addOption({QStringLiteral("password"), QStringLiteral("user add: password."), QStringLiteral("password")});
    p.addOption({QStringLiteral("name"), QStringLiteral("user add: display name."), QStringLiteral("name")});
    p.addOption({QStringLiteral("role"), QStringLiteral("user add: guest, frontdesk, revenue or admin."),
                 QStringLiteral("role"), QStringLiteral("guest")});
    p.addOption({QStringLiteral("hotel"), QStringLiteral("user add: a hotel the staff member may act on (repeat)."),
                 QStringLiteral("id")});
    p.addOption({QStringLiteral("listen"), QStringLiteral("serve: address to listen on."), QStringLiteral("host:port"),
                 QStringLiteral("127.0.0.1:8080")});
    p.addOption({QStringLiteral("threads"), QStringLiteral("serve: worker threads (default: one per core)."),
                 QStringLiteral("n")});
    p.addOption({QStringLiteral("jwt-secret-file"),
                 QStringLiteral("serve: file holding the token signing secret (else HOTEL_JWT_SECRET)."),
                 QStringLiteral("file")});
    p.addOption({QStringLiteral("no-rate-limit"), QStringLiteral("serve: no per-client rate limit (benchmarks).")});
    // The business limits of issue 14; 0 turns one off.
    p.addOption({QStringLiteral("limit-logins-per-account-minute"),
                 QStringLiteral("serve: failed sign-ins per e-mail address before it is locked, with back-off."),
                 QStringLiteral("n"), QStringLiteral("5")});
    p.addOption({QStringLiteral("limit-logins-per-address-minute"),
                 QStringLiteral("serve: failed sign-ins per client address before it is locked, with back-off."),
                 QStringLiteral("n"), QStringLiteral("30")});
    p.addOption({QStringLiteral("limit-registrations-per-address-hour"),
                 QStringLiteral("serve: registrations per client address and hour."), QStringLiteral("n"),
                 QStringLiteral("10")});
    p.addOption({QStringLiteral("limit-bookings-per-guest-hour"),
                 QStringLiteral("serve: bookings a guest account may make an hour (staff are not limited)."),
                 QStringLiteral("n"), QStringLiteral("20")});
    p.addOption({QStringLiteral("metrics-allow"),
                 QStringLiteral("serve: a subnet that may read /metrics, e.g. 10.0.0.0/8 (repeat; default loopback)."),
                 QStringLiteral("cidr")});
    p.addOption({QStringLiteral("wait-for-db"),
                 QStringLiteral("serve: seconds to wait at start for a database that is not up yet."),
                 QStringLiteral("seconds"), QStringLiteral("60")});
    p.addOption({QStringLiteral("audit-every"),
                 QStringLiteral("serve: seconds between the recounts behind hotel_overbooked_nights (0: never)."),
                 QStringLiteral("seconds"), QStringLiteral("60")});
    p.addOption(
        {QStringLiteral("trusted-proxy"),
         QStringLiteral(
             "serve: address of a load balancer whose X-Forwarded-For names the client, for the rate limit (repeat)."),
         QStringLiteral("address")});
    p.addOption({QStringLiteral("read-db"),
                 QStringLiteral("serve: database URL for search and catalogue reads (a streaming replica)."),
                 QStringLiteral("url")});
    p.addOption({QStringLiteral("search-cache-ttl"),
                 QStringLiteral("serve: seconds the in-memory search may serve an answer or slice at most (0: off, "
                                "every search goes to SQL). Writes invalidate them at once."),
                 QStringLiteral("seconds"), QStringLiteral("300")});
    p.addOption(
        {QStringLiteral("search-warmup-nights"),
         QStringLiteral(
             "serve: nights from today of every city the in-memory search loads at start (PostgreSQL; 0: none)."),
         QStringLiteral("n"), QStringLiteral("90")});
    p.addOption({QStringLiteral("dry-run"), QStringLiteral("reprice: print what would change, change nothing.")});
    // -- configuration file and state directory (packaging, issue 15) --
    p.addOption({QStringLiteral("config"),
                 QStringLiteral("Configuration file of key = value lines named like these options; the command line "
                                "overrides it (default: %1 when it exists).")
                     .arg(QLatin1String(defaultConfigPath)),
                 QStringLiteral("file")});
    p.addOption({QStringLiteral("state-dir"),
                 QStringLiteral("serve: where the token signing secret is kept when none is given (default: "
                                "$STATE_DIRECTORY, else /var/lib/hotel-server)."),
                 QStringLiteral("dir")});
    if (p.parse(args) && !p.isSet(QStringLiteral("help")) && !p.isSet(QStringLiteral("version"))) {
        const bool named = p.isSet(QStringLiteral("config"));
        const QString path = named ? p.value(QStringLiteral("config")) : QString::fromLatin1(defaultConfigPath);
        const QFileInfo file(path);
        if (named || (file.exists() && file.isReadable())) {
            const ConfigKeys keys{
                {QStringLiteral("db"), QStringLiteral("read-db"), QStringLiteral("listen"), QStringLiteral("threads"),
                 QStringLiteral("jwt-secret-file"), QStringLiteral("trusted-proxy"), QStringLiteral("search-cache-ttl"),
                 QStringLiteral("search-warmup-nights"), QStringLiteral("state-dir"),
                 QStringLiteral("limit-logins-per-account-minute"), QStringLiteral("limit-logins-per-address-minute"),
                 QStringLiteral("limit-registrations-per-address-hour"),
                 QStringLiteral("limit-bookings-per-guest-hour"), QStringLiteral("metrics-allow"),
                 QStringLiteral("audit-every"), QStringLiteral("wait-for-db")},
                {QStringLiteral("no-rate-limit")}};
            auto settings = configArguments(path, keys);
            if (!settings)
                return failWith(settings.error());
            args = args.mid(0, 1) + settings.value() + args.mid(1); // later options win: the command line's
        } else if (file.exists()) {
            err() << "hotel-server: " << path << " cannot be read; going on without it" << Qt::endl;
        }
    }
    // -- end of configuration file and state directory --
    if (!p.parse(args))
        return fail(p.errorText() + QStringLiteral(" (see --help)"));
    if (p.isSet(QStringLiteral("help")))
        p.showHelp(0);
    if (p.isSet(QStringLiteral("version")))
        p.showVersion();

    const QString db = p.value(QStringLiteral("db"));
    if (command == QLatin1String("migrate")) {
        auto store = openMigrated(db);
        if (!store)
            return failWith(store.error());
        out() << "schema is up to date" << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("seed") && p.isSet(QStringLiteral("bulk"))) {
        BulkSeedOptions options;
        if (int rc = hotelsAndSeed(p, 1000000, &options.hotels, &options.seed))
            return rc;
        // The bulk load's default horizon is the 90 nights the scale targets speak of, not the demo's year.
        if (p.isSet(QStringLiteral("days"))) {
            if (int rc = positiveInt(p, QStringLiteral("days"), 1, 1000, &options.days))
                return rc;
        }
        if (int rc = positiveInt(p, QStringLiteral("rooms-per-hotel"), 4, 1000, &options.roomsPerHotel))
            return rc;
        const auto config = DbConfig::parse(db);
        if (!config)
            return failWith(config.error());
        QElapsedTimer timer;
        timer.start();
        options.progress = [&timer](const QString &stage, qint64 done, qint64 total) {
            err() << QStringLiteral("\r%1 s  %2: %3/%4 (%5%)          ")
                         .arg(timer.elapsed() / 1000.0, 6, 'f', 1)
                         .arg(stage)
                         .arg(done)
                         .arg(total)
                         .arg(total > 0 ? 100 * done / total : 100);
            err().flush();
        };
        auto summary = bulkSeedPostgres(*config, options);
        return seeded(summary, timer);
    }
    if (command == QLatin1String("seed")) {
        SeedOptions options;
        if (int rc = hotelsAndSeed(p, 100000, &options.hotels, &options.seed))
            return rc;
        if (int rc = positiveInt(p, QStringLiteral("days"), 1, 1000, &options.days))
            return rc;
        auto store = openMigrated(db);
        if (!store)
            return failWith(store.error());
        QElapsedTimer timer;
        timer.start();
        options.progress = [&timer](int done, int total) {
            if (done % 10 && done != total)
                return;
            const double seconds = timer.elapsed() / 1000.0;
            const double rate = done / std::max(seconds, 0.001);
            err() << QStringLiteral("\rseeding: %1/%2 hotels (%3%), %4 hotels/s, ETA %5 s   ")
                         .arg(done)
                         .arg(total)
                         .arg(100 * done / total)
                         .arg(rate, 0, 'f', 1)
                         .arg((total - done) / std::max(rate, 0.001), 0, 'f', 0);
            err().flush();
        };
        // ---- frontdesk (issue 12): the living demo's bookings unless --no-bookings ----
        if (!p.isSet(QStringLiteral("no-bookings"))) {
            LivingDemoOptions living;
            living.seed = options.seed;
            SeedSummary made;
            auto bookings = seedLivingDemo(*store.value(), options, living, &made);
            if (!bookings)
                return seeded(bookings.error(), timer);
            out() << QStringLiteral("booked %1 stays and %2 cancellations (%3 no-shows); today: %4 arrivals, %5 in "
                                    "house, %6 departures")
                         .arg(bookings->stays)
                         .arg(bookings->cancelled)
                         .arg(bookings->noShows)
                         .arg(bookings->arrivalsToday)
                         .arg(bookings->inHouse)
                         .arg(bookings->departuresToday)
                  << Qt::endl;
            return seeded(made, timer);
        }
        // ---- end frontdesk ----
        auto summary = seedDemoData(*store.value(), options);
        return seeded(summary, timer);
    }
    if (command == QLatin1String("user") && sub != QLatin1String("add")) {
        if (sub != QLatin1String("set-role") && sub != QLatin1String("disable") && sub != QLatin1String("enable"))
            return fail(
                QStringLiteral("unknown command \"user %1\"; use user add, set-role, disable or enable").arg(sub));
        if (!p.isSet(QStringLiteral("email")))
            return fail(QStringLiteral("--email is required"));
        UserAccessChange change;
        if (sub == QLatin1String("set-role")) {
            const auto role = roleFromName(p.value(QStringLiteral("role")));
            if (!p.isSet(QStringLiteral("role")) || !role)
                return fail(QStringLiteral("--role must be guest, frontdesk, revenue or admin (got \"%1\")")
                                .arg(p.value(QStringLiteral("role"))));
            change.role = *role;
            QList<HotelId> hotels;
            for (const QString &h : p.values(QStringLiteral("hotel"))) {
                bool ok = false;
                const qint64 id = h.toLongLong(&ok);
                if (!ok || id <= 0)
                    return fail(QStringLiteral("--hotel must be a hotel id (got \"%1\")").arg(h));
                hotels << id;
            }
            change.hotelIds = hotels;
        } else
            change.disabled = sub == QLatin1String("disable");
        auto store = openMigrated(db);
        if (!store)
            return failWith(store.error());
        auto changed = store.value()->changeUserAccess(p.value(QStringLiteral("email")), change);
        if (!changed)
            return failWith(changed.error());
        out() << QStringLiteral("user %1 <%2>: %3%4; tokens issued before no longer work")
                     .arg(changed->id)
                     .arg(changed->email, roleName(changed->role),
                          changed->disabled ? QStringLiteral(", disabled") : QString())
              << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("user")) {
        if (!p.isSet(QStringLiteral("email")))
            return fail(QStringLiteral("--email is required"));
        if (!p.isSet(QStringLiteral("password")))
            return fail(QStringLiteral("--password is required"));
        const auto role = roleFromName(p.value(QStringLiteral("role")));
        if (!role)
            return fail(QStringLiteral("--role must be guest, frontdesk, revenue or admin (got \"%1\")")
                            .arg(p.value(QStringLiteral("role"))));
        NewUser u{p.value(QStringLiteral("email")),
                  p.value(QStringLiteral("password")),
                  p.value(QStringLiteral("name")),
                  *role,
                  {}};
        for (const QString &h : p.values(QStringLiteral("hotel"))) {
            bool ok = false;
            const qint64 id = h.toLongLong(&ok);
            if (!ok || id <= 0)
                return fail(QStringLiteral("--hotel must be a hotel id (got \"%1\")").arg(h));
            u.hotelIds << id;
        }
        auto store = openMigrated(db);
        if (!store)
            return failWith(store.error());
        auto made = store.value()->createUser(u);
        if (!made)
            return failWith(made.error());
        out() << QStringLiteral("user %1 <%2> (%3) created").arg(made->id).arg(made->email, roleName(made->role))
              << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("audit")) {
        auto store = openMigrated(db);
        if (!store)
            return failWith(store.error());
        auto report = store.value()->audit();
        if (!report)
            return failWith(report.error());
        for (const auto &issue : report->issues)
            out() << "room type " << issue.roomTypeId << " " << issue.date.toString(Qt::ISODate) << ": "
                  << issue.problem << Qt::endl;
        out() << QStringLiteral("%1 room-type nights checked, %2 issues")
                     .arg(report->roomTypeNightsChecked)
                     .arg(report->issues.size())
              << Qt::endl;
        return report->clean() ? 0 : 1;
    }
    if (command == QLatin1String("reprice")) { // issue 9: server/commands/RepriceCommand.cpp
        auto store = openMigrated(db);
        if (!store)
            return failWith(store.error());
        RepriceOptions options;
        options.dryRun = p.isSet(QStringLiteral("dry-run"));
        if (p.isSet(QStringLiteral("days")))
            if (int code = positiveInt(p, QStringLiteral("days"), 1, 400, &options.days))
                return code;
        for (const QString &id : p.values(QStringLiteral("hotel"))) {
            bool ok = false;
            const HotelId hotel = id.toLongLong(&ok);
            if (!ok || hotel <= 0)
                return fail(QStringLiteral("--hotel must be a hotel id, not \"%1\"").arg(id));
            options.hotels << hotel;
        }
        return runRepriceCommand(*store.value(), options, out(), err());
    }
    if (command == QLatin1String("serve")) {
        ServeOptions options;
        auto config = DbConfig::parse(db);
        if (!config)
            return failWith(config.error());
        options.db = config.value();
        const QString listen = p.value(QStringLiteral("listen"));
        const int colon = listen.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const int port = listen.mid(colon + 1).toInt(&ok);
        if (colon <= 0 || !ok || port < 0 || port > 65535)
            return fail(QStringLiteral("--listen must be HOST:PORT, e.g. 127.0.0.1:8080 (got \"%1\")").arg(listen));
        options.host = listen.left(colon);
        options.port = quint16(port);
        if (p.isSet(QStringLiteral("threads")) && positiveInt(p, QStringLiteral("threads"), 1, 256, &options.threads))
            return 2;
        if (p.isSet(QStringLiteral("no-rate-limit")))
            options.limits.ratePerSecond = 0;
        if (int rc = positiveInt(p, QStringLiteral("limit-logins-per-account-minute"), 0, 100000,
                                 &options.guards.loginsPerAccountMinute))
            return rc;
        if (int rc = positiveInt(p, QStringLiteral("limit-logins-per-address-minute"), 0, 100000,
                                 &options.guards.loginsPerAddressMinute))
            return rc;
        if (int rc = positiveInt(p, QStringLiteral("limit-registrations-per-address-hour"), 0, 100000,
                                 &options.guards.registrationsPerAddressHour))
            return rc;
        if (int rc = positiveInt(p, QStringLiteral("limit-bookings-per-guest-hour"), 0, 10000000,
                                 &options.guards.bookingsPerGuestHour))
            return rc;
        if (int rc = positiveInt(p, QStringLiteral("audit-every"), 0, 86400, &options.auditEverySeconds))
            return rc;
        if (int rc = positiveInt(p, QStringLiteral("wait-for-db"), 0, 86400, &options.waitForDbSeconds))
            return rc;
        if (p.isSet(QStringLiteral("metrics-allow"))) {
            options.limits.metricsAllow.clear();
            for (const QString &cidr : p.values(QStringLiteral("metrics-allow"))) {
                const QString subnet = cidr.contains(QLatin1Char('/'))   ? cidr
                                       : cidr.contains(QLatin1Char(':')) ? cidr + QStringLiteral("/128")
                                                                         : cidr + QStringLiteral("/32");
                if (QHostAddress::parseSubnet(subnet).second < 0)
                    return fail(QStringLiteral("--metrics-allow must be an address or a subnet such as 10.0.0.0/8 "
                                               "(got \"%1\")")
                                    .arg(cidr));
                options.limits.metricsAllow << subnet;
            }
        }
        for (const QString &proxy : p.values(QStringLiteral("trusted-proxy"))) {
            const QHostAddress address(proxy);
            if (address.isNull())
                return fail(QStringLiteral("--trusted-proxy must be an IP address (got \"%1\")").arg(proxy));
            options.limits.trustedProxies << address.toString();
        }
        if (p.isSet(QStringLiteral("read-db"))) {
            auto reads = DbConfig::parse(p.value(QStringLiteral("read-db")));
            if (!reads)
                return failWith(reads.error());
            options.readDb = reads.value();
        }
        int ttl = 0;
        if (int rc = positiveInt(p, QStringLiteral("search-cache-ttl"), 0, 86400, &ttl))
            return rc;
        options.sliceSearch.ttlMs = qint64(ttl) * 1000;
        if (int rc = positiveInt(p, QStringLiteral("search-warmup-nights"), 0, 1000, &options.warmNights))
            return rc;
        options.jwtSecret = qgetenv("HOTEL_JWT_SECRET");
        if (p.isSet(QStringLiteral("jwt-secret-file"))) {
            QFile f(p.value(QStringLiteral("jwt-secret-file")));
            if (!f.open(QIODevice::ReadOnly))
                return fail(QStringLiteral("--jwt-secret-file cannot be read: %1").arg(f.errorString()));
            options.jwtSecret = f.readAll().trimmed();
        }
        if (options.jwtSecret.size() < 32) {
            if (!options.jwtSecret.isEmpty())
                return fail(QStringLiteral("the JWT secret must have at least 32 bytes"));
            // -- the signing secret kept in the state directory (packaging, issue 15) --
            const QString stateDir = stateDirectory(p.value(QStringLiteral("state-dir")));
            if (p.isSet(QStringLiteral("state-dir")) || qEnvironmentVariableIsSet("STATE_DIRECTORY") ||
                QFileInfo(stateDir).isDir()) {
                auto stored = loadOrCreateSecret(stateDir);
                if (!stored)
                    return failWith(stored.error());
                err() << "hotel-server: token signing secret " << (stored->created ? "created in " : "read from ")
                      << stored->path << Qt::endl;
                options.jwtSecret = stored->value;
            } else {
                // A developer's run with no state directory: tokens end with the process, as they always did.
                err() << "hotel-server: no HOTEL_JWT_SECRET, --jwt-secret-file or state directory (" << stateDir
                      << "): using a random secret; tokens end with this process" << Qt::endl;
                for (int i = 0; i < 48; ++i)
                    options.jwtSecret += char('a' + QRandomGenerator::system()->bounded(26));
            }
            // -- end of the signing secret --
        }
        return runServer(options);
    }
    return fail(QStringLiteral("unknown command \"%1\" (see --help)").arg(command));
}
