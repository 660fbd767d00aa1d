#include "model/HotelListModel.h"

#include <QAbstractItemModelTester>
#include <gtest/gtest.h>

using namespace hotel;

TEST(HotelListModel, ListsHotelsWithTheirIds) {
    HotelListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Hotel a;
    a.id = 3;
    a.name = QStringLiteral("Harbour View");
    a.city = QStringLiteral("Lisbon");
    Hotel b;
    b.id = 9;
    b.name = QStringLiteral("Hanok Stay");
    model.setHotels({a, b});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0).data().toString(), QStringLiteral("Harbour View (Lisbon)"));
    EXPECT_EQ(model.index(1).data().toString(), QStringLiteral("Hanok Stay"));
    EXPECT_EQ(model.index(1).data(HotelListModel::HotelIdRole).toLongLong(), 9);
    EXPECT_EQ(model.index(0).data(HotelListModel::HotelRole).value<Hotel>().city, QStringLiteral("Lisbon"));
    EXPECT_EQ(model.rowOf(9), 1);
    EXPECT_EQ(model.rowOf(4), -1);
    EXPECT_EQ(model.hotelById(3)->name, QStringLiteral("Harbour View"));
    model.setHotels({});
    EXPECT_EQ(model.rowCount(), 0);
}
