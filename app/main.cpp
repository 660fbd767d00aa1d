// hotel-portal: the staff desktop application.
#include "app/BackendFactory.h"
#include "app/StartOptions.h"
#include "ui/connection/CredentialStore.h"
#include "ui/frame/MainWindow.h"
#include "ui/frame/Theme.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

static void describeApplication() {
    QCoreApplication::setOrganizationName(QStringLiteral("HotelPortal"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("hotel-portal.example"));
    QCoreApplication::setApplicationName(QStringLiteral("hotel-portal"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOTEL_VERSION));
}

int main(int argc, char **argv) {
    // --help and --version answer without a display: no GUI application is needed to print them.
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" || arg == "-v") {
            QCoreApplication app(argc, argv);
            describeApplication();
            hotel::StartOptions::parse(QCoreApplication::arguments()); // prints and exits
            return 0;
        }
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Hotel Portal"));
    QApplication::setDesktopFileName(QStringLiteral("hotel-portal"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator; // English carries the plural forms; Korean is a full translation
    if (translator.load(QLocale(), QStringLiteral("hotel_portal"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        translator.load(QStringLiteral(":/i18n/hotel_portal_en.qm")))
        QApplication::installTranslator(&translator);

    const hotel::StartOptions options = hotel::StartOptions::parse(QApplication::arguments());
    if (!options.error.isEmpty()) {
        qCritical("%s", qPrintable(options.error));
        return 2;
    }

    // The theme before the first window, so that nothing is drawn twice.
    hotel::applyTheme(hotel::savedTheme());
    hotel::CredentialStore credentials(QStringLiteral("hotel-portal"));
    hotel::MainWindow window(&hotel::createBackend, &credentials);
    QSettings settings;
    // A size saved on a larger screen (or at a smaller scale) is clamped to the screen the window opens on.
    hotel::restoreGeometryOnScreen(&window, settings.value(QStringLiteral("window/geometry")).toByteArray());
    window.show();
    // First start (nothing remembered) opens the offline demo at once.
    window.connectTo(options.initialSettings(hotel::ConnectionSettings::load(settings)));
    return app.exec();
}
