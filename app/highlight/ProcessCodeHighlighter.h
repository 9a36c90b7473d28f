#pragma once

#include "highlight/CodeHighlighter.h"

#include <QByteArray>
#include <QCache>
#include <QHash>

class QProcess;

// Runs the engine's own command line program, kate-syntax-highlighter (Debian 12 and Ubuntu 24.04
// package only the Qt 5 library), one process per block: `--stdin -s DEFINITION -t THEME -f html`,
// HTML spans on stdout. Results are cached by (language, theme, text); a few processes run at a
// time, newest request first; a process that runs too long is killed. Bad output or a failure
// leaves that block plain; after MaxFailures failures in a row the backend gives up (plain text).
class ProcessCodeHighlighter : public CodeHighlighter
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 3000;
    static constexpr int DefaultMaxConcurrent = 2;
    static constexpr int MaxFailures = 3;
    // Longer blocks stay plain: highlighting them would not pay for itself.
    static constexpr qsizetype MaxTextSize = 256 * 1024;

    explicit ProcessCodeHighlighter(const QString& program, QObject* parent = nullptr);
    ~ProcessCodeHighlighter() override;

    QString backendName() const override;
    bool isAvailable() const override;
    QStringList languages() const override { return m_languages; }
    std::optional<Ranges> cached(const QString& language, Theme theme, const QString& text) override;
    void request(const QString& language, Theme theme, const QString& text) override;
    Ranges highlightNow(const QString& language, Theme theme, const QString& text) override;

    QString program() const { return m_program; }
    void setTimeout(int ms) { m_timeoutMs = ms; }
    void setMaxConcurrent(int count) { m_maxConcurrent = qMax(1, count); }
    int runningCount() const { return static_cast<int>(m_running.size()); }
    int queuedCount() const { return static_cast<int>(m_queue.size()); }
    // Waits until the list of definitions is read (or failed); true when it was read.
    bool waitForLanguages();

    // kate-syntax-highlighter's HTML for `text` as format ranges; std::nullopt unless the page holds
    // exactly `text` (plus a final newline) in spans the parser knows.
    static std::optional<Ranges> parseHtml(const QByteArray& html, const QString& text);

private:
    enum class ListState { Loading, Ready, Failed };
    struct Job
    {
        QString key;
        QString language;
        QString definition;
        Theme theme = Theme::Light;
        QString text;
    };

    static QString cacheKey(const QString& language, Theme theme, const QString& text);
    QStringList arguments(const QString& definition, Theme theme) const;
    void onListFinished();
    void schedule();
    void start(const Job& job);
    void onJobFinished(QProcess* process);
    // Answers a job without highlighting (plain) and tells the requester.
    void answer(const Job& job, const Ranges& ranges);
    void noteSuccess();
    void noteFailure();

    QString m_program;
    QStringList m_languages;
    ListState m_listState = ListState::Loading;
    QProcess* m_listProcess = nullptr;
    QList<Job> m_queue;
    QHash<QProcess*, Job> m_running;
    QCache<QString, Ranges> m_cache;
    int m_timeoutMs = DefaultTimeoutMs;
    int m_maxConcurrent = DefaultMaxConcurrent;
    int m_failures = 0;
    bool m_gaveUp = false;
};
