#include "highlight/ProcessCodeHighlighter.h"

#include <QColor>
#include <QElapsedTimer>
#include <QFont>
#include <QProcess>
#include <QTimer>

namespace {
constexpr int MaxQueued = 1024;
// Cache size in UTF-16 units of highlighted text.
constexpr int CacheCost = 4 * 1024 * 1024;
constexpr int ListTimeoutMs = 10000;
// Output beyond this many bytes per input character (plus a constant) is not a highlighting.
constexpr qint64 MaxOutputFactor = 200;
const char* const TimedOutProperty = "kintsugiTimedOut";

QTextCharFormat formatFromStyle(QStringView style)
{
    QTextCharFormat format;
    for (QStringView declaration : style.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype colon = declaration.indexOf(QLatin1Char(':'));
        if (colon < 0) {
            continue;
        }
        const QStringView property = declaration.left(colon).trimmed();
        const QStringView value = declaration.mid(colon + 1).trimmed();
        if (property == QLatin1String("color")) {
            const QColor color(value.toString());
            if (color.isValid()) {
                format.setForeground(color);
            }
        } else if (property == QLatin1String("background-color")) {
            const QColor color(value.toString());
            if (color.isValid()) {
                format.setBackground(color);
            }
        } else if (property == QLatin1String("font-weight") && value == QLatin1String("bold")) {
            format.setFontWeight(QFont::Bold);
        } else if (property == QLatin1String("font-style") && value == QLatin1String("italic")) {
            format.setFontItalic(true);
        } else if (property == QLatin1String("text-decoration")) {
            if (value.contains(QLatin1String("underline"))) {
                format.setFontUnderline(true);
            }
            if (value.contains(QLatin1String("line-through"))) {
                format.setFontStrikeOut(true);
            }
        }
    }
    return format;
}

std::optional<QChar> decodeEntity(QStringView entity)
{
    if (entity == QLatin1String("amp")) {
        return QLatin1Char('&');
    }
    if (entity == QLatin1String("lt")) {
        return QLatin1Char('<');
    }
    if (entity == QLatin1String("gt")) {
        return QLatin1Char('>');
    }
    if (entity == QLatin1String("quot")) {
        return QLatin1Char('"');
    }
    if (entity == QLatin1String("apos")) {
        return QLatin1Char('\'');
    }
    if (entity.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const bool hex = entity.size() > 1 && (entity.at(1) == QLatin1Char('x') || entity.at(1) == QLatin1Char('X'));
        const uint code = hex ? entity.mid(2).toUInt(&ok, 16) : entity.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0xffff) {
            return QChar(static_cast<char16_t>(code));
        }
    }
    return std::nullopt;
}
} // namespace

ProcessCodeHighlighter::ProcessCodeHighlighter(const QString& program, QObject* parent)
    : CodeHighlighter(parent)
    , m_program(program)
    , m_cache(CacheCost)
{
    m_listProcess = new QProcess(this);
    m_listProcess->setStandardErrorFile(QProcess::nullDevice());
    connect(m_listProcess, &QProcess::finished, this, &ProcessCodeHighlighter::onListFinished);
    connect(m_listProcess, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            onListFinished();
        }
    });
    QTimer::singleShot(ListTimeoutMs, m_listProcess, [process = m_listProcess] {
        if (process->state() != QProcess::NotRunning) {
            process->kill();
        }
    });
    m_listProcess->start(m_program, {QStringLiteral("--list")}, QIODevice::ReadOnly);
}

ProcessCodeHighlighter::~ProcessCodeHighlighter()
{
    // Children would wait for their processes one by one; kill them all first.
    const auto running = m_running.keys();
    for (QProcess* process : running) {
        process->disconnect(this);
        process->kill();
    }
    for (QProcess* process : running) {
        process->waitForFinished(1000);
    }
    if (m_listProcess) {
        m_listProcess->disconnect(this);
        if (m_listProcess->state() != QProcess::NotRunning) {
            m_listProcess->kill();
            m_listProcess->waitForFinished(1000);
        }
    }
}

QString ProcessCodeHighlighter::backendName() const
{
    //: Shown in About as "Code highlighting: %1"; kate-syntax-highlighter is a program name
    return tr("KDE Syntax Highlighting (kate-syntax-highlighter)");
}

bool ProcessCodeHighlighter::isAvailable() const
{
    return m_listState != ListState::Failed && !m_gaveUp;
}

bool ProcessCodeHighlighter::waitForLanguages()
{
    if (m_listState == ListState::Loading && m_listProcess) {
        QProcess* process = m_listProcess;
        if (!process->waitForFinished(ListTimeoutMs) && m_listProcess == process &&
            process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(1000);
        }
        if (m_listState == ListState::Loading) {
            onListFinished();
        }
    }
    return m_listState == ListState::Ready;
}

