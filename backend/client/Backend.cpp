#include "client/Backend.h"

namespace hotel {

// Out of line so the vtable and the moc output have one home.
Backend::~Backend() = default;

} // namespace hotel
