target_sources(hotel_backend PRIVATE Json.h Json.cpp)