void ProcessCodeHighlighter::onListFinished()
{
    if (m_listState != ListState::Loading || !m_listProcess) {
        return;
    }
    QProcess* process = std::exchange(m_listProcess, nullptr);
    process->disconnect(this);
    QStringList names;
    if (process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0) {
        const QString output = QString::fromUtf8(process->readAllStandardOutput());
        for (const QString& line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QString name = line.trimmed();
            if (!name.isEmpty()) {
                names << name;
            }
        }
    }
    process->deleteLater();
    if (names.isEmpty()) {
        m_listState = ListState::Failed;
        const QList<Job> queued = std::exchange(m_queue, {});
        for (const Job& job : queued) {
            answer(job, {});
        }
        emit availabilityChanged(false);
        return;
    }
    m_languages = names;
    m_listState = ListState::Ready;
    emit languagesChanged();
    // Jobs that waited for the list: resolve their languages now.
    QList<Job> queued = std::exchange(m_queue, {});
    for (Job& job : queued) {
        job.definition = resolveLanguage(job.language);
        if (job.definition.isEmpty()) {
            answer(job, {});
        } else {
            m_queue << job;
        }
    }
    schedule();
}

QString ProcessCodeHighlighter::cacheKey(const QString& language, Theme theme, const QString& text)
{
    return language + QChar(0x1f) + QString::number(static_cast<int>(theme)) + QChar(0x1f) + text;
}

QStringList ProcessCodeHighlighter::arguments(const QString& definition, Theme theme) const
{
    return {QStringLiteral("--stdin"),
            QStringLiteral("-s"),
            definition,
            QStringLiteral("-t"),
            themeName(theme),
            QStringLiteral("-f"),
            QStringLiteral("html")};
}

std::optional<CodeHighlighter::Ranges>
ProcessCodeHighlighter::cached(const QString& language, Theme theme, const QString& text)
{
    if (!isAvailable() || text.size() > MaxTextSize || text.trimmed().isEmpty()) {
        return Ranges {};
    }
    if (m_listState == ListState::Ready && resolveLanguage(language).isEmpty()) {
        return Ranges {};
    }
    if (const Ranges* ranges = m_cache.object(cacheKey(language, theme, text))) {
        return *ranges;
    }
    return std::nullopt;
}

void ProcessCodeHighlighter::request(const QString& language, Theme theme, const QString& text)
{
    if (cached(language, theme, text)) {
        return;
    }
    Job job {cacheKey(language, theme, text), language, {}, theme, text};
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it) {
        if (it.value().key == job.key) {
            return;
        }
    }
    // Newest first: the block being typed in matters more than older requests.
    for (qsizetype i = 0; i < m_queue.size(); ++i) {
        if (m_queue.at(i).key == job.key) {
            m_queue.removeAt(i);
            break;
        }
    }
    if (m_listState == ListState::Ready) {
        job.definition = resolveLanguage(language);
    }
    m_queue << job;
    while (m_queue.size() > MaxQueued) {
        m_queue.removeFirst();
    }
    schedule();
}

void ProcessCodeHighlighter::schedule()
{
    if (m_listState != ListState::Ready) {
        return;
    }
    while (isAvailable() && !m_queue.isEmpty() && m_running.size() < m_maxConcurrent) {
        start(m_queue.takeLast());
    }
}

void ProcessCodeHighlighter::start(const Job& job)
{
    auto* process = new QProcess(this);
    process->setStandardErrorFile(QProcess::nullDevice());
    m_running.insert(process, job);
    auto* timer = new QTimer(process);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, process, [process] {
        process->setProperty(TimedOutProperty, true);
        process->kill();
    });
    const qint64 maxOutput = 64 * 1024 + MaxOutputFactor * job.text.size();
    connect(process, &QProcess::readyReadStandardOutput, process, [process, maxOutput] {
        if (process->bytesAvailable() > maxOutput) {
            process->kill();
        }
    });
    connect(process, &QProcess::finished, this, [this, process] { onJobFinished(process); });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            onJobFinished(process);
        }
    });
    timer->start(m_timeoutMs);
    process->start(m_program, arguments(job.definition, job.theme));
    if (process->state() != QProcess::NotRunning) {
        QString input = job.text;
        if (!input.endsWith(QLatin1Char('\n'))) {
            input += QLatin1Char('\n');
        }
        process->write(input.toUtf8());
        process->closeWriteChannel();
    }
}

void ProcessCodeHighlighter::onJobFinished(QProcess* process)
{
    const auto it = m_running.find(process);
    if (it == m_running.end()) {
        return;
    }
    const Job job = it.value();
    m_running.erase(it);
    process->disconnect(this);
    std::optional<Ranges> ranges;
    if (process->error() != QProcess::FailedToStart && !process->property(TimedOutProperty).toBool() &&
        process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0) {
        ranges = parseHtml(process->readAllStandardOutput(), job.text);
    }
    process->deleteLater();
    if (ranges) {
        noteSuccess();
    } else {
        noteFailure();
    }
    answer(job, ranges.value_or(Ranges {}));
    schedule();
}

