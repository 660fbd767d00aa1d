// The booking-demand reader: the checked-in files, malformed rows by line, the header check.
#include "history/BookingCsv.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace hotel::history;

namespace {

const QString dataDir = QStringLiteral(HOTEL_HISTORY_TEST_DATA);

QString header() {
    return BookingCsvReader::columnNames().join(u',');
}

const char *goodRow = "City Hotel,1,12,2016,March,10,4,1,2,2,0,0,BB,PRT,Online TA,TA/TO,0,1,3,A,D,2,No Deposit,9,"
                      "NULL,0,Transient,95.5,0,1,Canceled,2016-03-02";

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text) {
    const QString path = dir.filePath(name);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text);
    return path;
}

} // namespace

TEST(HistoryReader, ReadsTheWholeCheckedInGzipFile) {
    QList<RowError> errors;
    auto records = readBookingFile(dataDir + QStringLiteral("/hotel_bookings_2015-2016.csv.gz"), &errors);
    ASSERT_TRUE(records) << records.error().userMessage.toStdString();
    EXPECT_EQ(records->size(), 78703); // the README's count
    EXPECT_TRUE(errors.isEmpty());
    int city = 0;
    for (const auto &r : records.value())
        city += r.facts.hotel == QLatin1String("City Hotel");
    EXPECT_EQ(city, 51822);
    const auto &first = records->first();
    EXPECT_EQ(first.line, 2);
    EXPECT_EQ(first.facts.arrival, QDate(2015, 7, 1));
    EXPECT_EQ(first.facts.leadTime, 342);
    EXPECT_EQ(first.facts.agent, -1);
    EXPECT_EQ(first.outcome.status, QStringLiteral("Check-Out"));
}

TEST(HistoryReader, ReadsAPlainFileAndQuotedFields) {
    QTemporaryDir dir;
    QByteArray text = header().toUtf8() + "\n" + goodRow + "\r\n";
    // Quoted fields, one with a comma and a doubled quote inside.
    text += "\"Resort Hotel\",0,3,2016,July,27,1,0,2,2,1,0,HB,\"PRT\",\"Offline TA/TO\",TA/TO,0,0,0,C,C,0,"
            "\"No Deposit\",240,\"NULL\",0,\"Transient-Party\",\"120\",1,0,Check-Out,2016-07-03\n";
    auto records = readBookingFile(writeFile(dir, QStringLiteral("f.csv"), text));
    ASSERT_TRUE(records);
    ASSERT_EQ(records->size(), 2);
    const auto &a = records->at(0);
    EXPECT_EQ(a.facts.hotel, QStringLiteral("City Hotel"));
    EXPECT_EQ(a.facts.arrival, QDate(2016, 3, 4));
    EXPECT_EQ(a.facts.nights(), 3);
    EXPECT_EQ(a.facts.marketSegment, QStringLiteral("Online TA"));
    EXPECT_EQ(a.facts.previousCancellations, 1);
    EXPECT_EQ(a.facts.previousBookingsNotCanceled, 3);
    EXPECT_EQ(a.facts.agent, 9);
    EXPECT_DOUBLE_EQ(a.facts.adr, 95.5);
    EXPECT_TRUE(a.outcome.canceled);
    EXPECT_EQ(a.outcome.statusDate, QDate(2016, 3, 2));
    EXPECT_EQ(a.outcome.assignedRoomType, QStringLiteral("D"));
    EXPECT_EQ(records->at(1).facts.customerType, QStringLiteral("Transient-Party"));
    EXPECT_EQ(records->at(1).facts.children, 1);
    EXPECT_EQ(records->at(1).line, 3);

    QList<QByteArray> fields;
    EXPECT_TRUE(splitCsvLine("a,\"b, \"\"c\"\"\",", &fields));
    ASSERT_EQ(fields.size(), 3);
    EXPECT_EQ(fields[1], QByteArray("b, \"c\""));
    EXPECT_EQ(fields[2], QByteArray());
}

TEST(HistoryReader, SkipsEachMalformedRowWithItsLineNumberAndField) {
    QTemporaryDir dir;
    QByteArray good(goodRow);
    QByteArray text = header().toUtf8() + "\n";
    text += good + "\n";                                                   // 2
    text += QByteArray(good).replace(",March,", ",Marchember,") + "\n";    // 3: month
    text += QByteArray(good).replace(",12,2016,", ",twelve,2016,") + "\n"; // 4: lead_time
    text += "City Hotel,1,2\n";                                            // 5: field count
    text += QByteArray(good).replace("Online TA", "\"Online TA") + "\n";   // 6: quote left open
    text += QByteArray(good).replace("2016-03-02", "2016-02-30") + "\n";   // 7: status date
    text += QByteArray(good).replace(",4,1,2,2,", ",31,1,2,2,") + "\n";    // 8: 31 March is fine
    text += QByteArray(good).replace("March,10,4", "April,10,31") + "\n";  // 9: 31 April is not
    text += QByteArray(good).replace(",95.5,", ",cheap,") + "\n";          // 10: adr
    text += "\n";                                                          // 11: blank, ignored
    text += good + "\n";                                                   // 12
    QList<RowError> errors;
    auto records = readBookingFile(writeFile(dir, QStringLiteral("bad.csv"), text), &errors);
    ASSERT_TRUE(records);
    ASSERT_EQ(records->size(), 3);
    EXPECT_EQ(records->at(0).line, 2);
    EXPECT_EQ(records->at(1).line, 8);
    EXPECT_EQ(records->at(2).line, 12);
    ASSERT_EQ(errors.size(), 7);
    const std::pair<qint64, const char *> expected[] = {
        {3, "arrival_date_month"},        {4, "lead_time"}, {5, ""}, {6, ""}, {7, "reservation_status_date"},
        {9, "arrival_date_day_of_month"}, {10, "adr"}};
    for (int i = 0; i < 7; ++i) {
        EXPECT_EQ(errors[i].line, expected[i].first) << i;
        EXPECT_EQ(errors[i].field, QLatin1String(expected[i].second)) << i;
        EXPECT_FALSE(errors[i].message.isEmpty());
    }
}

TEST(HistoryReader, RefusesAHeaderWithoutAColumnAndNamesIt) {
    QTemporaryDir dir;
    const QByteArray text =
        header().replace(QStringLiteral("deposit_type"), QStringLiteral("deposit")).toUtf8() + "\n" + goodRow + "\n";
    BookingCsvReader reader;
    auto opened = reader.open(writeFile(dir, QStringLiteral("h.csv"), text));
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().field, QStringLiteral("deposit_type"));
    EXPECT_TRUE(opened.error().userMessage.contains(QStringLiteral("line 1")));

    auto missing = readBookingFile(dir.filePath(QStringLiteral("absent.csv")));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().field, QStringLiteral("file"));
}

TEST(HistoryReader, OnTheBooksTheEveningBeforeFollowsTheProtocol) {
    BookingRecord r;
    r.facts.arrival = QDate(2016, 5, 10);
    r.facts.leadTime = 0;
    EXPECT_FALSE(r.onBooksEveningBefore(r.facts.arrival)); // booked on the day
    r.facts.leadTime = 1;
    EXPECT_TRUE(r.onBooksEveningBefore(r.facts.arrival));
    r.outcome.canceled = true;
    r.outcome.statusDate = QDate(2016, 5, 9); // cancelled on d - 1: still counted, and it washes
    EXPECT_TRUE(r.onBooksEveningBefore(r.facts.arrival));
    r.outcome.statusDate = QDate(2016, 5, 8);
    EXPECT_FALSE(r.onBooksEveningBefore(r.facts.arrival));
}
