target_sources(hotel_backend PRIVATE SqlBackend.h SqlBackend.cpp RestBackend.h RestBackend.cpp)
