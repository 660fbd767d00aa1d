#include "model/InventoryGridModel.h"

#include "model/MoneyText.h"

#include <QFont>
#include <QLocale>

namespace hotel {

InventoryGridModel::InventoryGridModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void InventoryGridModel::setGrid(const InventoryGrid &grid) {
    setGrids({grid});
}

bool InventoryGridModel::sameShape(const QList<InventoryGrid> &grids) const {
    if (grids.size() != m_grids.size())
        return false;
    for (int g = 0; g < grids.size(); ++g) {
        const auto &a = grids.at(g);
        const auto &b = m_grids.at(g);
        if (a.hotelId != b.hotelId || a.from != b.from || a.to != b.to || a.roomTypes.size() != b.roomTypes.size())
            return false;
        for (int r = 0; r < a.roomTypes.size(); ++r)
            if (a.roomTypes.at(r).id != b.roomTypes.at(r).id || a.roomTypes.at(r).name != b.roomTypes.at(r).name)
                return false;
    }
    return true;
}

void InventoryGridModel::setGrids(const QList<InventoryGrid> &grids) {
    if (!m_rows.isEmpty() && sameShape(grids)) {
        m_grids = grids;
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_grids = grids;
    rebuildRows();
    endResetModel();
}

void InventoryGridModel::setHotelNames(const QHash<HotelId, QString> &names) {
    m_hotelNames = names;
    if (!m_rows.isEmpty())
        Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
}

void InventoryGridModel::clear() {
    setGrids({});
}

void InventoryGridModel::setToday(QDate today) {
    if (today == m_today)
        return;
    const int oldColumn = columnOf(m_today);
    m_today = today;
    const int newColumn = columnOf(m_today);
    for (int column : {oldColumn, newColumn}) {
        if (column >= 0 && rowCount() > 0) {
            Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column));
            Q_EMIT headerDataChanged(Qt::Horizontal, column, column);
        }
    }
}

void InventoryGridModel::rebuildRows() {
    m_rows.clear();
    m_days = 0;
    for (int g = 0; g < m_grids.size(); ++g) {
        const auto &grid = m_grids.at(g);
        m_days = std::max(m_days, std::max(0, grid.days()));
        for (int r = 0; r < grid.roomTypes.size(); ++r)
            m_rows.append({g, r});
    }
}

QDate InventoryGridModel::firstDate() const {
    return m_grids.isEmpty() ? QDate() : m_grids.first().from;
}

QDate InventoryGridModel::dateAt(int column) const {
    if (column < 0 || column >= m_days)
        return {};
    return firstDate().addDays(column);
}

int InventoryGridModel::columnOf(QDate date) const {
    if (!date.isValid() || m_grids.isEmpty())
        return -1;
    const qint64 column = firstDate().daysTo(date);
    return column >= 0 && column < m_days ? int(column) : -1;
}

const RoomType *InventoryGridModel::roomTypeAt(int row) const {
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    const RowRef ref = m_rows.at(row);
    return &m_grids.at(ref.grid).roomTypes.at(ref.roomType);
}

const InventoryNight *InventoryGridModel::nightAt(int row, int column) const {
    if (row < 0 || row >= m_rows.size() || column < 0)
        return nullptr;
    const RowRef ref = m_rows.at(row);
    const InventoryGrid &grid = m_grids.at(ref.grid);
    const int days = grid.days();
    // A grid from a different start than the first one is aligned by date, not by position.
    const qint64 day = grid.from.daysTo(dateAt(column));
    if (day < 0 || day >= days)
        return nullptr;
    const qsizetype offset = qsizetype(ref.roomType) * days + day;
    if (offset >= grid.nights.size())
        return nullptr;
    return &grid.nights.at(offset);
}

int InventoryGridModel::rowOfRoomType(RoomTypeId id) const {
    for (int row = 0; row < m_rows.size(); ++row)
        if (roomTypeAt(row)->id == id)
            return row;
    return -1;
}

int InventoryGridModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InventoryGridModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_days;
}

static double occupancyOf(const InventoryNight &n) {
    if (n.totalRooms <= 0)
        return n.bookedRooms + n.blockedRooms > 0 ? 1.0 : 0.0;
    return double(n.bookedRooms + n.blockedRooms) / double(n.totalRooms);
}

static bool isWeekendNight(QDate date) {
    // Friday and Saturday nights are the hotel trade's weekend.
    const int dow = date.dayOfWeek();
    return dow == Qt::Friday || dow == Qt::Saturday;
}

