target_sources(hotel_backend PRIVATE Seeder.h Seeder.cpp BulkSeeder.h BulkSeeder.cpp)
qt_add_resources(hotel_backend "hotel_seed_data" PREFIX "/" FILES data/world-cities.tsv)