void ProcessCodeHighlighter::answer(const Job& job, const Ranges& ranges)
{
    m_cache.insert(job.key, new Ranges(ranges), static_cast<int>(qMin<qsizetype>(job.text.size() + 1, CacheCost)));
    emit highlighted(job.language, job.theme, job.text);
}

void ProcessCodeHighlighter::noteSuccess()
{
    m_failures = 0;
}

void ProcessCodeHighlighter::noteFailure()
{
    if (m_gaveUp || ++m_failures < MaxFailures) {
        return;
    }
    m_gaveUp = true;
    const QList<Job> queued = std::exchange(m_queue, {});
    for (const Job& job : queued) {
        answer(job, {});
    }
    emit availabilityChanged(false);
}

CodeHighlighter::Ranges ProcessCodeHighlighter::highlightNow(const QString& language, Theme theme, const QString& text)
{
    waitForLanguages();
    if (const auto known = cached(language, theme, text)) {
        return *known;
    }
    const Job job {cacheKey(language, theme, text), language, resolveLanguage(language), theme, text};
    QProcess process;
    process.setStandardErrorFile(QProcess::nullDevice());
    process.start(m_program, arguments(job.definition, theme));
    std::optional<Ranges> ranges;
    if (process.waitForStarted(m_timeoutMs)) {
        QString input = text;
        if (!input.endsWith(QLatin1Char('\n'))) {
            input += QLatin1Char('\n');
        }
        process.write(input.toUtf8());
        process.closeWriteChannel();
        if (process.waitForFinished(m_timeoutMs)) {
            if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0) {
                ranges = parseHtml(process.readAllStandardOutput(), text);
            }
        } else {
            process.kill();
            process.waitForFinished(1000);
        }
    }
    if (ranges) {
        noteSuccess();
    } else {
        noteFailure();
    }
    answer(job, ranges.value_or(Ranges {}));
    return ranges.value_or(Ranges {});
}

std::optional<CodeHighlighter::Ranges> ProcessCodeHighlighter::parseHtml(const QByteArray& html, const QString& text)
{
    const QString page = QString::fromUtf8(html);
    qsizetype begin = page.indexOf(QLatin1String("<pre>"));
    const qsizetype end = page.lastIndexOf(QLatin1String("</pre>"));
    if (begin < 0 || end < begin) {
        return std::nullopt;
    }
    begin += 5;
    if (begin < end && page.at(begin) == QLatin1Char('\n')) {
        ++begin;
    }
    const QStringView body = QStringView(page).mid(begin, end - begin);
    const QLatin1String spanOpen("<span style=\"");
    const QLatin1String spanClose("</span>");

    QString plain;
    plain.reserve(text.size() + 1);
    Ranges ranges;
    bool inSpan = false;
    qsizetype spanStart = 0;
    QTextCharFormat spanFormat;
    qsizetype i = 0;
    while (i < body.size()) {
        const QChar c = body.at(i);
        if (c == QLatin1Char('<')) {
            const QStringView rest = body.mid(i);
            if (rest.startsWith(spanClose)) {
                if (!inSpan) {
                    return std::nullopt;
                }
                inSpan = false;
                if (plain.size() > spanStart && !spanFormat.properties().isEmpty()) {
                    QTextLayout::FormatRange range;
                    range.start = static_cast<int>(spanStart);
                    range.length = static_cast<int>(plain.size() - spanStart);
                    range.format = spanFormat;
                    ranges << range;
                }
                i += spanClose.size();
                continue;
            }
            if (rest.startsWith(spanOpen) && !inSpan) {
                const qsizetype close = rest.indexOf(QLatin1String("\">"));
                if (close < 0) {
                    return std::nullopt;
                }
                spanFormat = formatFromStyle(rest.mid(spanOpen.size(), close - spanOpen.size()));
                spanStart = plain.size();
                inSpan = true;
                i += close + 2;
                continue;
            }
            return std::nullopt;
        }
        if (c == QLatin1Char('&')) {
            const qsizetype semicolon = body.mid(i, 12).indexOf(QLatin1Char(';'));
            if (semicolon < 0) {
                return std::nullopt;
            }
            const auto decoded = decodeEntity(body.mid(i + 1, semicolon - 1));
            if (!decoded) {
                return std::nullopt;
            }
            plain += *decoded;
            i += semicolon + 1;
            continue;
        }
        plain += c;
        ++i;
    }
    if (inSpan) {
        return std::nullopt;
    }
    const bool needsNewline = !text.isEmpty() && !text.endsWith(QLatin1Char('\n'));
    if (plain.size() != text.size() + (needsNewline ? 1 : 0) || !plain.startsWith(text)) {
        return std::nullopt;
    }
    return ranges;
}
