// The wash forecast and the back-test's arithmetic: outcome columns never reach the forecast, hand-computed days.
#include "history/Backtest.h"
#include "history/Features.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace hotel::history;

namespace {

const QString excerpt = QStringLiteral(HOTEL_HISTORY_TEST_DATA "/excerpt.csv");

QList<BookingRecord> read(const QString &path) {
    auto r = readBookingFile(path);
    EXPECT_TRUE(r) << r.error().userMessage.toStdString();
    return r ? r.value() : QList<BookingRecord>{};
}

WashForecast trained() {
    const auto records = read(excerpt);
    QList<BookingRecord> fit, calibrate;
    for (const auto &r : records)
        (r.line % 3 ? fit : calibrate).append(r);
    TrainOptions o;
    o.rounds = 40;
    auto f = WashForecast::train(fit, calibrate, o);
    EXPECT_TRUE(f) << f.error().detail.toStdString();
    return std::move(f).value();
}

std::vector<const BookingFacts *> factsOf(const QList<BookingRecord> &records) {
    std::vector<const BookingFacts *> out;
    for (const auto &r : records)
        out.push_back(&r.facts);
    return out;
}

} // namespace

TEST(Forecast, NeverReadsAnOutcomeColumn) {
    // The excerpt with every outcome column scrambled (is_canceled, reservation_status, reservation_status_date,
    // assigned_room_type, booking_changes, parking, special requests): the same probabilities, row for row.
    QFile in(excerpt);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = in.readAll().split('\n');
    QByteArray scrambled = lines[0] + "\n";
    QRandomGenerator rng(7);
    const char *statuses[] = {"Check-Out", "Canceled", "No-Show"};
    for (int i = 1; i < lines.size(); ++i) {
        if (lines[i].isEmpty())
            continue;
        QList<QByteArray> f = lines[i].split(',');
        ASSERT_EQ(f.size(), 32);
        f[1] = QByteArray::number(rng.bounded(2));
        f[20] = QByteArray(1, char('A' + rng.bounded(8)));
        f[21] = QByteArray::number(rng.bounded(9));
        f[28] = QByteArray::number(rng.bounded(3));
        f[29] = QByteArray::number(rng.bounded(5));
        f[30] = statuses[rng.bounded(3)];
        f[31] = QDate(2014, 1, 1).addDays(rng.bounded(1000)).toString(Qt::ISODate).toLatin1();
        scrambled += f.join(',') + "\n";
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scrambled.csv"));
    QFile out(path);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(scrambled);
    out.close();

    const auto original = read(excerpt);
    const auto changed = read(path);
    ASSERT_EQ(original.size(), 525);
    ASSERT_EQ(changed.size(), original.size());
    int outcomesDiffer = 0;
    for (int i = 0; i < original.size(); ++i)
        outcomesDiffer += original[i].outcome.canceled != changed[i].outcome.canceled ||
                          original[i].outcome.statusDate != changed[i].outcome.statusDate;
    EXPECT_GT(outcomesDiffer, 400); // the scramble did change them

    const WashForecast forecast = trained();
    for (int horizon : {1, 7, 30}) {
        auto a = forecast.probabilities(factsOf(original), horizon);
        auto b = forecast.probabilities(factsOf(changed), horizon);
        ASSERT_TRUE(a && b);
        ASSERT_EQ(a->size(), size_t(original.size()));
        EXPECT_EQ(a.value(), b.value()) << "horizon " << horizon;
        // Not a constant: the model does discriminate between bookings.
        EXPECT_GT(*std::max_element(a->begin(), a->end()) - *std::min_element(a->begin(), a->end()), 0.01);
    }
}

TEST(Forecast, SurvivesSerializationAndRefusesGarbage) {
    const WashForecast forecast = trained();
    auto bytes = forecast.serialize();
    ASSERT_TRUE(bytes);
    auto back = WashForecast::deserialize(bytes.value());
    ASSERT_TRUE(back) << back.error().detail.toStdString();
    const auto records = read(excerpt);
    EXPECT_EQ(forecast.probabilities(factsOf(records), 1).value(), back->probabilities(factsOf(records), 1).value());
    EXPECT_FALSE(WashForecast::deserialize(QByteArray("not a model")));
    EXPECT_FALSE(WashForecast::deserialize(bytes->left(40)));
}

TEST(Forecast, RefusesTooLittleHistory) {
    auto records = read(excerpt);
    auto f = WashForecast::train(records.mid(0, 10), records.mid(10, 10));
    ASSERT_FALSE(f);
    EXPECT_EQ(f.error().kind, hotel::BackendError::Kind::InvalidInput);
}

TEST(Forecast, FeatureNamesMatchTheVector) {
    BookingFacts f;
    f.arrival = QDate(2016, 1, 1);
    std::vector<float> x;
    features::append(f, 1, &x);
    EXPECT_EQ(int(x.size()), features::count());
    for (const QString &leak : {QStringLiteral("is_canceled"), QStringLiteral("reservation_status"),
                                QStringLiteral("assigned_room_type"), QStringLiteral("booking_changes")})
        EXPECT_FALSE(features::names().contains(leak));
}

TEST(Forecast, AucAndPlattOnKnownCases) {
    EXPECT_DOUBLE_EQ(rocAuc({0.1, 0.2, 0.8, 0.9}, {0, 0, 1, 1}), 1.0);
    EXPECT_DOUBLE_EQ(rocAuc({0.9, 0.8, 0.2, 0.1}, {0, 0, 1, 1}), 0.0);
    EXPECT_DOUBLE_EQ(rocAuc({0.5, 0.5, 0.5, 0.5}, {0, 1, 0, 1}), 0.5);
    EXPECT_DOUBLE_EQ(rocAuc({0.1, 0.4, 0.35, 0.8}, {0, 0, 1, 1}), 0.75);
    // Labels at a 20 % rate whatever x is: the fit is flat at about 20 %.
    std::vector<double> x;
    std::vector<int> y;
    for (int i = 0; i < 1000; ++i) {
        x.push_back(i % 7);
        y.push_back(i % 5 == 0);
    }
    const auto [a, b] = fitPlatt(x, y);
    EXPECT_NEAR(1 / (1 + std::exp(-(a * 3 + b))), 0.2, 0.02);
}

TEST(Backtest, RoomsToOverbookIsTheWashQuantile) {
    // Two bookings at 50 %: P(W >= 1) = 0.75, P(W >= 2) = 0.25 (but never all of S).
    EXPECT_EQ(roomsToOverbook({0.5, 0.5}, 0.75), 1);
    EXPECT_EQ(roomsToOverbook({0.5, 0.5}, 0.8), 0);
    EXPECT_EQ(roomsToOverbook({0.5, 0.5}, 1.0), 0);
    EXPECT_EQ(roomsToOverbook({0.9, 0.9, 0.9, 0.9}, 0.5), 3); // capped at |S| - 1
    EXPECT_EQ(roomsToOverbook(std::vector<double>(100, 0.0), 0.5), 0);
    // 100 bookings at 3 %: P(W >= 1) = 0.952, P(W >= 2) = 0.805, P(W >= 3) = 0.58.
    EXPECT_EQ(roomsToOverbook(std::vector<double>(100, 0.03), 0.75), 2);
    EXPECT_EQ(roomsToOverbook(std::vector<double>(100, 0.03), 0.9), 1);
    EXPECT_EQ(roomsToOverbook(std::vector<double>(100, 0.03), 0.99), 0);
    EXPECT_DOUBLE_EQ(fractionFor(100, 2), 100.0 / 98 - 1);
    EXPECT_DOUBLE_EQ(fractionFor(100, 0), 0.0);
}

TEST(Backtest, ADayByHand) {
    // Ten arrivals the evening before, one washes, ADR 100 each; a walk costs three nights.
    QList<BookingRecord> records;
    for (int i = 0; i < 12; ++i) {
        BookingRecord r;
        r.facts.hotel = QStringLiteral("City Hotel");
        r.facts.arrival = QDate(2016, 4, 1);
        r.facts.leadTime = i == 10 ? 0 : 5; // booked on the day: not on the books the evening before
        r.facts.adr = 100;
        r.outcome.canceled = i == 0 || i == 11;
        r.outcome.statusDate = i == 11 ? QDate(2016, 3, 20) : QDate(2016, 4, 1); // 11 cancelled long before
        records.append(r);
    }
    const auto days = arrivalDays(records, QStringLiteral("City Hotel"));
    ASSERT_EQ(days.size(), 1u);
    EXPECT_EQ(days[0].arrivals.size(), 10u);
    EXPECT_EQ(days[0].shows, 9);
    EXPECT_DOUBLE_EQ(days[0].meanAdr, 100);
    PolicyTotals flat0, flat10, flat20;
    flat0.add(days[0], 0.0, 3);
    EXPECT_DOUBLE_EQ(flat0.empty, 1);
    EXPECT_DOUBLE_EQ(flat0.cost, 100);
    flat10.add(days[0], 0.10, 3); // C = 10 / 1.1 = 9.09
    EXPECT_DOUBLE_EQ(flat10.walks, 0);
    EXPECT_NEAR(flat10.cost, 100 * (10 / 1.1 - 9), 1e-9);
    flat20.add(days[0], 0.25, 3); // C = 8: one walk
    EXPECT_DOUBLE_EQ(flat20.walks, 1);
    EXPECT_DOUBLE_EQ(flat20.cost, 300);
    EXPECT_DOUBLE_EQ(flat20.toJson().value(QStringLiteral("walksPer1000")).toDouble(), 100);
}
