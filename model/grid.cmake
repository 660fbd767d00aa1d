# Portal core models: the availability grid and the hotel list. They take value structs whole; never query.
target_sources(hotel_model PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/InventoryGridModel.h ${CMAKE_CURRENT_LIST_DIR}/InventoryGridModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/HotelListModel.h ${CMAKE_CURRENT_LIST_DIR}/HotelListModel.cpp
)
