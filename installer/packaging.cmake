# CivicDesk's packages (docs/operations.md), made by CPack from this build tree:
#   Debian:   civicdesk (the client) and civicdesk-server     cpack -G DEB
#   Windows:  CivicDesk-<version>-win64.exe (NSIS), .msi (WiX)  cpack -G "NSIS;WIX"
# The binaries' install rules are in app/ and server/ (component client / server); the
# resources they need around them (desktop entry, icons, systemd unit, configuration,
# maintainer scripts) are installed here. Included last from the top-level CMakeLists.txt.

include(GNUInstallDirs)

set(civic_installer_dir "${CMAKE_CURRENT_LIST_DIR}")
set(civic_resources_dir "${PROJECT_SOURCE_DIR}/resources")

# --- Files around the binaries -----------------------------------------------------------

if(CIVIC_BUILD_CLIENT AND UNIX AND NOT APPLE)
    install(FILES "${civic_resources_dir}/linux/civicdesk.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications" COMPONENT client)
    foreach(size IN ITEMS 16 24 32 48 64 128 256 512)
        install(FILES "${civic_resources_dir}/icons/civicdesk-${size}.png"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps"
            RENAME civicdesk.png COMPONENT client)
    endforeach()
    install(FILES "${civic_resources_dir}/icons/civicdesk.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps" COMPONENT client)
    install(FILES "${civic_installer_dir}/debian/copyright"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/civicdesk" COMPONENT client)
endif()

if(CIVIC_BUILD_SERVER AND UNIX AND NOT APPLE)
    # Absolute destinations: the Debian package lays them out under DESTDIR (see
    # installer/cpack-generators.cmake); a plain `cmake --install` writes them for real.
    install(PROGRAMS "${civic_installer_dir}/debian/civicdesk-server-start"
        DESTINATION "${CMAKE_INSTALL_LIBEXECDIR}/civicdesk" COMPONENT server)
    install(FILES "${civic_installer_dir}/debian/civicdesk-server.service"
        DESTINATION /lib/systemd/system COMPONENT server)
    install(FILES "${civic_installer_dir}/debian/civicdesk-server.conf"
        DESTINATION /etc/civicdesk COMPONENT server
        PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ)
    install(FILES "${civic_installer_dir}/debian/copyright" "${PROJECT_SOURCE_DIR}/docs/operations.md"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/civicdesk-server" COMPONENT server)
endif()

if(CIVIC_BUILD_CLIENT AND WIN32)
    include("${civic_installer_dir}/windows/deploy.cmake")
endif()

# --- CPack: what every generator shares ---------------------------------------------------

# Values reach the generators exactly as written here (NSIS wants its `$` and `\`).
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_PACKAGE_NAME "CivicDesk")
set(CPACK_PACKAGE_VENDOR "CivicDesk")
set(CPACK_PACKAGE_CONTACT "CivicDesk maintainers <civicdesk@example.org>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "CivicDesk (社区工作台): community platform administration")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "CivicDesk")
# WiX wants a .txt or .rtf licence.
configure_file("${PROJECT_SOURCE_DIR}/LICENSE" "${PROJECT_BINARY_DIR}/packaging/LICENSE.txt" COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_BINARY_DIR}/packaging/LICENSE.txt")
set(CPACK_PACKAGE_EXECUTABLES "civicdesk" "CivicDesk 社区工作台")
set(CPACK_COMPONENTS_ALL "")
if(CIVIC_BUILD_CLIENT)
    list(APPEND CPACK_COMPONENTS_ALL client)
endif()
if(CIVIC_BUILD_SERVER)
    list(APPEND CPACK_COMPONENTS_ALL server)
endif()
# Debug information stays in the build tree, not in the packages.
set(CPACK_STRIP_FILES ON)
# Per-generator choices (components, prefixes, file names), read by cpack for each generator.
set(CPACK_PROJECT_CONFIG_FILE "${civic_installer_dir}/cpack-generators.cmake")
if(WIN32)
    set(CPACK_GENERATOR "NSIS;WIX")
    set(CPACK_SYSTEM_NAME "win64")
else()
    set(CPACK_GENERATOR "DEB")
endif()

# --- Debian -------------------------------------------------------------------------------

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Depends: from the binaries' shared libraries (dpkg-shlibdeps), plus what is loaded at run
# time as a plugin, which dpkg-shlibdeps cannot see.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_CLIENT_PACKAGE_NAME civicdesk)
set(CPACK_DEBIAN_CLIENT_PACKAGE_SECTION misc)
# The SQLite driver (the cache) and the X11/Wayland platform plugins are plugins.
set(CPACK_DEBIAN_CLIENT_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
# Chinese glyphs, Qt's own dialogs in Chinese, and a Secret Service for "remember me".
set(CPACK_DEBIAN_CLIENT_PACKAGE_RECOMMENDS "fonts-noto-cjk, qt6-translations-l10n, gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_CLIENT_DESCRIPTION [=[CivicDesk desktop client for community WeChat platform offices
CivicDesk is the desktop client of the community, street, district and city
offices that run a city's community WeChat platform: residents' complaints
with the 24-hour first reply, notices through their review chain, follower
figures and the quarterly assessment. It works offline on its own cache and
synchronises with civicdesk-server.

社区工作台是城市社区政务微信平台的桌面管理客户端，服务于社区、
街道、区、市各级办公室：处理居民意见箱诉求、信息发布审核、
公众号粉丝统计和季度考核。离线可用，联网后与中心服务器同步。]=])

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME civicdesk-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "adduser, libqt6sql6-sqlite")
set(CPACK_DEBIAN_SERVER_PACKAGE_RECOMMENDS "libqt6sql6-psql")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "postgresql, nginx")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    "${civic_installer_dir}/debian/server/postinst"
    "${civic_installer_dir}/debian/server/prerm"
    "${civic_installer_dir}/debian/server/postrm"
    "${civic_installer_dir}/debian/server/conffiles")
set(CPACK_DEBIAN_SERVER_DESCRIPTION [=[CivicDesk central server for community WeChat platform offices
civicdesk-server keeps the org tree, accounts, complaints, notices, follower
figures and assessments of a city's community offices in SQLite or
PostgreSQL and serves the CivicDesk desktop clients over HTTP. The package
runs it as the systemd service civicdesk-server under the system user
civicdesk, configured in /etc/civicdesk/civicdesk-server.conf, with its data
in /var/lib/civicdesk.

社区工作台中心服务器：保存组织架构、账号、诉求、信息发布、
粉丝数据和考核结果（SQLite 或 PostgreSQL），为各级办公室的桌面
客户端提供同步服务，以 systemd 服务 civicdesk-server 运行。]=])

# --- Windows: NSIS (also built on Linux by the test suite) and WiX -------------------------

include("${civic_installer_dir}/windows/installers.cmake")

include(CPack)
