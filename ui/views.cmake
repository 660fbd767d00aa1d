target_sources(hotel_ui PRIVATE BookingsView.h BookingsView.cpp FrontDeskView.h FrontDeskView.cpp PricesView.h PricesView.cpp)
