#include "history/Backtest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>
#include <algorithm>
#include <set>

namespace hotel::history {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("Backtest", text);
}

const double confidenceGrid[] = {0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.975, 0.99, 1.0};

Result<std::vector<double>> eveningBefore(const WashForecast &f, const ArrivalDay &day) {
    std::vector<const BookingFacts *> facts;
    facts.reserve(day.arrivals.size());
    for (const BookingRecord *r : day.arrivals)
        facts.push_back(&r->facts);
    return f.probabilities(facts, 1);
}

} // namespace

QStringList sourceHotels(const QList<BookingRecord> &records) {
    std::set<QString> names;
    for (const auto &r : records)
        names.insert(r.facts.hotel);
    return QStringList(names.begin(), names.end());
}

std::vector<ArrivalDay> arrivalDays(const QList<BookingRecord> &records, const QString &hotel) {
    QMap<QDate, ArrivalDay> days;
    for (const auto &r : records) {
        if (r.facts.hotel != hotel || !r.onBooksEveningBefore(r.facts.arrival))
            continue;
        ArrivalDay &d = days[r.facts.arrival];
        d.day = r.facts.arrival;
        d.arrivals.push_back(&r);
        if (!r.outcome.canceled)
            ++d.shows;
        d.meanAdr += r.facts.adr;
    }
    std::vector<ArrivalDay> out;
    for (auto &d : days) {
        d.meanAdr /= double(d.arrivals.size());
        out.push_back(std::move(d));
    }
    return out;
}

void PolicyTotals::add(const ArrivalDay &day, double p, double walkMultiple) {
    const double capacity = double(day.arrivals.size()) / (1.0 + p);
    const double w = std::max(0.0, day.shows - capacity);
    const double e = std::max(0.0, capacity - day.shows);
    walks += w;
    empty += e;
    cost += walkMultiple * day.meanAdr * w + day.meanAdr * e;
    arrivals += qint64(day.arrivals.size());
}

QJsonObject PolicyTotals::toJson() const {
    const double per = arrivals > 0 ? 1000.0 / double(arrivals) : 0.0;
    return {{QStringLiteral("name"), name},
            {QStringLiteral("walksPer1000"), walks * per},
            {QStringLiteral("emptyPer1000"), empty * per},
            {QStringLiteral("costPer1000"), cost * per}};
}

int roomsToOverbook(const std::vector<double> &q, double confidence) {
    const int n = int(q.size());
    if (confidence >= 1.0 || n <= 1)
        return 0;
    // dist[w] = P(exactly w washes), built one booking at a time.
    std::vector<double> dist(size_t(n) + 1, 0.0);
    dist[0] = 1.0;
    for (int i = 0; i < n; ++i) {
        const double p = std::clamp(q[size_t(i)], 0.0, 1.0);
        for (int w = i + 1; w >= 1; --w)
            dist[size_t(w)] = dist[size_t(w)] * (1 - p) + dist[size_t(w - 1)] * p;
        dist[0] *= 1 - p;
    }
    double atLeast = 1.0; // P(W >= w)
    int rooms = 0;
    for (int w = 1; w < n; ++w) {
        atLeast -= dist[size_t(w - 1)];
        if (atLeast + 1e-12 < confidence)
            break;
        rooms = w;
    }
    return rooms;
}

