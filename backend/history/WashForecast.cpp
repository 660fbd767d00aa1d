#include "history/WashForecast.h"

#include "history/Features.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <xgboost/c_api.h>

namespace hotel::history {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("WashForecast", text);
}

BackendError xgbError(const char *what) {
    return BackendError::make(BackendError::Kind::Internal, tr("the forecast could not be computed"),
                              QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromUtf8(XGBGetLastError())));
}

struct Matrix {
    DMatrixHandle handle = nullptr;
    ~Matrix() {
        if (handle)
            XGDMatrixFree(handle);
    }
};

double sigmoid(double x) {
    return 1.0 / (1.0 + std::exp(-x));
}

struct Examples {
    std::vector<float> x;
    std::vector<float> y;
    std::vector<int> horizon;
    qsizetype rows = 0;
};

Examples examplesOf(const QList<BookingRecord> &records, const std::vector<int> &horizons) {
    Examples e;
    for (const auto &r : records)
        for (int k : horizons)
            if (onBooksDaysBefore(r, k)) {
                features::append(r.facts, k, &e.x);
                e.y.push_back(r.outcome.canceled ? 1.f : 0.f);
                e.horizon.push_back(k);
                ++e.rows;
            }
    return e;
}

constexpr char magic[4] = {'H', 'W', 'F', '1'};

} // namespace

const std::vector<int> &trainingHorizons() {
    static const std::vector<int> h = {1, 2, 3, 5, 7, 14, 30};
    return h;
}

bool onBooksDaysBefore(const BookingRecord &r, int daysBefore) {
    if (r.facts.leadTime < daysBefore)
        return false;
    return !(r.outcome.canceled && r.outcome.statusDate < r.facts.arrival.addDays(-daysBefore));
}

QJsonObject Evaluation::toJson() const {
    QJsonArray table;
    for (const auto &b : bins)
        table.append(QJsonObject{{QStringLiteral("from"), b.from},
                                 {QStringLiteral("to"), b.to},
                                 {QStringLiteral("count"), b.count},
                                 {QStringLiteral("meanPredicted"), b.meanPredicted},
                                 {QStringLiteral("observed"), b.observed}});
    return {{QStringLiteral("examples"), examples},
            {QStringLiteral("washes"), washes},
            {QStringLiteral("auc"), auc},
            {QStringLiteral("meanPredicted"), meanPredicted},
            {QStringLiteral("observedRate"), observedRate},
            {QStringLiteral("calibration"), table}};
}

double rocAuc(const std::vector<double> &scores, const std::vector<int> &labels) {
    std::vector<size_t> order(scores.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return scores[a] < scores[b]; });
    double rankSum = 0;
    qint64 positives = 0;
    for (size_t i = 0; i < order.size();) {
        size_t j = i;
        while (j < order.size() && scores[order[j]] == scores[order[i]])
            ++j;
        const double rank = (double(i) + double(j) + 1) / 2; // mean 1-based rank of the tie group
        for (size_t t = i; t < j; ++t)
            if (labels[order[t]]) {
                rankSum += rank;
                ++positives;
            }
        i = j;
    }
    const qint64 negatives = qint64(scores.size()) - positives;
    if (positives == 0 || negatives == 0)
        return 0.5;
    return (rankSum - double(positives) * (positives + 1) / 2) / (double(positives) * negatives);
}

std::pair<double, double> fitPlatt(const std::vector<double> &x, const std::vector<int> &labels) {
    const double pos = double(std::count(labels.begin(), labels.end(), 1));
    const double neg = double(labels.size()) - pos;
    const double hi = (pos + 1) / (pos + 2), lo = 1 / (neg + 2);
    const auto loss = [&](double a, double b) {
        double l = 0;
        for (size_t i = 0; i < x.size(); ++i) {
            const double z = a * x[i] + b, t = labels[i] ? hi : lo;
            // log(1 + exp(z)) - t z, computed without overflow
            l += (z > 0 ? z + std::log1p(std::exp(-z)) : std::log1p(std::exp(z))) - t * z;
        }
        return l;
    };
    double a = 1, b = 0, current = loss(a, b);
    for (int iter = 0; iter < 100; ++iter) {
        double g0 = 0, g1 = 0, h00 = 1e-9, h01 = 0, h11 = 1e-9;
        for (size_t i = 0; i < x.size(); ++i) {
            const double p = sigmoid(a * x[i] + b);
            const double t = labels[i] ? hi : lo;
            const double d = p - t, w = std::max(p * (1 - p), 1e-12);
            g0 += d * x[i];
            g1 += d;
            h00 += w * x[i] * x[i];
            h01 += w * x[i];
            h11 += w;
        }
        const double det = h00 * h11 - h01 * h01;
        if (std::abs(det) < 1e-18)
            break;
        const double da = (h11 * g0 - h01 * g1) / det, db = (h00 * g1 - h01 * g0) / det;
        // Newton's step, halved until the loss falls (a plain step can overshoot far from the optimum).
        double step = 1, next = current;
        for (; step > 1e-10; step /= 2) {
            next = loss(a - step * da, b - step * db);
            if (next <= current)
                break;
        }
        if (step <= 1e-10)
            break;
        a -= step * da;
        b -= step * db;
        const bool done = current - next < 1e-12 * std::max(1.0, current);
        current = next;
        if (done)
            break;
    }
    return {a, b};
}

