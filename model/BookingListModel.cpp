#include "model/BookingListModel.h"

#include "model/MoneyText.h"

#include <QBrush>
#include <QLocale>

namespace hotel {

void BookingListModel::setBookings(QList<Booking> bookings) {
    beginResetModel();
    m_bookings = std::move(bookings);
    endResetModel();
}

const Booking *BookingListModel::bookingAt(int row) const {
    return row >= 0 && row < m_bookings.size() ? &m_bookings[row] : nullptr;
}

int BookingListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_bookings.size());
}
int BookingListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString BookingListModel::statusText(const Booking &b) {
    if (b.isInHouse())
        return tr("In house");
    switch (b.status) {
    case BookingStatus::Pending:
        return tr("Pending");
    case BookingStatus::Confirmed:
        return tr("Confirmed");
    case BookingStatus::Cancelled:
        return tr("Cancelled");
    case BookingStatus::Completed:
        return tr("Checked out");
    }
    return {};
}

QVariant BookingListModel::data(const QModelIndex &index, int role) const {
    const Booking *b = index.isValid() && index.column() < ColumnCount ? bookingAt(index.row()) : nullptr;
    if (!b)
        return {};
    if (role == BookingIdRole)
        return b->id;
    if (role == StatusRole)
        return int(b->status);
    if (role == Qt::ForegroundRole && b->status == BookingStatus::Cancelled)
        return QBrush(Qt::gray);
    if (role == Qt::TextAlignmentRole &&
        (index.column() == TotalColumn || index.column() == NightsColumn || index.column() == GuestsColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    const bool sort = role == SortRole;
    if (role != Qt::DisplayRole && !sort && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case CodeColumn:
        return b->confirmationCode;
    case GuestColumn:
        return b->guestName;
    case EmailColumn:
        return b->guestEmail;
    case RoomTypeColumn:
        return b->roomTypeName;
    case CheckInColumn:
        return sort ? QVariant(b->checkIn) : QVariant(locale.toString(b->checkIn, QLocale::ShortFormat));
    case CheckOutColumn:
        return sort ? QVariant(b->checkOut) : QVariant(locale.toString(b->checkOut, QLocale::ShortFormat));
    case NightsColumn:
        return b->nights;
    case GuestsColumn:
        return b->numberOfGuests;
    case StatusColumn:
        return statusText(*b);
    case RoomColumn:
        return b->roomNumber.isEmpty() ? QVariant(tr("—")) : QVariant(b->roomNumber);
    case TotalColumn:
        return sort ? QVariant(b->totalPrice) : QVariant(formatMoney(b->totalPrice, b->currency));
    }
    return {};
}

QVariant BookingListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Confirmation");
    case GuestColumn:
        return tr("Guest");
    case EmailColumn:
        return tr("E-mail");
    case RoomTypeColumn:
        return tr("Room type");
    case CheckInColumn:
        return tr("Check-in");
    case CheckOutColumn:
        return tr("Check-out");
    case NightsColumn:
        return tr("Nights");
    case GuestsColumn:
        return tr("Guests");
    case StatusColumn:
        return tr("Status");
    case RoomColumn:
        return tr("Room");
    case TotalColumn:
        return tr("Total");
    }
    return {};
}

} // namespace hotel
