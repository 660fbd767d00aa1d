#pragma once

#include "history/BookingCsv.h"

#include <QStringList>
#include <vector>

namespace hotel::history {

// The forecast's inputs for one booking as seen `daysBeforeArrival` days before it arrives. It takes BookingFacts
// only, never a BookingOutcome: is_canceled, reservation_status(_date), assigned_room_type (known at check-in),
// booking_changes (the final count, not the count so far), parking and special requests (recorded up to the
// stay) are out of its reach. Country is left out too: the source fills it in at check-in for many rows.
namespace features {

int count();
const QStringList &names();
// Appends count() floats to *out.
void append(const BookingFacts &facts, int daysBeforeArrival, std::vector<float> *out);

} // namespace features

} // namespace hotel::history