Result<LearnedPolicy> trainLearnedPolicy(const QList<BookingRecord> &train, double walkMultiple,
                                         const TrainOptions &options) {
    if (train.isEmpty())
        return BackendError::invalid(QStringLiteral("train"), tr("the training file has no bookings"));
    std::vector<QDate> arrivals;
    arrivals.reserve(size_t(train.size()));
    for (const auto &r : train)
        arrivals.push_back(r.facts.arrival);
    std::sort(arrivals.begin(), arrivals.end());
    const QDate cutoff = arrivals[size_t(double(arrivals.size()) * 0.7)];
    QList<BookingRecord> fit, calibrate, select;
    for (const auto &r : train) {
        if (r.facts.arrival < cutoff)
            fit.append(r);
        else if (r.facts.arrival.toJulianDay() % 2 == 0)
            calibrate.append(r);
        else
            select.append(r);
    }
    auto forecast = WashForecast::train(fit, calibrate, options);
    if (!forecast)
        return forecast.error();
    LearnedPolicy policy;
    policy.forecast = std::move(forecast).value();

    QJsonObject report{{QStringLiteral("trainFrom"), arrivals.front().toString(Qt::ISODate)},
                       {QStringLiteral("heldOutFrom"), cutoff.toString(Qt::ISODate)},
                       {QStringLiteral("trainTo"), arrivals.back().toString(Qt::ISODate)},
                       {QStringLiteral("fitBookings"), fit.size()},
                       {QStringLiteral("calibrationBookings"), calibrate.size()},
                       {QStringLiteral("selectionBookings"), select.size()}};
    auto heldOut = policy.forecast.evaluate(select, 1);
    if (!heldOut)
        return heldOut.error();
    report.insert(QStringLiteral("heldOutEveningBefore"), heldOut->toJson());

    QJsonArray perHotel;
    for (const QString &hotel : sourceHotels(select)) {
        const auto days = arrivalDays(select, hotel);
        std::vector<std::vector<double>> probabilities;
        for (const auto &day : days) {
            auto p = eveningBefore(policy.forecast, day);
            if (!p)
                return p.error();
            probabilities.push_back(std::move(p).value());
        }
        double best = 1.0, bestCost = -1;
        QJsonArray search;
        for (double c : confidenceGrid) {
            PolicyTotals t;
            for (size_t i = 0; i < days.size(); ++i) {
                const int rooms = roomsToOverbook(probabilities[i], c);
                t.add(days[i], fractionFor(int(days[i].arrivals.size()), rooms), walkMultiple);
            }
            t.name = QString::number(c);
            search.append(t.toJson());
            // Ties go to the higher confidence: fewer walks for the same cost.
            if (bestCost < 0 || t.cost <= bestCost + 1e-9) {
                bestCost = t.cost;
                best = c;
            }
        }
        policy.confidence.insert(hotel, best);
        QList<BookingRecord> ofHotel;
        for (const auto &r : select)
            if (r.facts.hotel == hotel)
                ofHotel.append(r);
        auto e = policy.forecast.evaluate(ofHotel, 1);
        if (!e)
            return e.error();
        perHotel.append(QJsonObject{{QStringLiteral("hotel"), hotel},
                                    {QStringLiteral("days"), qint64(days.size())},
                                    {QStringLiteral("confidence"), best},
                                    {QStringLiteral("search"), search},
                                    {QStringLiteral("heldOutEveningBefore"), e->toJson()}});
    }
    report.insert(QStringLiteral("hotels"), perHotel);
    policy.report = report;
    return policy;
}

Result<QJsonObject> runBacktest(const QList<BookingRecord> &train, const QList<BookingRecord> &test,
                                double walkMultiple, QJsonObject *diagnostics, const TrainOptions &options) {
    if (!(walkMultiple > 0 && walkMultiple <= 100))
        return BackendError::invalid(QStringLiteral("walkCostMultiple"),
                                     tr("must be a number above 0 and at most 100"));
    if (test.isEmpty())
        return BackendError::invalid(QStringLiteral("test"), tr("the test file has no bookings"));
    auto learned = trainLearnedPolicy(train, walkMultiple, options);
    if (!learned)
        return learned.error();
    QJsonArray hotels;
    QJsonArray testReport;
    for (const QString &hotel : sourceHotels(test)) {
        const auto days = arrivalDays(test, hotel);
        PolicyTotals flat[4];
        const int percents[4] = {0, 2, 5, 10};
        PolicyTotals model;
        model.name = QStringLiteral("learned");
        qint64 total = 0;
        const double confidence = learned->confidenceFor(hotel);
        for (const auto &day : days) {
            total += qint64(day.arrivals.size());
            for (int i = 0; i < 4; ++i)
                flat[i].add(day, percents[i] / 100.0, walkMultiple);
            auto p = eveningBefore(learned->forecast, day);
            if (!p)
                return p.error();
            model.add(day, fractionFor(int(day.arrivals.size()), roomsToOverbook(p.value(), confidence)), walkMultiple);
        }
        QJsonArray policies;
        for (int i = 0; i < 4; ++i) {
            flat[i].name = QStringLiteral("flat-%1").arg(percents[i]);
            policies.append(flat[i].toJson());
        }
        policies.append(model.toJson());
        hotels.append(QJsonObject{{QStringLiteral("hotel"), hotel},
                                  {QStringLiteral("days"), qint64(days.size())},
                                  {QStringLiteral("arrivals"), total},
                                  {QStringLiteral("policies"), policies}});
        QList<BookingRecord> ofHotel;
        for (const auto &r : test)
            if (r.facts.hotel == hotel)
                ofHotel.append(r);
        auto e = learned->forecast.evaluate(ofHotel, 1);
        if (!e)
            return e.error();
        testReport.append(
            QJsonObject{{QStringLiteral("hotel"), hotel}, {QStringLiteral("testEveningBefore"), e->toJson()}});
    }
    if (diagnostics) {
        *diagnostics = learned->report;
        diagnostics->insert(QStringLiteral("test"), testReport);
    }
    return QJsonObject{{QStringLiteral("hotels"), hotels}};
}

} // namespace hotel::history
