# `cpack -G DEB` (in the build folder) makes acuquest_<version>_<arch>.deb from the install
# rules of packaging/CMakeLists.txt, with the prefix /usr. Included from the top CMakeLists.txt.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME acuquest)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The AcuQuest project")
set(CPACK_PACKAGE_CONTACT "AcuQuest maintainers <maintainers@users.noreply.r-seed-93ae9cfa.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "quiz game about acupuncture points for lower back pain")
set(CPACK_PACKAGE_DESCRIPTION
    "AcuQuest is a quiz and training game about acupuncture for lower back pain.
Place acupuncture points on a body map and be scored in cun, the unit students
think in, then see the true spot and the landmarks it is found from. Matching
rounds cover the causes of lower back pain, how acupuncture is thought to work
and what to tell a doctor first.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# "education", like KGeography: section "games" would ask for the binary in /usr/games
# (lintian: package-section-games-but-contains-no-game), and the game installs to bin/.
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The libraries (SFML, TinyXML-2, FreeType, SQLite once it is linked, libstdc++) are found by
# dpkg-shlibdeps from what the binary really links; the font is read at run time, so by hand.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core, fonts-wqy-microhei")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