WashForecast::WashForecast() = default;
WashForecast::~WashForecast() {
    if (m_booster)
        XGBoosterFree(m_booster);
}
WashForecast::WashForecast(WashForecast &&o) noexcept
    : m_booster(std::exchange(o.m_booster, nullptr))
    , m_platt(std::move(o.m_platt)) {}
WashForecast &WashForecast::operator=(WashForecast &&o) noexcept {
    if (this != &o) {
        if (m_booster)
            XGBoosterFree(m_booster);
        m_booster = std::exchange(o.m_booster, nullptr);
        m_platt = std::move(o.m_platt);
    }
    return *this;
}

Result<WashForecast> WashForecast::train(const QList<BookingRecord> &fit, const QList<BookingRecord> &calibrate,
                                         const TrainOptions &options) {
    const Examples train = examplesOf(fit, trainingHorizons());
    if (train.rows < 50 || std::count(train.y.begin(), train.y.end(), 1.f) < 5)
        return BackendError::invalid(QStringLiteral("file"),
                                     tr("too little history to learn from (%1 examples)").arg(train.rows));
    Matrix m;
    if (XGDMatrixCreateFromMat(train.x.data(), bst_ulong(train.rows), bst_ulong(features::count()), NAN, &m.handle))
        return xgbError("XGDMatrixCreateFromMat");
    if (XGDMatrixSetFloatInfo(m.handle, "label", train.y.data(), bst_ulong(train.rows)))
        return xgbError("XGDMatrixSetFloatInfo");
    WashForecast f;
    if (XGBoosterCreate(&m.handle, 1, &f.m_booster))
        return xgbError("XGBoosterCreate");
    const std::pair<const char *, QByteArray> params[] = {
        {"objective", "binary:logistic"},
        {"tree_method", "hist"},
        {"max_depth", QByteArray::number(options.maxDepth)},
        {"eta", QByteArray::number(options.eta)},
        {"subsample", "0.8"},
        {"colsample_bytree", "0.8"},
        {"min_child_weight", "5"},
        {"nthread", QByteArray::number(options.threads)},
        {"seed", QByteArray::number(options.seed)},
        {"verbosity", "0"},
    };
    for (const auto &[name, value] : params)
        if (XGBoosterSetParam(f.m_booster, name, value.constData()))
            return xgbError("XGBoosterSetParam");
    for (int i = 0; i < options.rounds; ++i)
        if (XGBoosterUpdateOneIter(f.m_booster, i, m.handle))
            return xgbError("XGBoosterUpdateOneIter");

    // Calibration per horizon on later bookings: the trees' scores on their own training rows are too confident.
    for (int k : trainingHorizons()) {
        const Examples c = examplesOf(calibrate, {k});
        if (c.rows < 20) {
            f.m_platt.insert(k, {1.0, 0.0});
            continue;
        }
        auto raw = f.margins(c.x, c.rows);
        if (!raw)
            return raw.error();
        std::vector<int> labels(c.y.begin(), c.y.end());
        f.m_platt.insert(k, fitPlatt(raw.value(), labels));
    }
    return f;
}

Result<std::vector<double>> WashForecast::margins(const std::vector<float> &matrix, qsizetype rows) const {
    if (!m_booster)
        return BackendError::make(BackendError::Kind::Internal, tr("no forecast model"));
    if (rows == 0)
        return std::vector<double>{};
    Matrix m;
    if (XGDMatrixCreateFromMat(matrix.data(), bst_ulong(rows), bst_ulong(features::count()), NAN, &m.handle))
        return xgbError("XGDMatrixCreateFromMat");
    bst_ulong length = 0;
    const float *out = nullptr;
    // option_mask 1: the raw margin (log-odds), which Platt scaling maps to a probability.
    if (XGBoosterPredict(m_booster, m.handle, 1, 0, 0, &length, &out))
        return xgbError("XGBoosterPredict");
    return std::vector<double>(out, out + length);
}

std::pair<double, double> WashForecast::platt(int daysBefore) const {
    // The nearest trained horizon at or below daysBefore (a booking 10 days out is calibrated as at 7).
    auto it = m_platt.upperBound(daysBefore);
    if (it != m_platt.begin())
        --it;
    return it == m_platt.end() ? std::pair{1.0, 0.0} : it.value();
}

