#pragma once

// What every route handler sees, and the replies they build. One handler per route (server/Routes.cpp names
// them); by the time one runs, the route's access rule has held and the path's ids are well formed, so a
// handler only reads its body or query and asks the store.
#include "domain/Domain.h"
#include "domain/Result.h"
#include "server/Http.h"
#include "wire/Json.h"
#include "wire/Requests.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <optional>

namespace hotel {

class SliceSearch;
class Store;
class TokenSigner;
struct Metrics;
struct Guards;

// The ids named by a route's {placeholders}; 0 where the route has none.
struct PathIds {
    HotelId hotel = 0;
    RoomTypeId roomType = 0;
    RoomId room = 0;
    BookingId booking = 0;
};

struct Call {
    Store &store;              // writes, and everything about the caller's own data
    Store &reads;              // the public catalogue and search (a replica when configured, else `store`)
    const TokenSigner &signer; // issues tokens (POST /auth/token)
    Metrics &metrics;
    SliceSearch *search; // the in-memory search, or nullptr
    const HttpRequestView &request;
    const std::optional<Actor> &actor; // set on every route that is not public
    PathIds ids;
    Guards &guards;       // the abuse limits shared by every worker thread
    const QString client; // the caller's address (X-Forwarded-For's, from a trusted proxy)
};

using Handler = HttpReply (*)(const Call &call);

inline QString apiTr(const char *text, const char *disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("hotel::Api", text, disambiguation, n);
}

int statusFor(const BackendError &e, bool parseError);
HttpReply jsonReply(const QJsonObject &o, int status = 200);
// A store's failure (InvalidInput: 422, the values do not make sense) ...
HttpReply error(const BackendError &e);
// ... and a request the server could not read (InvalidInput: 400).
HttpReply badRequest(const BackendError &e);
HttpReply error(int status, const char *code, const QString &message);
HttpReply noSuchEndpoint();

template <typename T> HttpReply reply(const Result<T> &r, int status = 200) {
    if (!r)
        return error(r.error());
    return jsonReply(json::toJson(r.value()), status);
}

// {key: [item, ...]} for a list answer.
template <typename T> HttpReply listReply(const QString &key, const Result<QList<T>> &r) {
    if (!r)
        return error(r.error());
    QJsonArray items;
    for (const auto &item : r.value())
        items.append(json::toJson(item));
    return jsonReply({{key, items}});
}

// `then(value)` when the request read well, else its 400 (the field named).
template <typename T, typename Then> HttpReply ifRead(Result<T> read, Then &&then) {
    if (!read)
        return badRequest(read.error());
    return then(std::move(read).value());
}

// The body, read as a JSON object and then by `read` (a wire/Requests.h reader taking a QJsonObject).
template <typename Read> auto readBody(const Call &call, Read &&read) -> decltype(read(QJsonObject())) {
    auto body = json::bodyObject(call.request.body);
    if (!body)
        return body.error();
    return read(body.value());
}

} // namespace hotel
