// Bookings: a guest's own, the desk's for its hotels. The store decides who may see or change which booking.
#include "server/Metrics.h"
#include "server/handlers/Handlers.h"
#include "store/Store.h"

#include <QElapsedTimer>

namespace hotel::handlers {

HttpReply createBooking(const Call &call) {
    return ifRead(readBody(call, json::newBookingFrom), [&](NewBooking request) {
        request.idempotencyKey = QString::fromUtf8(call.request.idempotencyKey.left(200));
        QElapsedTimer t;
        t.start();
        auto created = call.store.createBooking(*call.actor, request);
        call.metrics.bookingMicros += quint64(t.nsecsElapsed() / 1000);
        if (!created) {
            (created.error().kind == BackendError::Kind::NoAvailability ? call.metrics.bookingsNoAvailability
                                                                        : call.metrics.bookingsFailed)++;
            return error(created.error());
        }
        ++call.metrics.bookingsCreated;
        call.metrics.addBookingValue(created->currency, created->totalPrice);
        return jsonReply(json::toJson(created.value()), 201);
    });
}

HttpReply getBooking(const Call &call) {
    return reply(call.store.booking(*call.actor, call.ids.booking));
}

HttpReply modifyBooking(const Call &call) {
    return ifRead(readBody(call, json::bookingChangeFrom), [&](const BookingChange &change) {
        return reply(call.store.modifyBooking(*call.actor, call.ids.booking, change));
    });
}

HttpReply cancelBooking(const Call &call) {
    return ifRead(readBody(call, json::cancellationFrom), [&](const json::Cancellation &cancel) {
        auto c = call.store.cancelBooking(*call.actor, call.ids.booking, cancel.reason, cancel.staffOverride);
        if (!c)
            return error(c.error());
        ++call.metrics.bookingsCancelled;
        return jsonReply(json::toJson(c.value()));
    });
}

HttpReply checkIn(const Call &call) {
    return ifRead(readBody(call, json::checkInRoomFrom),
                  [&](RoomId room) { return reply(call.store.checkIn(*call.actor, call.ids.booking, room)); });
}

HttpReply checkOut(const Call &call) {
    return reply(call.store.checkOut(*call.actor, call.ids.booking));
}

HttpReply myBookings(const Call &call) {
    return ifRead(json::statusParam(call.request.query), [&](std::optional<BookingStatus> status) {
        BookingFilter f;
        f.userId = call.actor->userId;
        if (status)
            f.statuses << *status;
        Actor self = *call.actor;
        self.role = Role::Guest; // "my" bookings: even staff see only their own here
        return listReply(json::key::bookings, call.store.bookings(self, f));
    });
}

HttpReply hotelBookings(const Call &call) {
    return ifRead(json::hotelBookingFilterFrom(call.request.query, call.ids.hotel), [&](const BookingFilter &f) {
        return listReply(json::key::bookings, call.store.bookings(*call.actor, f));
    });
}

} // namespace hotel::handlers
