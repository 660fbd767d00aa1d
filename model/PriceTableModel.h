#pragma once

#include "domain/Domain.h"

#include <QAbstractTableModel>

namespace hotel {

// Nightly prices and occupancy of one room type over a range; prices are editable and saved as a whole.
class PriceTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    // ChartPriceColumn is the price as a plain number in whole units (the chart's QVXYModelMapper reads display
    // text as a number, and the table's PriceColumn reads as money); the table hides it, like DayColumn.
    enum Column {
        DayColumn,
        DateColumn,
        WeekdayColumn,
        PriceColumn,
        BookedColumn,
        OccupancyColumn,
        ChartPriceColumn,
        ColumnCount
    };
    enum Role { PriceCentsRole = Qt::UserRole, ChangedRole, WeekendRole };

    // A changed night whose new price is far from the room type's usual one (see unusualPrices).
    struct UnusualPrice {
        QDate date;
        Money price = 0;
    };

    using QAbstractTableModel::QAbstractTableModel;
    // The room type's currency: amounts read in it and are typed in its minor units.
    void setCurrency(const QString &currency);
    QString currency() const { return m_currency; }
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
    QDate dateAt(int row) const { return row >= 0 && row < m_nights.size() ? m_nights[row].date : QDate(); }
    // The median of the stored (not the edited) prices of the shown nights: the room type's usual price.
    Money medianPrice() const;
    // The changed nights whose new price is zero, more than five times the median or under a fifth of it: a
    // typing slip (an extra zero, a missing digit) more often than a decision, so they are confirmed first.
    QList<UnusualPrice> unusualPrices() const;

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
    QString m_currency = QStringLiteral("USD");
};

} // namespace hotel
