#include "highlight/CodeHighlighter.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace {
// Fence names in common use that are not a definition's name. The target is used only when the
// engine has it; other names are matched against the definitions case-insensitively.
const QHash<QString, QString>& aliases()
{
    static const QHash<QString, QString> table = {
        {QStringLiteral("sh"), QStringLiteral("Bash")},
        {QStringLiteral("shell"), QStringLiteral("Bash")},
        {QStringLiteral("console"), QStringLiteral("Bash")},
        {QStringLiteral("shell-session"), QStringLiteral("Bash")},
        {QStringLiteral("bash"), QStringLiteral("Bash")},
        {QStringLiteral("zsh"), QStringLiteral("Zsh")},
        {QStringLiteral("yml"), QStringLiteral("YAML")},
        {QStringLiteral("cpp"), QStringLiteral("C++")},
        {QStringLiteral("cxx"), QStringLiteral("C++")},
        {QStringLiteral("cc"), QStringLiteral("C++")},
        {QStringLiteral("hpp"), QStringLiteral("C++")},
        {QStringLiteral("h"), QStringLiteral("C")},
        {QStringLiteral("patch"), QStringLiteral("Diff")},
        {QStringLiteral("udiff"), QStringLiteral("Diff")},
        {QStringLiteral("log"), QStringLiteral("Log File (simplified)")},
        {QStringLiteral("logs"), QStringLiteral("Log File (simplified)")},
        {QStringLiteral("py"), QStringLiteral("Python")},
        {QStringLiteral("python3"), QStringLiteral("Python")},
        {QStringLiteral("js"), QStringLiteral("JavaScript")},
        {QStringLiteral("mjs"), QStringLiteral("JavaScript")},
        {QStringLiteral("ts"), QStringLiteral("TypeScript")},
        {QStringLiteral("jsx"), QStringLiteral("JavaScript React (JSX)")},
        {QStringLiteral("tsx"), QStringLiteral("TypeScript React (TSX)")},
        {QStringLiteral("rb"), QStringLiteral("Ruby")},
        {QStringLiteral("rs"), QStringLiteral("Rust")},
        {QStringLiteral("golang"), QStringLiteral("Go")},
        {QStringLiteral("kt"), QStringLiteral("Kotlin")},
        {QStringLiteral("cs"), QStringLiteral("C#")},
        {QStringLiteral("csharp"), QStringLiteral("C#")},
        {QStringLiteral("html"), QStringLiteral("HTML")},
        {QStringLiteral("xhtml"), QStringLiteral("HTML")},
        {QStringLiteral("ini"), QStringLiteral("INI Files")},
        {QStringLiteral("conf"), QStringLiteral("INI Files")},
        {QStringLiteral("docker"), QStringLiteral("Dockerfile")},
        {QStringLiteral("md"), QStringLiteral("Markdown")},
        {QStringLiteral("make"), QStringLiteral("Makefile")},
        {QStringLiteral("ps1"), QStringLiteral("PowerShell")},
        {QStringLiteral("pwsh"), QStringLiteral("PowerShell")},
        {QStringLiteral("postgres"), QStringLiteral("SQL (PostgreSQL)")},
        {QStringLiteral("postgresql"), QStringLiteral("SQL (PostgreSQL)")},
        {QStringLiteral("mysql"), QStringLiteral("SQL (MySQL)")},
        {QStringLiteral("tf"), QStringLiteral("Terraform")},
        {QStringLiteral("hcl"), QStringLiteral("HCL")},
        {QStringLiteral("proto"), QStringLiteral("Protobuf")},
        {QStringLiteral("protobuf"), QStringLiteral("Protobuf")},
        {QStringLiteral("gitignore"), QStringLiteral("Git Ignore")},
        {QStringLiteral("nginx"), QStringLiteral("Nginx Configuration")},
        {QStringLiteral("apache"), QStringLiteral("Apache Configuration")},
        {QStringLiteral("dockerfile"), QStringLiteral("Dockerfile")},
    };
    return table;
}
} // namespace

CodeHighlighter::CodeHighlighter(QObject* parent)
    : QObject(parent)
{
}

QString CodeHighlighter::resolveLanguage(const QString& fenceName) const
{
    const QString name = fenceName.trimmed();
    if (name.isEmpty()) {
        return {};
    }
    const QStringList known = languages();
    const QString alias = aliases().value(name.toLower());
    if (!alias.isEmpty() && known.contains(alias)) {
        return alias;
    }
    for (const QString& definition : known) {
        if (definition.compare(name, Qt::CaseInsensitive) == 0) {
            return definition;
        }
    }
    return {};
}

QStringList CodeHighlighter::fenceNames() const
{
    const QStringList known = languages();
    const QSet<QString> knownSet(known.cbegin(), known.cend());
    QSet<QString> names;
    for (const QString& definition : known) {
        if (!definition.contains(QLatin1Char(' ')) && definition != QLatin1String("None")) {
            names.insert(definition.toLower());
        }
    }
    for (auto it = aliases().cbegin(); it != aliases().cend(); ++it) {
        if (knownSet.contains(it.value())) {
            names.insert(it.key());
        }
    }
    QStringList sorted(names.cbegin(), names.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

QString CodeHighlighter::themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("Breeze Light");
    case Theme::Dark:
        return QStringLiteral("Breeze Dark");
    case Theme::Print:
        return QStringLiteral("Printing");
    }
    return QStringLiteral("Breeze Light");
}
