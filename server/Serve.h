#pragma once

#include "domain/DbConfig.h"
#include "server/Api.h"
#include "server/SliceSearch.h"

#include <QString>
#include <memory>

namespace hotel {

struct ServeOptions {
    DbConfig db;
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 8080;
    int threads = 0; // 0: one per core
    QByteArray jwtSecret;
    Api::Limits limits;
    std::optional<DbConfig> readDb;   // search and catalogue reads (a streaming replica); writes stay on `db`
    SliceSearch::Options sliceSearch; // ttlMs 0: off (--search-cache-ttl)
    int warmNights = 90;              // nights of every city the slice search loads at start (PostgreSQL)
    GuardLimits guards;               // sign-in, registration and per-guest booking limits (--limit-*)
    int auditEverySeconds = 60;       // the recount behind hotel_overbooked_nights (0: never)
    int waitForDbSeconds = 60;        // how long start() waits for a database that is not up yet
};

// hotel-server serve: N threads, each with its own QHttpServer on its own SO_REUSEPORT socket of the same port
// and its own database connection. Handlers are synchronous, so a reply is written on the socket's own thread
// before that connection's next request is read: no QFuture route keeps a raw socket pointer (Qt HttpServer
// 6.4.2) and pipelined requests are answered in order (QTBUG-105202).
class HttpService final {
public:
    explicit HttpService(ServeOptions options);
    ~HttpService();          // stops every thread, finishing the request in hand
    Result<quint16> start(); // the port actually bound (0 in the options picks a free one)
    Metrics &metrics();
    SliceSearch &sliceSearch();

    class Private;

private:
    std::unique_ptr<Private> d;
};

// Runs until SIGTERM or SIGINT; prints "listening on HOST:PORT" once ready.
int runServer(const ServeOptions &options);

} // namespace hotel
