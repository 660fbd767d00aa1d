#pragma once

#include "domain/Domain.h"
#include "domain/Result.h"

#include <optional>

namespace hotel::validation {

// Field checks shared by the store, the server and the dialogs. Each returns the first problem found, naming
// the field in the API's spelling, or nothing when the input is acceptable.
std::optional<BackendError> text(const QString &field, const QString &value, bool required,
                                 int maxLength = limits::maxTextLength);
std::optional<BackendError> email(const QString &field, const QString &value);
std::optional<BackendError> phone(const QString &field, const QString &value);
std::optional<BackendError> guests(const QString &field, int value);
std::optional<BackendError> price(const QString &field, Money value);
// A stay [checkIn, checkOut) that starts no earlier than `today` (the hotel's own date).
std::optional<BackendError> stay(QDate checkIn, QDate checkOut, QDate today);
std::optional<BackendError> dateRange(const QString &fromField, QDate from, const QString &toField, QDate to,
                                      int maxDays);
std::optional<BackendError> newBooking(const NewBooking &request);
std::optional<BackendError> hotel(const Hotel &hotel);
std::optional<BackendError> roomType(const RoomType &roomType);

} // namespace hotel::validation
