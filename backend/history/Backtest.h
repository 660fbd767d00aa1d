#pragma once

#include "history/WashForecast.h"

#include <QJsonObject>
#include <QStringList>

namespace hotel::history {

// The back-test protocol of issue 10, so anyone can recompute the flat rows: for each arrival day d, S is the
// bookings arriving on d that were on the books the evening before (lead_time >= 1, not cancelled with a status
// date before d - 1); those with is_canceled wash. The hotel is sold out to its limit: under an overbooking
// fraction p its capacity is C = |S| / (1 + p); walks = max(0, shows - C), empty = max(0, C - shows);
// cost = multiple x mean ADR x walks + mean ADR x empty, per 1,000 arrivals summed over the days.
struct ArrivalDay {
    QDate day;
    std::vector<const BookingRecord *> arrivals; // S
    int shows = 0;
    double meanAdr = 0;
};

std::vector<ArrivalDay> arrivalDays(const QList<BookingRecord> &records, const QString &hotel);
QStringList sourceHotels(const QList<BookingRecord> &records);

struct PolicyTotals {
    QString name;
    double walks = 0, empty = 0, cost = 0;
    qint64 arrivals = 0;
    void add(const ArrivalDay &day, double p, double walkMultiple);
    QJsonObject toJson() const;
};

// Rooms to sell beyond the physical ones so that P(washes >= rooms) >= confidence, the washes being independent
// with the given probabilities (a Poisson-binomial law). Confidence m / (m + 1) minimises the expected cost for
// a walk multiple m; the safety margin is a higher confidence, chosen on held-out training days. Never more
// than |S| - 1.
int roomsToOverbook(const std::vector<double> &washProbabilities, double confidence);
inline double fractionFor(int arrivals, int rooms) {
    return rooms <= 0 || arrivals <= rooms ? 0.0 : double(arrivals) / double(arrivals - rooms) - 1.0;
}

struct LearnedPolicy {
    WashForecast forecast;
    QMap<QString, double> confidence; // per source hotel
    QJsonObject report;               // split, AUC, calibration, the margin search
    double confidenceFor(const QString &hotel) const { return confidence.value(hotel, 1.0); }
};

// Trees on the earlier 70 % of the training arrivals; of the later 30 %, even days calibrate and odd days choose
// each hotel's confidence (the grid includes 1.0: never overbook) and give the AUC and calibration table.
Result<LearnedPolicy> trainLearnedPolicy(const QList<BookingRecord> &train, double walkMultiple,
                                         const TrainOptions &options = {});

// The document `overbooking backtest` prints: {"hotels": [{"hotel", "days", "arrivals", "policies": [...]}]}.
// *diagnostics (if given) receives the learned policy's report.
Result<QJsonObject> runBacktest(const QList<BookingRecord> &train, const QList<BookingRecord> &test,
                                double walkMultiple, QJsonObject *diagnostics = nullptr,
                                const TrainOptions &options = {});

} // namespace hotel::history
