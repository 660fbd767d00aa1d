#pragma once

#include <QByteArray>
#include <QString>

namespace hotel::passwords {

// argon2id through libsodium (crypto_pwhash_str). The parameters travel inside the hash string, so a hash
// made with the cheap test setting (HOTEL_PWHASH_FAST=1, for test suites and bulk seeding only) still verifies.
QByteArray hash(const QString &password);
bool verify(const QByteArray &hash, const QString &password);

} // namespace hotel::passwords
