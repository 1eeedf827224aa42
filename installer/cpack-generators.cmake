# CPACK_PROJECT_CONFIG_FILE: cpack reads this once per generator, with CPACK_GENERATOR set
# to the one it is running (installer/packaging.cmake sets the shared values).

if(CPACK_GENERATOR STREQUAL "DEB")
    # /etc/civicdesk and /lib/systemd/system are absolute install destinations: lay them out
    # under the staging DESTDIR, with the binaries under /usr.
    set(CPACK_SET_DESTDIR ON)
    set(CPACK_INSTALL_PREFIX "/usr")
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
    # Each package's first description line is its own summary (CPACK_DEBIAN_*_DESCRIPTION).
    unset(CPACK_PACKAGE_DESCRIPTION_SUMMARY)
elseif(CPACK_GENERATOR STREQUAL "NSIS" OR CPACK_GENERATOR STREQUAL "WIX")
    # The Windows installers carry the client only, as one package (no component page).
    set(CPACK_MONOLITHIC_INSTALL ON)
    list(GET CPACK_INSTALL_CMAKE_PROJECTS 0 civic_build_dir)
    set(CPACK_INSTALL_CMAKE_PROJECTS "${civic_build_dir};CivicDesk;client;/")
    set(CPACK_SYSTEM_NAME "win64")
    set(CPACK_PACKAGE_FILE_NAME "CivicDesk-${CPACK_PACKAGE_VERSION}-win64")
    if(CPACK_GENERATOR STREQUAL "WIX")
        # The MSI's tables use the ANSI code page of its culture: keep its names ASCII.
        set(CPACK_PACKAGE_EXECUTABLES "civicdesk" "CivicDesk")
    endif()
endif()
