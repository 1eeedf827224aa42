# Windows only (installer/packaging.cmake): everything civicdesk.exe needs goes next to it in
# bin/, in the client component, so that the NSIS installer and the MSI are self-contained:
#   - Qt's DLLs, plugins (platforms, sqldrivers, tls, styles) and translations: windeployqt
#     at install time (a CMake install script, as qt_generate_deploy_app_script would);
#   - the other DLLs it links (QtKeychain, libxlsxwriter, zlib): file(GET_RUNTIME_DEPENDENCIES)
#     over the bin/ folders of CMAKE_PREFIX_PATH and vcpkg's installed tree;
#   - the MSVC runtime, app-local: InstallRequiredSystemLibraries.
# windeployqt lives next to qmake in Qt's bin/.
get_target_property(civic_qmake Qt6::qmake IMPORTED_LOCATION)
get_filename_component(civic_qt_bin "${civic_qmake}" DIRECTORY)
find_program(CIVIC_WINDEPLOYQT windeployqt HINTS "${civic_qt_bin}" REQUIRED)
set(civic_windeployqt "${CIVIC_WINDEPLOYQT}")
set(civic_dll_dirs "")
set(civic_prefixes ${CMAKE_PREFIX_PATH})
if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
    list(APPEND civic_prefixes "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}")
endif()
foreach(prefix IN LISTS civic_prefixes)
    file(TO_CMAKE_PATH "${prefix}" prefix) # C:\… from the command line
    list(APPEND civic_dll_dirs "${prefix}/bin")
endforeach()
configure_file("${CMAKE_CURRENT_LIST_DIR}/deploy-runtime.cmake.in"
    "${PROJECT_BINARY_DIR}/packaging/deploy-runtime.cmake" @ONLY)
install(SCRIPT "${PROJECT_BINARY_DIR}/packaging/deploy-runtime.cmake" COMPONENT client)

set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
set(CMAKE_INSTALL_SYSTEM_RUNTIME_COMPONENT client)
set(CMAKE_INSTALL_UCRT_LIBRARIES ON)
include(InstallRequiredSystemLibraries)
