# Nothing in the app, the core, the platform layer or the screens writes to the clipboard:
# no QClipboard, no QML copy()/cut() call, no Clipboard type. Run with -DROOT=<source dir>.
file(GLOB_RECURSE sources
    ${ROOT}/app/*.cpp ${ROOT}/app/*.h ${ROOT}/app/*.mm
    ${ROOT}/core/*.cpp ${ROOT}/core/*.h
    ${ROOT}/platform/*.cpp ${ROOT}/platform/*.h ${ROOT}/platform/*.mm ${ROOT}/platform/*.java
    ${ROOT}/qml/*.qml ${ROOT}/qml/*.js)
set(found "")
foreach(source IN LISTS sources)
    file(STRINGS ${source} lines REGEX "[Cc]lipboard|\\.copy\\(\\)|\\.cut\\(\\)|ClipData")
    foreach(line IN LISTS lines)
        string(APPEND found "${source}: ${line}\n")
    endforeach()
endforeach()
list(LENGTH sources count)
if(count LESS 50)
    message(FATAL_ERROR "only ${count} sources found under ${ROOT}: wrong ROOT?")
endif()
if(found)
    message(FATAL_ERROR "clipboard use found:\n${found}")
endif()
message(STATUS "${count} sources, none uses the clipboard")
