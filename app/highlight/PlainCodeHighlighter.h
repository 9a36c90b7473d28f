#pragma once

#include "highlight/CodeHighlighter.h"

// No highlighting engine: every block is plain (shown in the monospace font).
class PlainCodeHighlighter : public CodeHighlighter
{
    Q_OBJECT

public:
    using CodeHighlighter::CodeHighlighter;

    QString backendName() const override;
    bool isAvailable() const override { return false; }
    QStringList languages() const override { return {}; }
    std::optional<Ranges> cached(const QString&, Theme, const QString&) override { return Ranges {}; }
    void request(const QString&, Theme, const QString&) override { }
    Ranges highlightNow(const QString&, Theme, const QString&) override { return {}; }
};
