add_executable(hotel_grid_model_tests ${CMAKE_CURRENT_LIST_DIR}/InventoryGridModelTest.cpp
                                      ${CMAKE_CURRENT_LIST_DIR}/HotelListModelTest.cpp)
target_link_libraries(hotel_grid_model_tests PRIVATE hotel_model Qt6::Test GTest::gtest GTest::gtest_main)
gtest_discover_tests(hotel_grid_model_tests DISCOVERY_MODE PRE_TEST)
