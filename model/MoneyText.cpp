#include "model/MoneyText.h"

#include "domain/Policy.h"

namespace hotel {

QString formatMoney(Money cents, const QString &currency, const QLocale &locale) {
    QLocale grouped = locale;
    // The C locale leaves out group separators by default; a price of a million won must still read as one.
    grouped.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    const int decimals = policy::currencyDecimals(currency);
    // Whole units go through an integer, so a zero-decimal amount is exact at any size.
    const Money rounded = policy::roundToMinorUnit(cents, currency);
    // The locale's own currency reads with its symbol in its place ("₩250,000"); any other with its code after
    // the amount, which every locale reads the same way ("250,000 KRW").
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == currency)
        return decimals == 0 ? grouped.toCurrencyString(qlonglong(rounded / 100))
                             : grouped.toCurrencyString(double(cents) / 100.0, QString(), decimals);
    const QString amount =
        decimals == 0 ? grouped.toString(qlonglong(rounded / 100)) : grouped.toString(double(cents) / 100.0, 'f', 2);
    return amount + QChar(0x00A0) + currency;
}

QString editableMoney(Money cents, const QString &currency) {
    if (policy::currencyDecimals(currency) == 0)
        return QString::number(policy::roundToMinorUnit(cents, currency) / 100);
    return formatMoney(cents);
}

bool isWholeMinorUnit(Money cents, const QString &currency) {
    return policy::roundToMinorUnit(cents, currency) == cents;
}

} // namespace hotel
