#include "model/InventoryGridModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace hotel;

namespace {

// 3 room types x `days` nights from Wed 2026-12-02; night (r, d) has r + d % 3 booked.
InventoryGrid makeGrid(int days = 10, HotelId hotelId = 7, QDate from = QDate(2026, 12, 2)) {
    InventoryGrid grid;
    grid.hotelId = hotelId;
    grid.from = from;
    grid.to = from.addDays(days);
    for (int r = 0; r < 3; ++r) {
        RoomType t;
        t.id = hotelId * 100 + r;
        t.hotelId = hotelId;
        t.name = QStringLiteral("Type %1").arg(r);
        t.totalRooms = 10;
        grid.roomTypes.append(t);
    }
    for (int r = 0; r < 3; ++r)
        for (int d = 0; d < days; ++d) {
            InventoryNight n;
            n.roomTypeId = grid.roomTypes.at(r).id;
            n.date = from.addDays(d);
            n.totalRooms = 10;
            n.bookedRooms = r + d % 3;
            n.blockedRooms = d == 4 ? 2 : 0;
            n.price = 10000 + d * 100;
            grid.nights.append(n);
        }
    return grid;
}

} // namespace

TEST(InventoryGridModel, PassesModelTesterThroughEveryChange) {
    InventoryGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    model.setGrid(makeGrid());
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.columnCount(), 10);
    model.setToday(QDate(2026, 12, 3));
    model.setGrid(makeGrid(20));
    model.setGrids({makeGrid(20, 7), makeGrid(20, 8)});
    EXPECT_EQ(model.rowCount(), 6);
    model.setHotelNames({{7, QStringLiteral("Seven")}, {8, QStringLiteral("Eight")}});
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.columnCount(), 0);
}

TEST(InventoryGridModel, CellRolesDescribeTheNight) {
    InventoryGridModel model;
    model.setGrid(makeGrid());
    model.setToday(QDate(2026, 12, 3));
    const QModelIndex night = model.index(1, 4); // Sun 6 Dec: 1 + 4 % 3 = 2 booked, 2 blocked
    EXPECT_EQ(night.data(InventoryGridModel::AvailableRole).toInt(), 6);
    EXPECT_EQ(night.data(InventoryGridModel::TotalRole).toInt(), 10);
    EXPECT_EQ(night.data(InventoryGridModel::BookedRole).toInt(), 2);
    EXPECT_EQ(night.data(InventoryGridModel::BlockedRole).toInt(), 2);
    EXPECT_EQ(night.data(InventoryGridModel::PriceRole).toLongLong(), 10400);
    EXPECT_DOUBLE_EQ(night.data(InventoryGridModel::OccupancyRole).toDouble(), 0.4);
    EXPECT_EQ(night.data(Qt::DisplayRole).toString(), QStringLiteral("6/10"));
    EXPECT_EQ(night.data(InventoryGridModel::DateRole).toDate(), QDate(2026, 12, 6));
    EXPECT_EQ(night.data(InventoryGridModel::RoomTypeIdRole).toLongLong(), 701);
    EXPECT_TRUE(night.data(Qt::ToolTipRole).toString().contains(QStringLiteral("blocked")));
    // Friday 4 Dec and Saturday 5 Dec are weekend nights; Sunday is not.
    EXPECT_TRUE(model.index(0, 2).data(InventoryGridModel::WeekendRole).toBool());
    EXPECT_TRUE(model.index(0, 3).data(InventoryGridModel::WeekendRole).toBool());
    EXPECT_FALSE(night.data(InventoryGridModel::WeekendRole).toBool());
    EXPECT_TRUE(model.index(2, 1).data(InventoryGridModel::TodayRole).toBool());
    EXPECT_FALSE(model.index(2, 2).data(InventoryGridModel::TodayRole).toBool());
    EXPECT_EQ(model.headerData(1, Qt::Vertical).toString(), QStringLiteral("Type 1"));
    EXPECT_TRUE(model.headerData(1, Qt::Horizontal).toString().startsWith(QStringLiteral("Today\n")));
    EXPECT_FALSE(model.headerData(2, Qt::Horizontal).toString().startsWith(QStringLiteral("Today")));
    EXPECT_EQ(model.headerData(4, Qt::Horizontal, InventoryGridModel::DateRole).toDate(), QDate(2026, 12, 6));
    EXPECT_EQ(model.columnOf(QDate(2026, 12, 11)), 9);
    EXPECT_EQ(model.columnOf(QDate(2026, 12, 12)), -1);
    EXPECT_EQ(model.rowOfRoomType(702), 2);
}

