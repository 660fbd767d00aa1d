#include "domain/Domain.h"

#include "domain/Result.h"

#include <array>
#include <utility>

namespace hotel {

namespace {

template <typename E, std::size_t N>
std::optional<E> lookup(const std::array<std::pair<E, const char *>, N> &table, QStringView name) {
    for (const auto &[value, text] : table)
        if (name.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return value;
    return std::nullopt;
}

template <typename E, std::size_t N> QString nameOf(const std::array<std::pair<E, const char *>, N> &table, E value) {
    for (const auto &[v, text] : table)
        if (v == value)
            return QString::fromLatin1(text);
    return {};
}

constexpr std::array<std::pair<Role, const char *>, 4> roleNames{{
    {Role::Guest, "guest"},
    {Role::FrontDesk, "frontdesk"},
    {Role::Revenue, "revenue"},
    {Role::Admin, "admin"},
}};
constexpr std::array<std::pair<RoomStatus, const char *>, 3> roomStatusNames{{
    {RoomStatus::Available, "AVAILABLE"},
    {RoomStatus::Maintenance, "MAINTENANCE"},
    {RoomStatus::Occupied, "OCCUPIED"},
}};
constexpr std::array<std::pair<BookingStatus, const char *>, 4> bookingStatusNames{{
    {BookingStatus::Pending, "PENDING"},
    {BookingStatus::Confirmed, "CONFIRMED"},
    {BookingStatus::Cancelled, "CANCELLED"},
    {BookingStatus::Completed, "COMPLETED"},
}};
constexpr std::array<std::pair<BackendError::Kind, const char *>, 11> errorKindNames{{
    {BackendError::Kind::InvalidInput, "invalid_input"},
    {BackendError::Kind::NotFound, "not_found"},
    {BackendError::Kind::Unauthenticated, "unauthenticated"},
    {BackendError::Kind::Forbidden, "forbidden"},
    {BackendError::Kind::NoAvailability, "no_availability"},
    {BackendError::Kind::TooLateToCancel, "too_late_to_cancel"},
    {BackendError::Kind::Conflict, "conflict"},
    {BackendError::Kind::Unavailable, "unavailable"},
    {BackendError::Kind::Timeout, "timeout"},
    {BackendError::Kind::Internal, "internal"},
    {BackendError::Kind::Restricted, "restricted"}, // issue 9: a stay restriction
}};

} // namespace

QString roleName(Role role) {
    return nameOf(roleNames, role);
}
std::optional<Role> roleFromName(QStringView name) {
    return lookup(roleNames, name);
}
QString roomStatusName(RoomStatus status) {
    return nameOf(roomStatusNames, status);
}
std::optional<RoomStatus> roomStatusFromName(QStringView name) {
    return lookup(roomStatusNames, name);
}
QString bookingStatusName(BookingStatus status) {
    return nameOf(bookingStatusNames, status);
}
std::optional<BookingStatus> bookingStatusFromName(QStringView name) {
    return lookup(bookingStatusNames, name);
}

const char *errorKindName(BackendError::Kind kind) {
    for (const auto &[k, text] : errorKindNames)
        if (k == kind)
            return text;
    return "internal";
}

std::optional<BackendError::Kind> errorKindFromName(QStringView name) {
    return lookup(errorKindNames, name);
}

QString formatMoney(Money cents) {
    const bool negative = cents < 0;
    const quint64 magnitude = negative ? quint64(-(cents + 1)) + 1 : quint64(cents);
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

std::optional<Money> parseMoney(QStringView text) {
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 20)
        return std::nullopt;
    bool negative = false;
    if (text.front() == QLatin1Char('-')) {
        negative = true;
        text = text.mid(1);
    }
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const QStringView whole = dot < 0 ? text : text.left(dot);
    const QStringView frac = dot < 0 ? QStringView() : text.mid(dot + 1);
    if (whole.isEmpty() || frac.size() > 2 || (dot >= 0 && frac.isEmpty()))
        return std::nullopt;
    for (QChar c : whole)
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
    for (QChar c : frac)
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
    if (whole.size() > 15)
        return std::nullopt;
    Money value = whole.toLongLong() * 100;
    if (frac.size() == 1)
        value += frac.toInt() * 10;
    else if (frac.size() == 2)
        value += frac.toInt();
    return negative ? -value : value;
}

} // namespace hotel
