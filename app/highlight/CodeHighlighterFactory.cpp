#include "highlight/CodeHighlighterFactory.h"

#include "highlight/InProcessCodeHighlighter.h"
#include "highlight/PlainCodeHighlighter.h"
#include "highlight/ProcessCodeHighlighter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QStandardPaths>

namespace {
CodeHighlighterFactory::Kind kindFromEnvironment()
{
    const QString value = qEnvironmentVariable("KINTSUGI_HIGHLIGHTER").trimmed().toLower();
    if (value == QLatin1String("library") || value == QLatin1String("kf6")) {
        return CodeHighlighterFactory::Kind::Library;
    }
    if (value == QLatin1String("process")) {
        return CodeHighlighterFactory::Kind::Process;
    }
    if (value == QLatin1String("plain") || value == QLatin1String("none")) {
        return CodeHighlighterFactory::Kind::Plain;
    }
    return CodeHighlighterFactory::Kind::Automatic;
}
} // namespace

bool CodeHighlighterFactory::hasLibrary()
{
#if KINTSUGI_HAVE_KSYNTAXHIGHLIGHTING
    return true;
#else
    return false;
#endif
}

QString CodeHighlighterFactory::defaultProgram()
{
    const QString configured = qEnvironmentVariable("KINTSUGI_HIGHLIGHTER_PROGRAM");
    if (!configured.isEmpty()) {
        return configured;
    }
    return QStandardPaths::findExecutable(QStringLiteral("kate-syntax-highlighter"));
}

std::unique_ptr<CodeHighlighter> CodeHighlighterFactory::create(Kind kind, const QString& program)
{
    if (kind == Kind::Automatic) {
        kind = kindFromEnvironment();
    }
    const QString path = program.isEmpty() ? defaultProgram() : program;
    if (kind == Kind::Automatic) {
        kind = hasLibrary() ? Kind::Library : (path.isEmpty() ? Kind::Plain : Kind::Process);
    }
#if KINTSUGI_HAVE_KSYNTAXHIGHLIGHTING
    if (kind == Kind::Library) {
        return std::make_unique<InProcessCodeHighlighter>();
    }
#endif
    if (kind == Kind::Library) {
        kind = path.isEmpty() ? Kind::Plain : Kind::Process;
    }
    if (kind == Kind::Process && !path.isEmpty()) {
        return std::make_unique<ProcessCodeHighlighter>(path);
    }
    return std::make_unique<PlainCodeHighlighter>();
}

CodeHighlighter* CodeHighlighterFactory::shared()
{
    static QPointer<CodeHighlighter> instance;
    if (!instance) {
        instance = create().release();
        if (QCoreApplication::instance()) {
            instance->setParent(QCoreApplication::instance());
        }
    }
    return instance;
}
