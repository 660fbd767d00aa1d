#pragma once

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

namespace hotel {

// A request as the Api sees it: what the socket layer (server/Serve.cpp) read, independent of Qt HttpServer.
struct HttpRequestView {
    QByteArray method; // "GET", "POST", ...
    QString path;      // decoded path, without the query
    QUrlQuery query;
    QByteArray authorization;
    QByteArray idempotencyKey;
    QByteArray contentType;
    QByteArray body;
    QString peer;
    QByteArray forwardedFor; // X-Forwarded-For, believed only from a trusted proxy
};

struct HttpReply {
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    int retryAfterSeconds = 0; // > 0: a Retry-After header (503 while the database is away, 429)
};

} // namespace hotel
