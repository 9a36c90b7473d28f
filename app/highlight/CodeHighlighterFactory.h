#pragma once

#include <QString>

#include <memory>

class CodeHighlighter;

// Chooses the code highlighting backend at run time: the library in process when Kintsugi was
// built with it, else the kate-syntax-highlighter program when installed, else plain text.
// KINTSUGI_HIGHLIGHTER=library|process|plain forces a choice; KINTSUGI_HIGHLIGHTER_PROGRAM names
// the program to run (tests).
class CodeHighlighterFactory
{
public:
    enum class Kind { Automatic, Library, Process, Plain };

    static std::unique_ptr<CodeHighlighter> create(Kind kind = Kind::Automatic, const QString& program = {});
    // The application's one highlighter, shared by every editor so they share its cache. Created on
    // first use, deleted with the application object.
    static CodeHighlighter* shared();
    // Whether this build links the library (KF6SyntaxHighlighting).
    static bool hasLibrary();
    // The kate-syntax-highlighter to run: KINTSUGI_HIGHLIGHTER_PROGRAM or the one on PATH; empty if none.
    static QString defaultProgram();
};
