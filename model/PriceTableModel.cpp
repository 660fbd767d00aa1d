#include "model/PriceTableModel.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <cmath>

namespace hotel {

void PriceTableModel::setNights(const QList<InventoryNight> &nights) {
    beginResetModel();
    m_nights = nights;
    m_prices.clear();
    for (const auto &n : nights)
        m_prices << n.price;
    endResetModel();
}

bool PriceTableModel::isModified() const {
    return !changedPrices().isEmpty();
}

QList<NightPrice> PriceTableModel::changedPrices() const {
    QList<NightPrice> out;
    for (int i = 0; i < m_nights.size(); ++i)
        if (m_prices[i] != m_nights[i].price)
            out << NightPrice{m_nights[i].date, m_prices[i]};
    return out;
}

void PriceTableModel::revert() {
    for (int i = 0; i < m_nights.size(); ++i)
        m_prices[i] = m_nights[i].price;
    if (!m_nights.isEmpty())
        changed(0, int(m_nights.size()) - 1);
}

void PriceTableModel::changed(int first, int last) {
    Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void PriceTableModel::setPrice(const QList<int> &rows, Money price, bool weekendsOnly) {
    for (int row : rows) {
        if (row < 0 || row >= m_prices.size() || (weekendsOnly && !isWeekendNight(m_nights[row].date)))
            continue;
        m_prices[row] = std::max<Money>(0, price);
        changed(row, row);
    }
}

void PriceTableModel::adjustPercent(const QList<int> &rows, double percent, bool weekendsOnly) {
    for (int row : rows) {
        if (row < 0 || row >= m_prices.size() || (weekendsOnly && !isWeekendNight(m_nights[row].date)))
            continue;
        // Rounded to whole cents, half away from zero; never below zero.
        m_prices[row] = std::max<Money>(0, Money(std::llround(double(m_prices[row]) * (100.0 + percent) / 100.0)));
        changed(row, row);
    }
}

int PriceTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_nights.size());
}
int PriceTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PriceTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_nights.size() || index.column() >= ColumnCount)
        return {};
    const InventoryNight &n = m_nights[index.row()];
    const Money price = m_prices[index.row()];
    const bool modified = price != n.price;
    const int capacity = std::max(1, n.totalRooms);
    const double occupancy = 100.0 * (n.bookedRooms + n.blockedRooms) / capacity;
    switch (role) {
    case PriceCentsRole:
        return price;
    case ChangedRole:
        return modified;
    case WeekendRole:
        return isWeekendNight(n.date);
    case Qt::FontRole:
        if (modified && index.column() == PriceColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::BackgroundRole:
        return isWeekendNight(n.date) ? QVariant(QBrush(QColor(128, 128, 128, 30))) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() >= PriceColumn ? int(Qt::AlignRight | Qt::AlignVCenter)
                                             : int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return modified ? tr("Was %1; not saved yet").arg(formatMoney(n.price)) : QVariant();
    case Qt::EditRole:
        if (index.column() == PriceColumn)
            return formatMoney(price);
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case DayColumn:
            return index.row();
        case DateColumn:
            return QLocale().toString(n.date, QLocale::ShortFormat);
        case WeekdayColumn:
            return QLocale().dayName(n.date.dayOfWeek(), QLocale::ShortFormat);
        // Display as a plain decimal so the chart's mapper reads it as a number.
        case PriceColumn:
            return formatMoney(price);
        case BookedColumn:
            return tr("%1 booked, %2 blocked, of %3").arg(n.bookedRooms).arg(n.blockedRooms).arg(n.totalRooms);
        case OccupancyColumn:
            return std::round(occupancy);
        }
    }
    return {};
}

bool PriceTableModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!index.isValid() || role != Qt::EditRole || index.column() != PriceColumn || index.row() >= m_prices.size())
        return false;
    const auto money = parseMoney(value.toString());
    if (!money || *money < 0 || *money > limits::maxNightlyPrice)
        return false;
    m_prices[index.row()] = *money;
    changed(index.row(), index.row());
    return true;
}

Qt::ItemFlags PriceTableModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() == PriceColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant PriceTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DayColumn:
        return tr("#");
    case DateColumn:
        return tr("Night");
    case WeekdayColumn:
        return tr("Day");
    case PriceColumn:
        return tr("Price");
    case BookedColumn:
        return tr("Booked");
    case OccupancyColumn:
        return tr("Occupancy %");
    }
    return {};
}

} // namespace hotel
