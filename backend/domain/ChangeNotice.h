#pragma once

#include "domain/Domain.h"

#include <QDate>
#include <QString>
#include <optional>

namespace hotel {

// What a committed write tells other processes: the payload of PostgreSQL's NOTIFY on `channel`, built by the
// store at commit and read by every listener (the server's in-memory search, the portal's direct mode). One
// spelling, here, so writer and readers cannot drift apart.
struct ChangeNotice {
    static constexpr const char *channel = "hotel_changed";

    HotelId hotelId = 0;
    QDate from; // [from, to): the nights the write touched; both valid or the hotel as a whole
    QDate to;

    bool wholeHotel() const { return !from.isValid() || !to.isValid(); }
    friend bool operator==(const ChangeNotice &, const ChangeNotice &) = default;
};

// '<hotelId>' or '<hotelId>:<from>:<to>' (ISO dates).
QString encodeChangeNotice(const ChangeNotice &notice);
// nullopt when the payload names no hotel (a listener then forgets everything). Unreadable dates give the
// hotel as a whole, never a wrong range.
std::optional<ChangeNotice> decodeChangeNotice(const QString &payload);

} // namespace hotel
