// The portal over the in-memory backend: for looking at the widgets (Xvfb screenshots) without a database.
#include "MemoryBackend.h"
#include "ui/frame/MainWindow.h"

#include <QApplication>
#include <QTimer>
#include <QTranslator>

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("hotel-portal-preview"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QTranslator translator; // as the application does: the locale's translation, else English plural forms
    if (translator.load(QLocale(), QStringLiteral("hotel_portal"), QStringLiteral("_"), QStringLiteral(HOTEL_QM_DIR)) ||
        translator.load(QStringLiteral(HOTEL_QM_DIR "/hotel_portal_en.qm")))
        QApplication::installTranslator(&translator);
    auto *backend = new hotel::test::MemoryBackend;
    backend->seed(3, 7);
    hotel::User admin;
    admin.id = 1;
    admin.email = QStringLiteral("admin@demo.hotel");
    admin.name = QStringLiteral("Demo Administrator");
    admin.role = hotel::Role::Admin;
    backend->setSignedIn(admin);
    hotel::MainWindow window(hotel::BackendFactory{}, nullptr);
    window.resize(1280, 800);
    window.show();
    window.useBackend(backend, {});
    return app.exec();
}
