# The Windows installers of the client (docs/operations.md §Rolling out the client):
#   NSIS: per-machine into Program Files, Start-menu and desktop shortcuts, silent
#         `/S /SERVER=https://…` writes the machine-wide server preset, upgrades in place
#         keeping every user's cache and settings, removal keeps them unless `/PURGE`.
#   WiX:  a per-machine MSI for Group Policy: fixed UpgradeCode (MajorUpgrade from CPack's
#         template), Start-menu shortcut, public property SERVERURL → the same preset.
# The preset is where QSettings::SystemScope looks on Windows: HKLM\Software\CivicDesk\
# CivicDesk, key `server`, value `url` (the client's setting "server/url"), in the 64-bit
# registry view that the 64-bit client reads.

# --- NSIS ---------------------------------------------------------------------------------
set(CPACK_NSIS_PACKAGE_NAME "CivicDesk 社区工作台")
set(CPACK_NSIS_DISPLAY_NAME "CivicDesk 社区工作台")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "CivicDesk")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\civicdesk.exe")
set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/resources/icons/civicdesk.ico")
set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/resources/icons/civicdesk.ico")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "civicdesk@example.org")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
# The Start-menu shortcut comes from CPACK_PACKAGE_EXECUTABLES; the desktop one from
# nsis-install.nsh.
# An upgrade first runs the installed version's uninstaller silently, which keeps user data
# (no /PURGE), then installs the new files into the same folder.
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# Chinese names need a Unicode installer; FileFunc gives ${GetParameters}/${GetOptions}.
set(CPACK_NSIS_DEFINES [=[
  Unicode true
  !include FileFunc.nsh
  !include LogicLib.nsh]=])
file(READ "${CMAKE_CURRENT_LIST_DIR}/nsis-install.nsh" CPACK_NSIS_EXTRA_INSTALL_COMMANDS)
file(READ "${CMAKE_CURRENT_LIST_DIR}/nsis-uninstall.nsh" CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS)

# --- WiX (MSI) ----------------------------------------------------------------------------
# Never change: Windows Installer recognises earlier CivicDesk MSIs by it (MajorUpgrade).
set(CPACK_WIX_UPGRADE_GUID "E28F7347-EF60-4586-8763-FFC24A35620F")
set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/resources/icons/civicdesk.ico")
set(CPACK_WIX_PROGRAM_MENU_FOLDER ".")
# Per-machine: Group Policy computer assignment installs as SYSTEM for every user.
set(CPACK_WIX_PROPERTY_ALLUSERS "1")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPCOMMENTS "CivicDesk community platform administration")
set(CPACK_WIX_PATCH_FILE "${CMAKE_CURRENT_LIST_DIR}/wix-patch.xml")
set(CPACK_WIX_EXTRA_SOURCES "${CMAKE_CURRENT_LIST_DIR}/wix-serverurl.wxs")
set(CPACK_WIX_ARCHITECTURE "x64")
