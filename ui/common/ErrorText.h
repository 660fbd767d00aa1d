#pragma once

#include "domain/Result.h"

#include <QString>

namespace hotel {

// The form's own label for a field named in the API's spelling ("checkOutDate" -> "Check-out", "guestInfo.email"
// -> "E-mail"), translated; empty for a field the portal has no label for.
QString fieldLabel(const QString &field);
// A refusal said as a person would, in the portal's language, naming the field as the form labels it ("The
// check-out date must be after the check-in date."). The server's and the store's own text (API field names)
// is used only when the field or the reason is unknown to the portal, and then never with a raw field name.
QString describeError(const BackendError &error);

} // namespace hotel
