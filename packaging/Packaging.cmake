# Debian package of both executables, the bundled cases, a .desktop entry and an icon:
# `cpack -G DEB` in the build directory.
install(FILES ${CMAKE_CURRENT_LIST_DIR}/gridcarbon.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/gridcarbon.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

set(CPACK_PACKAGE_NAME gridcarbon)
set(CPACK_PACKAGE_VENDOR "GridCarbon")
set(CPACK_PACKAGE_CONTACT "GridCarbon developers <dev@gridcarbon.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY gridcarbon)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS OFF)
# Shared libraries the executables link (checked with ldd), as Debian 12 names their packages.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6widgets6 (>= 6.4), libqt6svg6 (>= 6.4), libqt6charts6 (>= 6.4), libqt6openglwidgets6 (>= 6.4), libvtk9.1, coinor-libclp1, coinor-libcbc3, coinor-libcgl1, coinor-libosi1v5, coinor-libcoinutils3v5")
# The Chinese UI needs a CJK font and Qt's own catalogues (standard buttons, file dialogs);
# English works without either, so they are recommended rather than required.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-wqy-microhei | fonts-noto-cjk, qt6-translations-l10n")
set(CPACK_GENERATOR DEB)
include(CPack)
