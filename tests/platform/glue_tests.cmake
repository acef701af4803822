# Platform glue: the decisions behind the Android and iOS calls (against recording stand-ins),
# tap-to-call's number rule, the Linux implementations, and the packaging files as data.
# Included from tests/CMakeLists.txt.
safehaven_add_test(tst_phonenumber platform/tst_phonenumber.cpp LABELS platform)
safehaven_add_test(tst_androidglue platform/tst_androidglue.cpp LABELS platform)
safehaven_add_test(tst_iosglue platform/tst_iosglue.cpp LABELS platform)
safehaven_add_test(tst_keychainsecretstore platform/tst_keychainsecretstore.cpp LABELS platform)
if(CMAKE_SYSTEM_NAME STREQUAL "Linux" AND NOT ANDROID)
    safehaven_add_test(tst_linuxglue platform/tst_linuxglue.cpp LABELS platform)
endif()
safehaven_add_test(tst_packagingconfig platform/tst_packagingconfig.cpp LABELS platform)
target_compile_definitions(tst_packagingconfig PRIVATE
    SAFEHAVEN_PLATFORM_DIR="${PROJECT_SOURCE_DIR}/platform")

# The freedesktop validators, where installed (Debian: desktop-file-utils, appstream).
find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
if(DESKTOP_FILE_VALIDATE)
    add_test(NAME desktop_file_valid COMMAND ${DESKTOP_FILE_VALIDATE}
        ${PROJECT_SOURCE_DIR}/platform/linux/org.safehaven.SafeHaven.desktop)
    # It exits 0 on warnings and hints: keep those out too.
    set_tests_properties(desktop_file_valid PROPERTIES
        LABELS platform FAIL_REGULAR_EXPRESSION "error|warning|hint")
endif()
find_program(APPSTREAMCLI appstreamcli)
if(APPSTREAMCLI)
    add_test(NAME appstream_metainfo_valid COMMAND ${APPSTREAMCLI} validate --no-net
        ${PROJECT_SOURCE_DIR}/platform/linux/org.safehaven.SafeHaven.metainfo.xml)
    set_tests_properties(appstream_metainfo_valid PROPERTIES
        LABELS platform FAIL_REGULAR_EXPRESSION "(^|\n)[EW]: ")
endif()

# The JNI file cannot be built without the NDK, but it can be type-checked against this Qt's
# own Android headers (QJniObject, QNativeInterface::QAndroidApplication) and a JDK's jni.h
# (Debian: openjdk-17-jdk-headless). Syntax only: nothing is linked or run.
file(GLOB SAFEHAVEN_JDK_INCLUDE_DIRS /usr/lib/jvm/*/include)
find_path(SAFEHAVEN_JNI_INCLUDE_DIR jni.h
    HINTS $ENV{JAVA_HOME}/include ${SAFEHAVEN_JDK_INCLUDE_DIRS} NO_CMAKE_FIND_ROOT_PATH)
if(SAFEHAVEN_JNI_INCLUDE_DIR AND EXISTS ${SAFEHAVEN_JNI_INCLUDE_DIR}/linux/jni_md.h
        AND NOT ANDROID)
    add_test(NAME android_glue_typecheck
        COMMAND ${CMAKE_CXX_COMPILER} -std=c++20 -fsyntax-only -fPIC -D__ANDROID__
            -DQT_NO_CAST_FROM_ASCII
            "-I$<JOIN:$<TARGET_PROPERTY:safehaven_platform,INCLUDE_DIRECTORIES>,;-I>"
            -I${SAFEHAVEN_JNI_INCLUDE_DIR} -I${SAFEHAVEN_JNI_INCLUDE_DIR}/linux
            ${PROJECT_SOURCE_DIR}/platform/android/platformglue_android.cpp
        COMMAND_EXPAND_LISTS)
    set_tests_properties(android_glue_typecheck PROPERTIES LABELS platform)
endif()
