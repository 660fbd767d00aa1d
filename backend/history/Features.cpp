#include "history/Features.h"

namespace hotel::history::features {

namespace {

// Day of year and the agent and company ids are left out: a history of half a year says nothing about the other
// half, and ids drift from year to year (both made the 2016 back-test worse).
// Fixed vocabularies (the source's documented values), one-hot encoded; anything else sets no column, so a value
// the training file never had cannot shift the others.
struct Vocabulary {
    const char *prefix;
    QStringList values;
};

const std::vector<Vocabulary> &vocabularies() {
    static const std::vector<Vocabulary> v = {
        {"hotel", {QStringLiteral("City Hotel"), QStringLiteral("Resort Hotel")}},
        {"meal",
         {QStringLiteral("BB"), QStringLiteral("HB"), QStringLiteral("FB"), QStringLiteral("SC"),
          QStringLiteral("Undefined")}},
        {"segment",
         {QStringLiteral("Direct"), QStringLiteral("Corporate"), QStringLiteral("Online TA"),
          QStringLiteral("Offline TA/TO"), QStringLiteral("Complementary"), QStringLiteral("Groups"),
          QStringLiteral("Aviation")}},
        {"channel",
         {QStringLiteral("Direct"), QStringLiteral("Corporate"), QStringLiteral("TA/TO"), QStringLiteral("GDS")}},
        {"room",
         {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("E"),
          QStringLiteral("F"), QStringLiteral("G"), QStringLiteral("H"), QStringLiteral("L")}},
        {"deposit", {QStringLiteral("No Deposit"), QStringLiteral("Refundable"), QStringLiteral("Non Refund")}},
        {"customer",
         {QStringLiteral("Transient"), QStringLiteral("Contract"), QStringLiteral("Transient-Party"),
          QStringLiteral("Group")}},
    };
    return v;
}

const char *const numericNames[] = {
    "lead_time",
    "days_before_arrival",
    "days_since_booking",
    "arrival_month",
    "arrival_weekday",
    "weekend_nights",
    "week_nights",
    "nights",
    "adults",
    "children",
    "babies",
    "repeated_guest",
    "previous_cancellations",
    "previous_bookings_not_canceled",
    "has_agent",
    "has_company",
    "days_in_waiting_list",
    "adr",
    "adr_per_person",
};
constexpr int numericCount = int(sizeof numericNames / sizeof numericNames[0]);

} // namespace

const QStringList &names() {
    static const QStringList all = [] {
        QStringList n;
        for (const char *name : numericNames)
            n << QString::fromLatin1(name);
        for (const auto &v : vocabularies())
            for (const QString &value : v.values)
                n << QString::fromLatin1(v.prefix) + QLatin1Char('=') + value;
        return n;
    }();
    return all;
}

int count() {
    return int(names().size());
}

void append(const BookingFacts &f, int daysBeforeArrival, std::vector<float> *out) {
    const int people = std::max(1, f.adults + f.children);
    const float numeric[numericCount] = {
        float(f.leadTime),
        float(daysBeforeArrival),
        float(f.leadTime - daysBeforeArrival),
        float(f.arrival.month()),
        float(f.arrival.dayOfWeek()),
        float(f.weekendNights),
        float(f.weekNights),
        float(f.nights()),
        float(f.adults),
        float(f.children),
        float(f.babies),
        f.repeatedGuest ? 1.f : 0.f,
        float(f.previousCancellations),
        float(f.previousBookingsNotCanceled),
        f.agent >= 0 ? 1.f : 0.f,
        f.company >= 0 ? 1.f : 0.f,
        float(f.daysInWaitingList),
        float(f.adr),
        float(f.adr / people),
    };
    out->insert(out->end(), numeric, numeric + numericCount);
    const QString *values[] = {
        &f.hotel,       &f.meal,        &f.marketSegment, &f.distributionChannel, &f.reservedRoomType,
        &f.depositType, &f.customerType};
    int i = 0;
    for (const auto &v : vocabularies()) {
        const QString &value = *values[i++];
        for (const QString &known : v.values)
            out->push_back(value == known ? 1.f : 0.f);
    }
}

} // namespace hotel::history::features
