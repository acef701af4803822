# Screen security, haptics, tap-to-call and the iOS keystore, plus each platform's packaging
# (docs/platforms.md). Included at the end of platform/CMakeLists.txt.

# The interfaces and the plain C++ that decides what to ask each platform: built everywhere,
# so the Linux tests cover the Android and iOS decisions too.
target_sources(safehaven_platform PRIVATE
    screensecurity.h haptics.h platformsecretstore.h
    phonenumber.cpp phonenumber.h
    phonedialer.cpp phonedialer.h
    android/androidbridge.h android/androidglue.cpp android/androidglue.h
    ios/iosbridge.h ios/iosglue.cpp ios/iosglue.h
    ios/keychainsecretstore.cpp ios/keychainsecretstore.h
)

# Then one file of real platform calls per platform.
if(ANDROID)
    target_sources(safehaven_platform PRIVATE
        android/platformglue_android.cpp platformsecretstore_qtkeychain.cpp)
elseif(IOS)
    set(SAFEHAVEN_IOS_SOURCES ios/platformglue_ios.mm ios/secretstore_ios.mm)
    target_sources(safehaven_platform PRIVATE ${SAFEHAVEN_IOS_SOURCES})
    set_source_files_properties(${SAFEHAVEN_IOS_SOURCES} PROPERTIES COMPILE_OPTIONS -fobjc-arc)
    target_link_libraries(safehaven_platform PRIVATE
        "-framework UIKit" "-framework Security" "-framework CoreHaptics")
elseif(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    target_sources(safehaven_platform PRIVATE
        linux/screensecurity_linux.cpp linux/haptics_linux.cpp linux/phonedialer_linux.cpp
        platformsecretstore_qtkeychain.cpp)
endif()

include(GNUInstallDirs)

# Packaging of the app target. Call from app/CMakeLists.txt right after
# qt_add_executable(safehaven ...): Qt for Android and iOS read these properties when they
# finalise the target at the end of that directory, which is before anything here could run.
function(safehaven_package_app target)
    set(dir ${CMAKE_CURRENT_FUNCTION_LIST_DIR}) # platform/, wherever it is called from
    if(ANDROID)
        # API 30 (Android 11): the biometric gate's Keystore and BiometricPrompt calls
        # (android/src/.../BiometricKeyHelper.java) need it. Target 33: the newest Android Qt 6.4
        # was tested against (Google Play now asks for more: see docs/platforms.md).
        math(EXPR version_code
            "${PROJECT_VERSION_MAJOR} * 10000 + ${PROJECT_VERSION_MINOR} * 100 + ${PROJECT_VERSION_PATCH}")
        set_target_properties(${target} PROPERTIES
            QT_ANDROID_MIN_SDK_VERSION 30
            QT_ANDROID_TARGET_SDK_VERSION 33
            QT_ANDROID_VERSION_NAME ${PROJECT_VERSION}
            QT_ANDROID_VERSION_CODE ${version_code})
        set_property(TARGET ${target} APPEND PROPERTY
            QT_ANDROID_PACKAGE_SOURCE_DIR ${dir}/android)
    elseif(IOS)
        set_target_properties(${target} PROPERTIES
            MACOSX_BUNDLE TRUE
            MACOSX_BUNDLE_INFO_PLIST ${dir}/ios/Info.plist
            MACOSX_BUNDLE_GUI_IDENTIFIER org.safehaven.SafeHaven
            MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
            MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
            XCODE_ATTRIBUTE_PRODUCT_BUNDLE_IDENTIFIER org.safehaven.SafeHaven
            XCODE_ATTRIBUTE_CODE_SIGN_ENTITLEMENTS ${dir}/ios/SafeHaven.entitlements
            XCODE_ATTRIBUTE_TARGETED_DEVICE_FAMILY "1,2"
            # iOS 16: the oldest still given security fixes when chosen (MASVS-CODE-1).
            XCODE_ATTRIBUTE_IPHONEOS_DEPLOYMENT_TARGET 16.0)
    else()
        install(TARGETS ${target} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    endif()
endfunction()