TEST(InventoryGridModel, ReloadWithSameShapeKeepsSelectionByReportingDataChanged) {
    InventoryGridModel model;
    model.setGrid(makeGrid());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    InventoryGrid after = makeGrid();
    after.nights[0].bookedRooms = 9;
    model.setGrid(after);
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(changes.count(), 1);
    EXPECT_EQ(model.index(0, 0).data(InventoryGridModel::AvailableRole).toInt(), 1);
    model.setGrid(makeGrid(10, 7, QDate(2026, 12, 9))); // another start: a new shape
    EXPECT_EQ(resets.count(), 1);
}

TEST(InventoryGridModel, MissingNightsAreEmptyCellsNotCrashes) {
    InventoryGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    InventoryGrid grid = makeGrid();
    grid.nights.resize(15); // the last room type and half of the second have no rows
    model.setGrid(grid);
    EXPECT_FALSE(model.index(2, 3).data(InventoryGridModel::AvailableRole).isValid());
    EXPECT_FALSE(model.index(2, 3).data(Qt::ToolTipRole).toString().isEmpty());
    EXPECT_TRUE(model.index(0, 3).data(InventoryGridModel::AvailableRole).isValid());
}

TEST(InventoryGridModel, HotelsOfDifferentStartsAlignByDate) {
    InventoryGridModel model;
    model.setGrids({makeGrid(10, 7, QDate(2026, 12, 2)), makeGrid(10, 8, QDate(2026, 12, 4))});
    // Column 2 is 4 Dec: the first night of hotel 8's grid (row 3: 0 booked + 0 % 3).
    EXPECT_EQ(model.index(3, 2).data(InventoryGridModel::DateRole).toDate(), QDate(2026, 12, 4));
    EXPECT_EQ(model.index(3, 2).data(InventoryGridModel::BookedRole).toInt(), 0);
    EXPECT_EQ(model.index(3, 2).data(InventoryGridModel::PriceRole).toLongLong(), 10000);
    EXPECT_FALSE(model.index(3, 1).data(InventoryGridModel::AvailableRole).isValid());
    EXPECT_TRUE(model.headerData(3, Qt::Vertical, InventoryGridModel::FirstRowOfHotelRole).toBool());
    EXPECT_FALSE(model.headerData(4, Qt::Vertical, InventoryGridModel::FirstRowOfHotelRole).toBool());
}

TEST(InventoryGridModel, SoldOutAndZeroRoomNightsAreFullyOccupied) {
    InventoryGridModel model;
    InventoryGrid grid = makeGrid(1);
    grid.nights[0].bookedRooms = 10;
    grid.nights[1].totalRooms = 0;
    grid.nights[1].bookedRooms = 0;
    model.setGrid(grid);
    EXPECT_EQ(model.index(0, 0).data(InventoryGridModel::AvailableRole).toInt(), 0);
    EXPECT_DOUBLE_EQ(model.index(0, 0).data(InventoryGridModel::OccupancyRole).toDouble(), 1.0);
    EXPECT_DOUBLE_EQ(model.index(1, 0).data(InventoryGridModel::OccupancyRole).toDouble(), 0.0);
}

TEST(InventoryGridModel, PricesReadAsMoneyInTheRoomTypesCurrency) {
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    InventoryGrid grid = makeGrid(3);
    grid.roomTypes[0].currency = QStringLiteral("KRW");
    grid.roomTypes[1].currency = QStringLiteral("USD");
    grid.nights[0].price = 12345600;  // 123,456 won
    grid.nights[3].price = 123456789; // $1,234,567.89
    InventoryGridModel model;
    model.setGrid(grid);
    EXPECT_EQ(model.index(0, 0).data(InventoryGridModel::PriceTextRole).toString(), QStringLiteral("123,456\u00a0KRW"));
    EXPECT_EQ(model.index(1, 0).data(InventoryGridModel::PriceTextRole).toString(), QStringLiteral("$1,234,567.89"));
    EXPECT_TRUE(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("123,456\u00a0KRW")));
    QLocale::setDefault(saved);
}
