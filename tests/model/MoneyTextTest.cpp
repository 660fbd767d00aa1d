#include "model/MoneyText.h"

#include <gtest/gtest.h>

using namespace hotel;

TEST(ModelMoneyText, WonHasNoDecimalsAndDollarsTwoWithSeparators) {
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    EXPECT_EQ(formatMoney(25000000, QStringLiteral("KRW"), english), QStringLiteral("250,000\u00a0KRW"));
    EXPECT_EQ(formatMoney(123456789, QStringLiteral("USD"), english), QStringLiteral("$1,234,567.89"));
    EXPECT_EQ(formatMoney(5, QStringLiteral("EUR"), english), QStringLiteral("0.05\u00a0EUR"));
    const QLocale korean(QLocale::Korean, QLocale::SouthKorea);
    const QString won = formatMoney(123456700, QStringLiteral("KRW"), korean);
    EXPECT_EQ(won, QStringLiteral("₩1,234,567"));
    EXPECT_FALSE(won.contains(QLatin1Char('.')));
    // The C locale still groups thousands.
    EXPECT_TRUE(formatMoney(100000000, QStringLiteral("USD"), QLocale::c()).contains(QStringLiteral("1,000,000.00")));
}

TEST(ModelMoneyText, EditableAmountsReadBackAndRefuseFractionsOfAWon) {
    EXPECT_EQ(editableMoney(25000000, QStringLiteral("KRW")), QStringLiteral("250000"));
    EXPECT_EQ(editableMoney(15050, QStringLiteral("USD")), QStringLiteral("150.50"));
    EXPECT_EQ(parseMoney(editableMoney(25000000, QStringLiteral("KRW"))).value_or(-1), 25000000);
    EXPECT_TRUE(isWholeMinorUnit(25000000, QStringLiteral("KRW")));
    EXPECT_FALSE(isWholeMinorUnit(25000050, QStringLiteral("KRW")));
    EXPECT_TRUE(isWholeMinorUnit(15051, QStringLiteral("USD")));
}
