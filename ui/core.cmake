# Portal core: main window, connection and sign-in, credentials, availability grid, new booking, banner.
target_sources(hotel_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/Async.h
  ${CMAKE_CURRENT_LIST_DIR}/ConnectionSettings.h ${CMAKE_CURRENT_LIST_DIR}/ConnectionSettings.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CredentialStore.h ${CMAKE_CURRENT_LIST_DIR}/CredentialStore.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ConnectionDialog.h ${CMAKE_CURRENT_LIST_DIR}/ConnectionDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ConnectionBanner.h ${CMAKE_CURRENT_LIST_DIR}/ConnectionBanner.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AvailabilityGridView.h ${CMAKE_CURRENT_LIST_DIR}/AvailabilityGridView.cpp
  ${CMAKE_CURRENT_LIST_DIR}/NewBookingDialog.h ${CMAKE_CURRENT_LIST_DIR}/NewBookingDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/GridActionDialogs.h ${CMAKE_CURRENT_LIST_DIR}/GridActionDialogs.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MainWindow.h ${CMAKE_CURRENT_LIST_DIR}/MainWindow.cpp
)
