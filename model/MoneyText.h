#pragma once

#include "domain/Domain.h"

#include <QLocale>

namespace hotel {

// Money as a clerk reads it: the locale's digit grouping, the currency's minor units (no fractions of a won or a
// yen) and its symbol where it is the locale's own ("₩250,000" in Korean), else its code after the amount ("1,234.50
// USD"). Kept in the model layer, below the views, because the list models show amounts too.
QString formatMoney(Money cents, const QString &currency, const QLocale &locale = QLocale());
// The amount as a clerk types it back into a field: no symbol, no grouping, the currency's minor units only
// ("250000" for KRW, "150.00" for USD), so that parseMoney reads it again unchanged.
QString editableMoney(Money cents, const QString &currency);
// Whether an amount is whole in the currency's minor unit (no fractions of a won).
bool isWholeMinorUnit(Money cents, const QString &currency);

} // namespace hotel
