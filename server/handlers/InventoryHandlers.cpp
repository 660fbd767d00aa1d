// A hotel's nights, prices, blocks and rooms: staff only (server/Routes.cpp).
#include "server/handlers/Handlers.h"
#include "store/Store.h"

namespace hotel::handlers {

namespace {

// POST adds `count` blocked rooms over [from, to), DELETE releases them.
HttpReply block(const Call &call, int sign) {
    return ifRead(readBody(call, json::roomBlockFrom), [&](const json::RoomBlock &b) {
        const int n = sign * b.count;
        auto done = call.store.blockRooms(*call.actor, call.ids.hotel, call.ids.roomType, b.from, b.to, n);
        if (!done)
            return error(done.error());
        return jsonReply({{json::key::blocked, n}});
    });
}

} // namespace

HttpReply inventory(const Call &call) {
    return ifRead(json::requiredDateParams(call.request.query, json::param::from, json::param::to),
                  [&](std::pair<QDate, QDate> range) {
                      return reply(call.store.inventory(*call.actor, call.ids.hotel, range.first, range.second));
                  });
}

HttpReply setPrices(const Call &call) {
    return ifRead(readBody(call, json::pricesFrom), [&](const QList<NightPrice> &prices) {
        auto done = call.store.setPrices(*call.actor, call.ids.hotel, call.ids.roomType, prices);
        if (!done)
            return error(done.error());
        return jsonReply({{json::key::updated, int(prices.size())}});
    });
}

HttpReply addBlock(const Call &call) {
    return block(call, +1);
}

HttpReply removeBlock(const Call &call) {
    return block(call, -1);
}

HttpReply rooms(const Call &call) {
    return listReply(json::key::rooms, call.store.rooms(*call.actor, call.ids.hotel));
}

HttpReply setRoomStatus(const Call &call) {
    return ifRead(readBody(call, json::roomStatusFrom), [&](RoomStatus status) {
        return reply(call.store.setRoomStatus(*call.actor, call.ids.hotel, call.ids.room, status));
    });
}

} // namespace hotel::handlers