QVariant InventoryGridModel::data(const QModelIndex &index, int role) const {
    // Views and completers do ask about invalid indexes; that is an answer of "nothing", not a bug to log.
    if (!index.isValid() || index.model() != this || index.parent().isValid() || index.row() >= rowCount() ||
        index.column() >= columnCount())
        return {};
    const QDate date = dateAt(index.column());
    switch (role) {
    case WeekendRole:
        return isWeekendNight(date);
    case TodayRole:
        return date == m_today;
    case DateRole:
        return date;
    case RoomTypeIdRole:
        return roomTypeAt(index.row())->id;
    case HotelIdRole:
        return roomTypeAt(index.row())->hotelId;
    case CurrencyRole:
        return roomTypeAt(index.row())->currency;
    default:
        break;
    }
    const InventoryNight *night = nightAt(index.row(), index.column());
    if (!night) {
        if (role == Qt::ToolTipRole)
            return tr("No inventory for this night");
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1/%2").arg(night->available()).arg(night->totalRooms);
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole: {
        const RoomType *type = roomTypeAt(index.row());
        QString text = tr("%1, night of %2\n%3 of %4 rooms left, %5 booked")
                           .arg(type->name, QLocale().toString(date, QLocale::LongFormat))
                           .arg(night->available())
                           .arg(night->totalRooms)
                           .arg(night->bookedRooms);
        if (night->blockedRooms > 0)
            text += QLatin1Char('\n') + tr("%n room(s) blocked", nullptr, night->blockedRooms);
        if (night->overbookingAllowance > 0)
            text += QLatin1Char('\n') + tr("Overbooking allowance: %1").arg(night->overbookingAllowance);
        text += QLatin1Char('\n') + tr("Price: %1").arg(formatMoney(night->price, type->currency));
        return text;
    }
    case AvailableRole:
        return night->available();
    case TotalRole:
        return night->totalRooms;
    case BookedRole:
        return night->bookedRooms;
    case BlockedRole:
        return night->blockedRooms;
    case PriceRole:
        return QVariant::fromValue<qint64>(night->price);
    case PriceTextRole:
        return formatMoney(night->price, roomTypeAt(index.row())->currency);
    case OccupancyRole:
        return occupancyOf(*night);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    default:
        return {};
    }
}

QVariant InventoryGridModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_days)
            return {};
        const QDate date = dateAt(section);
        switch (role) {
        case Qt::DisplayRole:
            // Two short lines: weekday, then day and month ("Fri" / "28 Nov").
            // The hotel's today says so in words: a clerk's eye looks for it first.
            return QString(
                (date == m_today ? tr("Today") : QLocale().toString(date, QStringLiteral("ddd"))) + QLatin1Char('\n') +
                QLocale().toString(date, tr("d MMM", "date format of the grid's column header (day, month)")));
        case Qt::FontRole: {
            if (date != m_today)
                return {};
            QFont font;
            font.setBold(true);
            return font;
        }
        case Qt::ToolTipRole:
            return QLocale().toString(date, QLocale::LongFormat);
        case DateRole:
            return date;
        case WeekendRole:
            return isWeekendNight(date);
        case TodayRole:
            return date == m_today;
        default:
            return {};
        }
    }
    if (section < 0 || section >= m_rows.size())
        return {};
    const RoomType *type = roomTypeAt(section);
    switch (role) {
    case Qt::DisplayRole:
        return type->name;
    case Qt::ToolTipRole: {
        const QString hotelName = m_hotelNames.value(type->hotelId);
        QString text = hotelName.isEmpty() ? type->name : tr("%1 at %2").arg(type->name, hotelName);
        text +=
            QLatin1Char('\n') + tr("%n room(s), up to %1 guests", nullptr, type->totalRooms).arg(type->maxOccupancy);
        return text;
    }
    case RoomTypeIdRole:
        return type->id;
    case HotelIdRole:
        return type->hotelId;
    case HotelNameRole:
        return m_hotelNames.value(type->hotelId);
    case FirstRowOfHotelRole:
        return m_rows.at(section).roomType == 0;
    default:
        return {};
    }
}

Qt::ItemFlags InventoryGridModel::flags(const QModelIndex &index) const {
    if (!index.isValid() || index.parent().isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> InventoryGridModel::roleNames() const {
    auto names = QAbstractTableModel::roleNames();
    names.insert(AvailableRole, "available");
    names.insert(TotalRole, "total");
    names.insert(BookedRole, "booked");
    names.insert(BlockedRole, "blocked");
    names.insert(PriceRole, "price");
    names.insert(OccupancyRole, "occupancy");
    names.insert(WeekendRole, "weekend");
    names.insert(TodayRole, "today");
    names.insert(DateRole, "date");
    names.insert(RoomTypeIdRole, "roomTypeId");
    names.insert(HotelIdRole, "hotelId");
    names.insert(CurrencyRole, "currency");
    names.insert(PriceTextRole, "priceText");
    names.insert(HotelNameRole, "hotelName");
    names.insert(FirstRowOfHotelRole, "firstRowOfHotel");
    return names;
}

} // namespace hotel
