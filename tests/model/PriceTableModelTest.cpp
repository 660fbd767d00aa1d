#include "model/PriceTableModel.h"

#include <QAbstractItemModelTester>
#include <gtest/gtest.h>

using namespace hotel;

namespace {

// A week from Monday 4 March 2030 at 100,000 won a night.
QList<InventoryNight> week(Money price = 10000000) {
    QList<InventoryNight> nights;
    for (int i = 0; i < 7; ++i)
        nights << InventoryNight{1, QDate(2030, 3, 4).addDays(i), 10, 2, 1, 0, price};
    return nights;
}

struct EnglishLocale {
    QLocale saved;
    EnglishLocale() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    ~EnglishLocale() { QLocale::setDefault(saved); }
};

} // namespace

TEST(PriceTableModel, WonReadWithGroupingAndAreTypedInWholeWon) {
    const EnglishLocale english;
    PriceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCurrency(QStringLiteral("KRW"));
    model.setNights(week());
    const QModelIndex price = model.index(0, PriceTableModel::PriceColumn);
    EXPECT_EQ(price.data().toString(), QStringLiteral("100,000\u00a0KRW"));
    EXPECT_EQ(price.data(Qt::EditRole).toString(), QStringLiteral("100000"));
    // The chart's column is a plain number in whole units.
    EXPECT_DOUBLE_EQ(model.index(0, PriceTableModel::ChartPriceColumn).data().toDouble(), 100000.0);
    EXPECT_TRUE(model.setData(price, QStringLiteral("120000")));
    EXPECT_EQ(model.priceAt(0), 12000000);
    EXPECT_FALSE(model.setData(price, QStringLiteral("120000.50"))) << "no fractions of a won";
    EXPECT_EQ(model.priceAt(0), 12000000);
    EXPECT_TRUE(model.index(0, PriceTableModel::PriceColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("100,000\u00a0KRW")));
    // A raise rounds to whole won.
    model.setNights(week(10003333)); // 100,033.33 won stored by an old import
    model.adjustPercent({1}, 10, false);
    EXPECT_EQ(model.priceAt(1) % 100, 0);
    model.setCurrency(QStringLiteral("USD"));
    EXPECT_EQ(model.index(0, PriceTableModel::PriceColumn).data(Qt::EditRole).toString(), QStringLiteral("100033.33"));
}

TEST(PriceTableModel, ZeroOrFarFromTheMedianIsUnusual) {
    PriceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<InventoryNight> nights = week(10000);
    nights[6].price = 90000; // one dear night does not move the median
    model.setNights(nights);
    EXPECT_EQ(model.medianPrice(), 10000);
    EXPECT_TRUE(model.unusualPrices().isEmpty());
    model.setPrice({0}, 0, false);     // zero
    model.setPrice({1}, 50001, false); // just over 5x
    model.setPrice({2}, 50000, false); // exactly 5x: usual
    model.setPrice({3}, 1999, false);  // under a fifth
    model.setPrice({4}, 2000, false);  // exactly a fifth: usual
    model.setPrice({5}, 12000, false); // an ordinary raise
    const auto unusual = model.unusualPrices();
    ASSERT_EQ(unusual.size(), 3);
    EXPECT_EQ(unusual[0].date, QDate(2030, 3, 4));
    EXPECT_EQ(unusual[0].price, 0);
    EXPECT_EQ(unusual[1].date, QDate(2030, 3, 5));
    EXPECT_EQ(unusual[1].price, 50001);
    EXPECT_EQ(unusual[2].date, QDate(2030, 3, 7));
    // The median is of the stored prices: a bulk change of every night is still measured against the usual one.
    model.revert();
    model.setPrice({0, 1, 2, 3, 4, 5, 6}, 100000, false);
    EXPECT_EQ(model.unusualPrices().size(), 7);
}
