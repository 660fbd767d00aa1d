#pragma once

#include "domain/Domain.h"

#include <QAbstractTableModel>
#include <QHash>

namespace hotel {

// The availability grid as a table: one row per room type (grouped by hotel, in the order the grids were
// given), one column per night. It holds the InventoryGrid value structs it was given and never queries.
class InventoryGridModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Roles {
        AvailableRole = Qt::UserRole, // int: rooms left to sell (may be negative only if data is inconsistent)
        TotalRole,                    // int: rooms of the type (without overbooking allowance)
        BookedRole,                   // int
        BlockedRole,                  // int
        PriceRole,                    // qint64 (Money, minor units)
        OccupancyRole,                // double 0..1: (booked + blocked) / total
        WeekendRole,                  // bool: Friday or Saturday night
        TodayRole,                    // bool: the hotel's today
        DateRole,                     // QDate of the night (cells and horizontal header)
        RoomTypeIdRole,               // RoomTypeId (cells and vertical header)
        HotelIdRole,                  // HotelId (cells and vertical header)
        CurrencyRole,                 // QString
        HotelNameRole,                // QString (vertical header)
        FirstRowOfHotelRole,          // bool (vertical header): a new hotel group starts here
        PriceTextRole,                // QString: the price as money in the room type's currency and the locale
    };
    Q_ENUM(Roles)

    explicit InventoryGridModel(QObject *parent = nullptr);

    // Replaces the content whole. When the shape (hotels, room types, dates) is unchanged only the cells are
    // reported changed, so a reload after a booking keeps the view's selection and scroll position.
    void setGrid(const InventoryGrid &grid);
    void setGrids(const QList<InventoryGrid> &grids);
    void setHotelNames(const QHash<HotelId, QString> &names);
    void clear();
    // The hotel-local date that counts as today (DESIGN.md: a hotel's today is its own time zone's date).
    void setToday(QDate today);

    const QList<InventoryGrid> &grids() const { return m_grids; }
    QDate firstDate() const;
    QDate dateAt(int column) const;
    int columnOf(QDate date) const; // -1 if outside
    const RoomType *roomTypeAt(int row) const;
    const InventoryNight *nightAt(int row, int column) const;
    int rowOfRoomType(RoomTypeId id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct RowRef {
        int grid = 0;
        int roomType = 0;
    };
    bool sameShape(const QList<InventoryGrid> &grids) const;
    void rebuildRows();

    QList<InventoryGrid> m_grids;
    QList<RowRef> m_rows;
    QHash<HotelId, QString> m_hotelNames;
    int m_days = 0;
    QDate m_today;
};

} // namespace hotel
