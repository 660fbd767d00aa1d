#include "store/Passwords.h"

#include <mutex>
#include <sodium.h>

namespace hotel::passwords {

namespace {
void ensureInit() {
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0)
            qFatal("libsodium could not be initialised");
    });
}
bool fastMode() {
    return qEnvironmentVariableIntValue("HOTEL_PWHASH_FAST") == 1;
}
} // namespace

QByteArray hash(const QString &password) {
    ensureInit();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const auto ops = fastMode() ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const auto mem = fastMode() ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), ops, mem) != 0)
        return {};
    return QByteArray(out);
}

bool verify(const QByteArray &hash, const QString &password) {
    ensureInit();
    if (hash.isEmpty())
        return false;
    const QByteArray utf8 = password.toUtf8();
    const QByteArray terminated = hash + '\0';
    return crypto_pwhash_str_verify(terminated.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

} // namespace hotel::passwords
