#include "server/handlers/Handler.h"

#include <QJsonDocument>

namespace hotel {

int statusFor(const BackendError &e, bool parseError) {
    using K = BackendError::Kind;
    switch (e.kind) {
    case K::InvalidInput:
        return parseError ? 400 : 422;
    case K::NotFound:
        return 404;
    case K::Unauthenticated:
        return 401;
    case K::Forbidden:
        return 403;
    case K::NoAvailability:
    case K::Conflict:
    case K::TooLateToCancel:
    case K::Restricted:
        return 409;
    case K::Unavailable:
        return 503;
    case K::Timeout:
        return 504;
    case K::Internal:
        return 500;
    }
    return 500;
}

HttpReply jsonReply(const QJsonObject &o, int status) {
    return {status, QJsonDocument(o).toJson(QJsonDocument::Compact), "application/json"};
}

HttpReply error(const BackendError &e) {
    HttpReply reply = jsonReply(json::errorJson(e), statusFor(e, false));
    // The store reconnects by itself within seconds (250 ms doubling to 5 s): tell clients when to come back.
    if (reply.status == 503)
        reply.retryAfterSeconds = 2;
    return reply;
}

HttpReply badRequest(const BackendError &e) {
    return jsonReply(json::errorJson(e), statusFor(e, true));
}

HttpReply error(int status, const char *code, const QString &message) {
    return jsonReply(
        {{json::key::error, QJsonObject{{json::key::code, QLatin1String(code)}, {json::key::message, message}}}},
        status);
}

HttpReply noSuchEndpoint() {
    return error(404, "not_found", apiTr("There is no such endpoint."));
}

} // namespace hotel
