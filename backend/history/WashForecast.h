#pragma once

#include "history/BookingCsv.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <memory>
#include <vector>

namespace hotel::history {

// The horizons (days before arrival) at which a past booking is replayed as "on the books" for training: each
// booking still held that many days before arrival is one example, labelled by whether it then washed.
const std::vector<int> &trainingHorizons();
bool onBooksDaysBefore(const BookingRecord &r, int daysBefore);

struct TrainOptions {
    int rounds = 250;
    int maxDepth = 5;
    double eta = 0.05;
    int threads = 2;
    int seed = 1;
};

struct CalibrationBin {
    double from = 0, to = 0;
    qint64 count = 0;
    double meanPredicted = 0;
    double observed = 0;
};

struct Evaluation {
    qint64 examples = 0;
    qint64 washes = 0;
    double auc = 0;
    double meanPredicted = 0;
    double observedRate = 0;
    std::vector<CalibrationBin> bins;
    QJsonObject toJson() const;
};

// The wash probability of a booking on the books (cancel or no-show before arrival), from gradient-boosted trees
// (libxgboost's C API) and, per horizon, a Platt scaling fitted on later bookings than the trees saw.
class WashForecast final {
public:
    WashForecast();
    ~WashForecast();
    WashForecast(WashForecast &&) noexcept;
    WashForecast &operator=(WashForecast &&) noexcept;

    // Trees on `fit`, calibration on `calibrate` (both history; outcomes are read only as labels).
    static Result<WashForecast> train(const QList<BookingRecord> &fit, const QList<BookingRecord> &calibrate,
                                      const TrainOptions &options = {});

    // One probability per booking, as seen `daysBefore` days before its arrival. Reads BookingFacts only.
    Result<std::vector<double>> probabilities(const std::vector<const BookingFacts *> &bookings, int daysBefore) const;

    // AUC and calibration table of horizon-`daysBefore` examples of `records`.
    Result<Evaluation> evaluate(const QList<BookingRecord> &records, int daysBefore = 1) const;

    // The model as bytes (booster plus calibration) and back.
    Result<QByteArray> serialize() const;
    static Result<WashForecast> deserialize(const QByteArray &bytes);

    bool isValid() const { return m_booster != nullptr; }

private:
    Result<std::vector<double>> margins(const std::vector<float> &matrix, qsizetype rows) const;
    std::pair<double, double> platt(int daysBefore) const;

    void *m_booster = nullptr;
    QMap<int, std::pair<double, double>> m_platt; // horizon -> (a, b): p = 1 / (1 + exp(-(a * margin + b)))
};

double rocAuc(const std::vector<double> &scores, const std::vector<int> &labels);
// Fits p = sigmoid(a * x + b) by Newton's method on the log loss (Platt 1999, with his smoothed targets).
std::pair<double, double> fitPlatt(const std::vector<double> &x, const std::vector<int> &labels);

} // namespace hotel::history
