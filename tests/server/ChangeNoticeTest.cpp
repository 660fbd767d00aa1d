// The NOTIFY payload the store sends and the server's listener reads: one encoder, one decoder, agreeing.
#include "domain/ChangeNotice.h"

#include <gtest/gtest.h>

using namespace hotel;

TEST(ChangeNotice, nightsAndWholeHotelsSurviveTheRoundTrip) {
    const ChangeNotice nights{42, QDate(2030, 1, 30), QDate(2030, 2, 2)};
    EXPECT_EQ(encodeChangeNotice(nights), QStringLiteral("42:2030-01-30:2030-02-02"));
    EXPECT_EQ(decodeChangeNotice(encodeChangeNotice(nights)), nights);

    const ChangeNotice whole{7, {}, {}};
    EXPECT_EQ(encodeChangeNotice(whole), QStringLiteral("7"));
    EXPECT_EQ(decodeChangeNotice(encodeChangeNotice(whole)), whole);
    EXPECT_TRUE(decodeChangeNotice(QStringLiteral("7"))->wholeHotel());

    // Half a range is no range: the hotel as a whole goes out.
    EXPECT_EQ(encodeChangeNotice({9, QDate(2030, 1, 1), {}}), QStringLiteral("9"));
}

TEST(ChangeNotice, unreadablePayloadsNeverNameAWrongRange) {
    EXPECT_FALSE(decodeChangeNotice(QString()));
    EXPECT_FALSE(decodeChangeNotice(QStringLiteral("hotel")));
    EXPECT_FALSE(decodeChangeNotice(QStringLiteral(":2030-01-01:2030-01-02")));
    const auto badDates = decodeChangeNotice(QStringLiteral("5:someday:2030-01-02"));
    ASSERT_TRUE(badDates);
    EXPECT_EQ(badDates->hotelId, 5);
    EXPECT_TRUE(badDates->wholeHotel());
    EXPECT_TRUE(decodeChangeNotice(QStringLiteral("5:2030-01-01"))->wholeHotel());
}
