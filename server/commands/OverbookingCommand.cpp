#include "server/commands/OverbookingCommand.h"

#include "history/Backtest.h"
#include "server/commands/CommandIo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace hotel {

using namespace commands;

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("OverbookingCommand", text);
}

Result<QList<history::BookingRecord>> readReporting(const QString &option, const QString &path) {
    QList<history::RowError> errors;
    auto records = history::readBookingFile(path, &errors);
    if (!records)
        return BackendError::invalid(option, records.error().userMessage);
    for (const auto &e : errors)
        err() << QStringLiteral("%1:%2: skipped: %3%4")
                     .arg(path)
                     .arg(e.line)
                     .arg(e.field.isEmpty() ? QString() : e.field + QStringLiteral(" "), e.message)
              << Qt::endl;
    err() << tr("%1: %2 bookings read, %3 malformed rows skipped").arg(path).arg(records->size()).arg(errors.size())
          << Qt::endl;
    return records;
}

} // namespace

int runOverbookingCommand(const QStringList &args) {
    QStringList a = args;
    const QString sub = a.size() > 1 && !a[1].startsWith(QLatin1Char('-')) ? a.takeAt(1) : QString();
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("overbooking backtest --train TRAIN.csv[.gz] --test TEST.csv[.gz] [--walk-cost-multiple 3]\n"
           "  compares flat overbooking fractions with the learned policy on the test file's arrivals"));
    p.addHelpOption();
    p.addOption({QStringLiteral("train"), tr("History the learned policy is trained on."), QStringLiteral("file")});
    p.addOption({QStringLiteral("test"), tr("Later arrivals the policies are judged on."), QStringLiteral("file")});
    p.addOption({QStringLiteral("walk-cost-multiple"), tr("A walk costs this many nights of the day's mean ADR."),
                 QStringLiteral("m"), QStringLiteral("3")});
    p.addOption({QStringLiteral("report"), tr("Write the learned policy's report (AUC, calibration) to this file."),
                 QStringLiteral("file")});
    if (!p.parse(a))
        return fail(p.errorText() + QStringLiteral(" (see overbooking --help)"));
    if (p.isSet(QStringLiteral("help")))
        p.showHelp(0);
    if (sub != QLatin1String("backtest"))
        return fail(tr("unknown command \"overbooking %1\"; did you mean \"overbooking backtest\"?").arg(sub));
    for (const char *required : {"train", "test"})
        if (!p.isSet(QLatin1String(required)))
            return fail(tr("--%1 is required").arg(QLatin1String(required)));
    bool ok = false;
    const double multiple = p.value(QStringLiteral("walk-cost-multiple")).toDouble(&ok);
    if (!ok || !(multiple > 0 && multiple <= 100))
        return fail(tr("--walk-cost-multiple must be a number above 0 and at most 100 (got \"%1\")")
                        .arg(p.value(QStringLiteral("walk-cost-multiple"))));
    auto train = readReporting(QStringLiteral("train"), p.value(QStringLiteral("train")));
    if (!train)
        return failWith(train.error());
    auto test = readReporting(QStringLiteral("test"), p.value(QStringLiteral("test")));
    if (!test)
        return failWith(test.error());
    QJsonObject report;
    auto result = history::runBacktest(train.value(), test.value(), multiple, &report);
    if (!result)
        return failWith(result.error());
    if (p.isSet(QStringLiteral("report"))) {
        QFile f(p.value(QStringLiteral("report")));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(tr("--report cannot be written: %1").arg(f.errorString()));
        f.write(QJsonDocument(report).toJson(QJsonDocument::Indented));
    }
    out() << QJsonDocument(result.value()).toJson(QJsonDocument::Indented);
    out().flush();
    return 0;
}

} // namespace hotel
