target_sources(hotel_model PRIVATE BookingListModel.h BookingListModel.cpp)
