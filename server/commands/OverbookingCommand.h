#pragma once

#include <QStringList>

namespace hotel {

// `hotel-server overbooking backtest --train FILE --test FILE [--walk-cost-multiple 3]`: prints the back-test's
// JSON document on stdout, the learned policy's report (AUC, calibration, margin search) on stderr.
// `args` is the whole command line minus the program's command word ("overbooking").
int runOverbookingCommand(const QStringList &args);

} // namespace hotel
