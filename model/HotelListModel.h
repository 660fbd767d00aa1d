#pragma once

#include "domain/Domain.h"

#include <QAbstractListModel>

namespace hotel {

// The hotels the signed-in staff member may act on, for the hotel picker.
class HotelListModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles {
        HotelIdRole = Qt::UserRole, // HotelId
        CityRole,                   // QString
        TimeZoneRole,               // QByteArray (IANA id)
        CurrencyRole,               // QString
        HotelRole,                  // hotel::Hotel
    };
    Q_ENUM(Roles)

    explicit HotelListModel(QObject *parent = nullptr);

    void setHotels(const QList<Hotel> &hotels);
    const QList<Hotel> &hotels() const { return m_hotels; }
    int rowOf(HotelId id) const; // -1 if absent
    const Hotel *hotelById(HotelId id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Hotel> m_hotels;
};

} // namespace hotel
