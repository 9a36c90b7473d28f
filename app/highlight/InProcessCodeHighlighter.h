#pragma once

// Built only where CMake finds the KDE Syntax Highlighting library (KF6; the KF5 compatibility
// check in tests/kf5-compat builds it against KF5): KINTSUGI_HAVE_KSYNTAXHIGHLIGHTING.
#if KINTSUGI_HAVE_KSYNTAXHIGHLIGHTING

#include "highlight/CodeHighlighter.h"

#include <QCache>

#include <memory>

namespace KSyntaxHighlighting {
class Repository;
}

// The engine in process: one Repository, a small AbstractHighlighter per call. Uses only API that
// KF5 and KF6 share (Repository, Definition, Theme, Format, State, AbstractHighlighter).
class InProcessCodeHighlighter : public CodeHighlighter
{
public:
    explicit InProcessCodeHighlighter(QObject* parent = nullptr);
    ~InProcessCodeHighlighter() override;

    QString backendName() const override;
    bool isAvailable() const override;
    QStringList languages() const override { return m_languages; }
    std::optional<Ranges> cached(const QString& language, Theme theme, const QString& text) override;
    void request(const QString& language, Theme theme, const QString& text) override;
    Ranges highlightNow(const QString& language, Theme theme, const QString& text) override;

private:
    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
    QStringList m_languages;
    QCache<QString, Ranges> m_cache;
};

#endif