Result<std::vector<double>> WashForecast::probabilities(const std::vector<const BookingFacts *> &bookings,
                                                        int daysBefore) const {
    std::vector<float> x;
    x.reserve(bookings.size() * size_t(features::count()));
    for (const BookingFacts *b : bookings)
        features::append(*b, daysBefore, &x);
    auto raw = margins(x, qsizetype(bookings.size()));
    if (!raw)
        return raw.error();
    const auto [a, b] = platt(daysBefore);
    std::vector<double> p = std::move(raw).value();
    for (double &v : p)
        v = sigmoid(a * v + b);
    return p;
}

Result<Evaluation> WashForecast::evaluate(const QList<BookingRecord> &records, int daysBefore) const {
    std::vector<const BookingFacts *> facts;
    std::vector<int> labels;
    for (const auto &r : records)
        if (onBooksDaysBefore(r, daysBefore)) {
            facts.push_back(&r.facts);
            labels.push_back(r.outcome.canceled ? 1 : 0);
        }
    auto p = probabilities(facts, daysBefore);
    if (!p)
        return p.error();
    Evaluation e;
    e.examples = qint64(labels.size());
    e.washes = std::count(labels.begin(), labels.end(), 1);
    e.auc = rocAuc(p.value(), labels);
    static const double edges[] = {0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0000001};
    for (size_t i = 0; i + 1 < std::size(edges); ++i) {
        CalibrationBin bin{edges[i], std::min(edges[i + 1], 1.0), 0, 0, 0};
        double washes = 0;
        for (size_t j = 0; j < labels.size(); ++j)
            if (p.value()[j] >= edges[i] && p.value()[j] < edges[i + 1]) {
                ++bin.count;
                bin.meanPredicted += p.value()[j];
                washes += labels[j];
            }
        if (bin.count) {
            bin.meanPredicted /= double(bin.count);
            bin.observed = washes / double(bin.count);
        }
        e.bins.push_back(bin);
    }
    if (e.examples) {
        e.meanPredicted = std::accumulate(p.value().begin(), p.value().end(), 0.0) / double(e.examples);
        e.observedRate = double(e.washes) / double(e.examples);
    }
    return e;
}

Result<QByteArray> WashForecast::serialize() const {
    if (!m_booster)
        return BackendError::make(BackendError::Kind::Internal, tr("no forecast model"));
    bst_ulong length = 0;
    const char *bytes = nullptr;
    if (XGBoosterSaveModelToBuffer(m_booster, R"({"format": "ubj"})", &length, &bytes))
        return xgbError("XGBoosterSaveModelToBuffer");
    QJsonArray platt;
    for (auto it = m_platt.begin(); it != m_platt.end(); ++it)
        platt.append(QJsonArray{it.key(), it->first, it->second});
    const QByteArray meta = QJsonDocument(QJsonObject{{QStringLiteral("features"), features::names().join(u',')},
                                                      {QStringLiteral("platt"), platt}})
                                .toJson(QJsonDocument::Compact);
    QByteArray out(magic, 4);
    char size[4];
    qToBigEndian<quint32>(quint32(meta.size()), size);
    out.append(size, 4).append(meta).append(bytes, qsizetype(length));
    return out;
}

Result<WashForecast> WashForecast::deserialize(const QByteArray &bytes) {
    const auto bad = [](const QString &why) {
        return BackendError::invalid(QStringLiteral("model"),
                                     tr("the stored forecast model is unreadable: %1").arg(why));
    };
    if (bytes.size() < 8 || !bytes.startsWith(QByteArray(magic, 4)))
        return bad(QStringLiteral("no header"));
    const quint32 metaSize = qFromBigEndian<quint32>(bytes.constData() + 4);
    if (qsizetype(metaSize) > bytes.size() - 8)
        return bad(QStringLiteral("truncated"));
    const QJsonObject meta = QJsonDocument::fromJson(bytes.mid(8, metaSize)).object();
    if (meta.value(QStringLiteral("features")).toString() != features::names().join(u','))
        return bad(QStringLiteral("trained on other features"));
    WashForecast f;
    for (const auto &v : meta.value(QStringLiteral("platt")).toArray()) {
        const QJsonArray a = v.toArray();
        f.m_platt.insert(a.at(0).toInt(), {a.at(1).toDouble(), a.at(2).toDouble()});
    }
    if (XGBoosterCreate(nullptr, 0, &f.m_booster))
        return xgbError("XGBoosterCreate");
    const QByteArray model = bytes.mid(8 + metaSize);
    if (XGBoosterLoadModelFromBuffer(f.m_booster, model.constData(), bst_ulong(model.size())))
        return xgbError("XGBoosterLoadModelFromBuffer");
    return f;
}

} // namespace hotel::history
