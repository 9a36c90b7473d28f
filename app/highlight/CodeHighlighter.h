#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTextLayout>

#include <optional>

// Colours code (a fenced block's body) with the KDE Syntax Highlighting engine. Backends: the
// library in process, the engine's kate-syntax-highlighter program, or none (plain text). The
// editor asks with cached() and request() and never waits; exports ask with highlightNow().
//
// Languages are given as a fence names them ("bash", "yml", "C++"); resolveLanguage() maps them to
// the engine's definitions, and an unknown name means plain text. Format ranges are offsets into
// the text as given (UTF-16 units, lines separated by '\n'); text without a range is plain.
// Kept to Qt API that Qt 5.15 shares, so the in-process backend also builds against KF5.
class CodeHighlighter : public QObject
{
    Q_OBJECT

public:
    enum class Theme { Light, Dark, Print };
    Q_ENUM(Theme)

    using Ranges = QList<QTextLayout::FormatRange>;

    explicit CodeHighlighter(QObject* parent = nullptr);

    // User-readable, for the About dialog.
    virtual QString backendName() const = 0;
    // False when the backend cannot colour anything (missing or broken program, plain backend).
    virtual bool isAvailable() const = 0;
    // The engine's definition names; may fill in later (languagesChanged).
    virtual QStringList languages() const = 0;

    // The formats when known now (cache or in process); std::nullopt when they are being computed
    // or should be asked for with request(). Empty ranges mean plain text.
    virtual std::optional<Ranges> cached(const QString& language, Theme theme, const QString& text) = 0;
    // Starts highlighting in the background unless known or under way; highlighted() follows.
    virtual void request(const QString& language, Theme theme, const QString& text) = 0;
    // Waits for the formats (bounded by the backend's timeout); plain on any failure.
    virtual Ranges highlightNow(const QString& language, Theme theme, const QString& text) = 0;

    // The definition name for a fence's language ("sh" → "Bash"), or empty when unknown.
    QString resolveLanguage(const QString& fenceName) const;
    // Names to offer after ``` : short aliases and one-word definition names, lower-case, sorted.
    QStringList fenceNames() const;
    // The engine's theme name used for `theme`.
    static QString themeName(Theme theme);

signals:
    // The formats for (language, theme, text) are known: cached() returns them now.
    void highlighted(const QString& language, CodeHighlighter::Theme theme, const QString& text);
    void languagesChanged();
    void availabilityChanged(bool available);
};
