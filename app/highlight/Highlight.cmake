# Code highlighting backends (app/highlight). The KDE Syntax Highlighting library is linked in
# process when CMake finds KF6SyntaxHighlighting; otherwise the kate-syntax-highlighter program is
# used at run time when installed, else plain text (CodeHighlighterFactory chooses).
option(KINTSUGI_USE_KSYNTAXHIGHLIGHTING "Link KF6SyntaxHighlighting when found" ON)
if(KINTSUGI_USE_KSYNTAXHIGHLIGHTING)
    find_package(KF6SyntaxHighlighting QUIET)
endif()
if(KF6SyntaxHighlighting_FOUND)
    message(STATUS "Code highlighting: KF6SyntaxHighlighting in process")
    target_link_libraries(kintsugi_core PRIVATE KF6::SyntaxHighlighting)
    target_compile_definitions(kintsugi_core PRIVATE KINTSUGI_HAVE_KSYNTAXHIGHLIGHTING=1)
else()
    message(STATUS "Code highlighting: KF6SyntaxHighlighting not found; kate-syntax-highlighter at run time")
    target_compile_definitions(kintsugi_core PRIVATE KINTSUGI_HAVE_KSYNTAXHIGHLIGHTING=0)
endif()
