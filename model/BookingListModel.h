#pragma once

#include "domain/Domain.h"

#include <QAbstractTableModel>

namespace hotel {

// Bookings as a table. Takes the list whole (setBookings) and never queries.
class BookingListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        CodeColumn,
        GuestColumn,
        EmailColumn,
        RoomTypeColumn,
        CheckInColumn,
        CheckOutColumn,
        NightsColumn,
        GuestsColumn,
        StatusColumn,
        RoomColumn,
        TotalColumn,
        ColumnCount
    };
    enum Role { BookingIdRole = Qt::UserRole, StatusRole, SortRole };

    using QAbstractTableModel::QAbstractTableModel;
    void setBookings(QList<Booking> bookings);
    const QList<Booking> &bookings() const { return m_bookings; }
    const Booking *bookingAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(const Booking &b);

private:
    QList<Booking> m_bookings;
};

} // namespace hotel
