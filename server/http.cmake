add_library(hotel_server_lib STATIC Api.h Api.cpp Jwt.h Jwt.cpp SearchCache.h SearchCache.cpp Serve.h Serve.cpp)
target_include_directories(hotel_server_lib PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(hotel_server_lib PUBLIC hotel_backend Qt6::HttpServer Qt6::Network PRIVATE PkgConfig::JWT)
target_link_libraries(hotel-server PRIVATE hotel_server_lib)
