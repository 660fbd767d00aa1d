target_sources(hotel_backend PRIVATE
  Store.h Store.cpp StorePrivate.h StoreCatalogue.cpp StoreBookings.cpp StoreSearch.cpp
  Passwords.h Passwords.cpp
  Validation.h Validation.cpp
)
file(GLOB HOTEL_MIGRATIONS RELATIVE ${CMAKE_CURRENT_SOURCE_DIR} CONFIGURE_DEPENDS
     ${CMAKE_CURRENT_SOURCE_DIR}/migrations/postgres/*.sql ${CMAKE_CURRENT_SOURCE_DIR}/migrations/sqlite/*.sql)
qt_add_resources(hotel_backend "hotel_migrations" PREFIX "/" FILES ${HOTEL_MIGRATIONS})
