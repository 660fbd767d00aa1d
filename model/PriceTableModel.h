#pragma once

#include "domain/Domain.h"

#include <QAbstractTableModel>

namespace hotel {

// Nightly prices and occupancy of one room type over a range; prices are editable and saved as a whole.
class PriceTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DayColumn, DateColumn, WeekdayColumn, PriceColumn, BookedColumn, OccupancyColumn, ColumnCount };
    enum Role { PriceCentsRole = Qt::UserRole, ChangedRole, WeekendRole };

    using QAbstractTableModel::QAbstractTableModel;
    // The row of `grid` for `roomTypeId`.
    void setNights(const QList<InventoryNight> &nights);
    void clear() { setNights({}); }
    bool isModified() const;
    QList<NightPrice> changedPrices() const;
    void revert();
    // Bulk actions over the given rows (weekendsOnly: Friday and Saturday nights).
    void setPrice(const QList<int> &rows, Money price, bool weekendsOnly);
    void adjustPercent(const QList<int> &rows, double percent, bool weekendsOnly);
    Money priceAt(int row) const { return m_prices.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static bool isWeekendNight(QDate d) { return d.dayOfWeek() == 5 || d.dayOfWeek() == 6; }

private:
    void changed(int first, int last);
    QList<InventoryNight> m_nights;
    QList<Money> m_prices; // edited
};

} // namespace hotel
