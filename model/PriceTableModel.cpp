#include "model/PriceTableModel.h"

#include "domain/Policy.h"
#include "model/MoneyText.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <algorithm>
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

void PriceTableModel::setCurrency(const QString &currency) {
    if (currency == m_currency)
        return;
    m_currency = currency;
    if (!m_nights.isEmpty())
        changed(0, int(m_nights.size()) - 1);
}

Money PriceTableModel::medianPrice() const {
    QList<Money> stored;
    for (const auto &n : m_nights)
        stored << n.price;
    if (stored.isEmpty())
        return 0;
    std::sort(stored.begin(), stored.end());
    const qsizetype mid = stored.size() / 2;
    return stored.size() % 2 ? stored[mid] : (stored[mid - 1] + stored[mid]) / 2;
}

QList<PriceTableModel::UnusualPrice> PriceTableModel::unusualPrices() const {
    const Money median = medianPrice();
    QList<UnusualPrice> out;
    for (const NightPrice &p : changedPrices()) {
        const bool unusual = p.price == 0 || (median > 0 && (p.price > 5 * median || p.price * 5 < median));
        if (unusual)
            out << UnusualPrice{p.date, p.price};
    }
    return out;
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
        // Rounded to the currency's minor unit (whole won, cents), half away from zero; never below zero.
        const Money raised = Money(std::llround(double(m_prices[row]) * (100.0 + percent) / 100.0));
        m_prices[row] = std::max<Money>(0, policy::roundToMinorUnit(raised, m_currency));
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
        return modified ? tr("Was %1; not saved yet").arg(formatMoney(n.price, m_currency)) : QVariant();
    case Qt::EditRole:
        if (index.column() == PriceColumn)
            return editableMoney(price, m_currency);
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case DayColumn:
            return index.row();
        case DateColumn:
            return QLocale().toString(n.date, QLocale::ShortFormat);
        case WeekdayColumn:
            return QLocale().dayName(n.date.dayOfWeek(), QLocale::ShortFormat);
        case PriceColumn:
            return formatMoney(price, m_currency);
        case ChartPriceColumn:
            return double(price) / 100.0;
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
    if (!money || *money < 0 || *money > limits::maxNightlyPrice || !isWholeMinorUnit(*money, m_currency))
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
    case ChartPriceColumn:
        return tr("Price (%1)").arg(m_currency);
    }
    return {};
}

} // namespace hotel
