target_sources(hotel_backend PRIVATE Seeder.h Seeder.cpp)
