#pragma once

#include "domain/Result.h"

#include <QString>

namespace hotel {

// Where the store lives. Parsed from the command line / settings:
//   sqlite:///absolute/path/demo.sqlite   sqlite::memory:
//   postgresql://user[:password]@host[:port]/database   (also postgres://)
struct DbConfig {
    enum class Driver { Sqlite, Postgres };
    Driver driver = Driver::Sqlite;
    QString path; // sqlite: file path or ":memory:"
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database;
    QString user;
    QString password;

    static Result<DbConfig> parse(const QString &url);
    QString toUrl(bool withPassword = false) const;
    bool isPostgres() const { return driver == Driver::Postgres; }
};

} // namespace hotel
