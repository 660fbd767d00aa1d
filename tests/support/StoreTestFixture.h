#pragma once

#include "TestDatabase.h"

#include <gtest/gtest.h>

namespace hotel::test {

// Runs a test once on SQLite and once on PostgreSQL. Without HOTEL_TEST_PG_URL the PostgreSQL half skips
// locally and FAILS under CI=true: CI never silently skips it.
class StoreTest : public ::testing::TestWithParam<TestDatabase::Kind> {
protected:
    void SetUp() override {
        QString whyNot;
        m_db = TestDatabase::create(GetParam(), &whyNot);
        if (!m_db) {
            if (GetParam() == TestDatabase::Kind::Postgres && !runningInCi() &&
                qEnvironmentVariable("HOTEL_TEST_PG_URL").isEmpty())
                GTEST_SKIP() << whyNot.toStdString();
            FAIL() << kindName(GetParam()).toStdString() << ": " << whyNot.toStdString();
        }
        m_store = m_db->open();
        ASSERT_TRUE(m_store);
    }
    void TearDown() override {
        m_store.reset();
        m_db.reset();
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Store> m_store;
};

inline std::string paramName(const ::testing::TestParamInfo<TestDatabase::Kind> &info) {
    return info.param == TestDatabase::Kind::Sqlite ? "SQLite" : "PostgreSQL";
}

#define HOTEL_BOTH_DATABASES(Suite)                                                                                    \
    INSTANTIATE_TEST_SUITE_P(                                                                                          \
        Databases, Suite,                                                                                              \
        ::testing::Values(::hotel::test::TestDatabase::Kind::Sqlite, ::hotel::test::TestDatabase::Kind::Postgres),     \
        ::hotel::test::paramName)

} // namespace hotel::test
