#include "model/HotelListModel.h"

namespace hotel {

HotelListModel::HotelListModel(QObject *parent)
    : QAbstractListModel(parent) {}

void HotelListModel::setHotels(const QList<Hotel> &hotels) {
    beginResetModel();
    m_hotels = hotels;
    endResetModel();
}

int HotelListModel::rowOf(HotelId id) const {
    for (int i = 0; i < m_hotels.size(); ++i)
        if (m_hotels.at(i).id == id)
            return i;
    return -1;
}

const Hotel *HotelListModel::hotelById(HotelId id) const {
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_hotels.at(row);
}

int HotelListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_hotels.size());
}

QVariant HotelListModel::data(const QModelIndex &index, int role) const {
    // Views and completers do ask about invalid indexes; that is an answer of "nothing", not a bug to log.
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return {};
    const Hotel &h = m_hotels.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return h.city.isEmpty() ? h.name : tr("%1 (%2)").arg(h.name, h.city);
    case Qt::ToolTipRole:
        return tr("%1\n%2, %3\n%n star(s)", nullptr, h.starRating).arg(h.name, h.address, h.city);
    case HotelIdRole:
        return h.id;
    case CityRole:
        return h.city;
    case TimeZoneRole:
        return h.timeZone;
    case CurrencyRole:
        return h.currency;
    case HotelRole:
        return QVariant::fromValue(h);
    default:
        return {};
    }
}

QHash<int, QByteArray> HotelListModel::roleNames() const {
    auto names = QAbstractListModel::roleNames();
    names.insert(HotelIdRole, "hotelId");
    names.insert(CityRole, "city");
    names.insert(TimeZoneRole, "timeZone");
    names.insert(CurrencyRole, "currency");
    names.insert(HotelRole, "hotel");
    return names;
}

} // namespace hotel
