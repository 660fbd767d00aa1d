// The catalogue: hotels, their room types, a room type's availability, a hotel's change counter.
#include "server/handlers/Handlers.h"
#include "store/Store.h"

namespace hotel::handlers {

HttpReply staffHotels(const Call &call) {
    return listReply(json::key::hotels, call.store.hotels(*call.actor));
}

HttpReply getHotel(const Call &call) {
    return reply(call.reads.hotel(call.ids.hotel));
}

HttpReply roomTypes(const Call &call) {
    return listReply(json::key::roomTypes, call.reads.roomTypes(call.ids.hotel));
}

HttpReply availability(const Call &call) {
    return ifRead(json::requiredDateParams(call.request.query, json::param::checkIn, json::param::checkOut),
                  [&](std::pair<QDate, QDate> stay) {
                      return reply(call.reads.availability(call.ids.hotel, call.ids.roomType, stay.first, stay.second));
                  });
}

HttpReply changes(const Call &call) {
    // From the primary: a client polls it to learn of writes, which a lagging replica would hide.
    auto c = call.store.changeCounter(call.ids.hotel);
    if (!c)
        return error(c.error());
    return jsonReply({{json::key::counter, c.value()}});
}

} // namespace hotel::handlers
