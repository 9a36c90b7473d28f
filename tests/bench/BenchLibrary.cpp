// kintsugi_bench: times the main window on a large library.
//
// Generates (once, cached in --dir) a library of -n stories with about 3 KB of English text each,
// then measures in a real QApplication (run it with QT_QPA_PLATFORM=offscreen):
//   1. startup to an interactive main window,
//   2. search-box queries (synchronous filtering of the story list),
//   3. opening a story in the editor.
// Prints a table of median and minimum times against the targets. Exits 0 whatever the figures
// (this is a benchmark, not a test); non-zero only when something fails.

#include "MainWindow.h"
#include "document/Library.h"
#include "document/StoryDocument.h"
#include "library/LibraryPane.h"
#include "models/StoryFilterProxyModel.h"
#include "models/StoryListModel.h"
#include "storage/LibraryDatabase.h"
#include "storage/StoryStore.h"
#include "story/StoryEditor.h"
#include "util/AppInfo.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <memory>
#include <optional>
#include <vector>

namespace {

// Bump when the generated content changes, so that cached libraries are made again.
constexpr int GeneratorVersion = 1;

// ---------------------------------------------------------------------------------------------
// Text generation: deterministic, varied, realistic postmortem prose.

const char* const Services[] = {
    "payments-api",
    "checkout",
    "search-indexer",
    "auth-gateway",
    "billing",
    "notifications",
    "user-profile",
    "inventory",
    "recommendations",
    "media-transcoder",
    "order-router",
    "ledger",
    "feature-flags",
    "session-store",
    "web frontend",
    "mobile API",
    "reporting pipeline",
    "export worker",
    "shipping-quotes",
    "identity provider",
    "rate limiter",
    "image resizer",
    "email relay",
    "analytics ingest",
    "catalog-sync",
};

const char* const Components[] = {
    "primary database",
    "database replica",
    "database connection pool",
    "Redis cache",
    "load balancer",
    "Kafka cluster",
    "message queue",
    "DNS resolver",
    "TLS certificate",
    "CDN edge",
    "Kubernetes control plane",
    "node pool",
    "object storage bucket",
    "service mesh sidecar",
    "NFS mount",
    "cron scheduler",
    "config service",
    "search cluster",
    "API gateway",
    "build pipeline",
    "deploy tooling",
    "VPN concentrator",
    "NAT gateway",
    "read-only database replica",
    "disk volume",
};

const char* const Metrics[] = {
    "p99 latency",
    "error rate",
    "queue depth",
    "CPU saturation",
    "disk latency",
    "memory usage",
    "connection count",
    "GC pause time",
    "replication lag",
    "rate of 5xx responses",
    "timeout count",
    "retry rate",
};

const char* const Causes[] = {
    "a configuration change that halved the connection limit",
    "an expired TLS certificate",
    "a schema migration that locked a hot table",
    "a retry storm from mobile clients",
    "a full disk on the log volume",
    "slow disk latency on a degraded volume",
    "a memory leak in the new release",
    "a DNS record with a one-week TTL",
    "an unbounded query in the nightly report",
    "a race condition in the cache invalidation path",
    "clock skew between two availability zones",
    "a dependency upgrade that changed the default timeouts",
    "a feature flag enabled for all users at once",
    "a noisy neighbour on the shared database host",
    "a missing index on the orders table",
    "a cron job that ran twice after the daylight saving change",
    "an autoscaler that scaled down during peak traffic",
    "a typo in a firewall rule",
    "a hot partition in a Kafka topic",
    "an exhausted file descriptor limit",
};

const char* const Actions[] = {
    "rolled back the release",
    "failed over to the standby database",
    "restarted the affected pods",
    "raised the connection limit",
    "drained traffic from the region",
    "disabled the feature flag",
    "renewed the certificate",
    "added the missing index",
    "paused the batch job",
    "scaled the node pool out",
    "flushed the cache",
    "reverted the firewall rule",
    "throttled the noisy client",
    "cleared the stuck queue",
};

const char* const Teams[] = {
    "the on-call SRE",
    "the payments team",
    "the platform team",
    "the database team",
    "customer support",
    "the incident commander",
    "the mobile team",
    "the networking team",
    "the security team",
    "the data engineering team",
};

const char* const Regions[] = {
    "eu-west-1",
    "us-east-1",
    "ap-southeast-2",
    "the Frankfurt data centre",
    "the secondary region",
    "us-central",
};

const char* const Tools[] = {
    "Grafana",
    "PagerDuty",
    "Prometheus",
    "the status page",
    "Sentry",
    "the runbook",
    "Kibana",
    "the deploy dashboard",
    "a synthetic check",
    "OpenTelemetry traces",
};

const char* const Symptoms[] = {
    "elevated error rates",
    "latency spike",
    "partial outage",
    "full outage",
    "stale data",
    "duplicate emails",
    "failed logins",
    "slow page loads",
    "missing invoices",
    "dropped webhooks",
};

const char* const ShortTriggers[] = {
    "config push",
    "certificate expiry",
    "database migration",
    "traffic surge",
    "release rollout",
    "DNS change",
    "node pool upgrade",
    "cache flush",
    "failover drill",
    "dependency upgrade",
};

// Words that appear in few stories, for the "rare word" query.
const char* const RareWords[] = {
    "kerberos",
    "hugepages",
    "seccomp",
    "conntrack",
    "inotify",
    "tombstones",
    "fsync",
    "ntpd",
};

const char* const Months[] = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
};

const char* const Authors[] = {
    "Ana María Pérez", "Björn Lindqvist",  "Chioma Okafor",  "Dmitri Volkov",    "Emily Chen",        "François Dubois",
    "Grace Kim",       "Hiroshi Tanaka",   "Ingrid Solberg", "Jamal Wright",     "Kateřina Nováková", "Liam O'Brien",
    "Mei Lin",         "Nikhil Rao",       "Olga Ivanova",   "Priya Sharma",     "Quentin Moreau",    "Rosa Jiménez",
    "Sven Müller",     "Tomasz Zieliński", "Uma Patel",      "Victor Santos",    "Wen Zhao",          "Xavier Laurent",
    "Yusuf Demir",     "Zoë Adams",        "Platform team",  "Payments on-call", "SRE rotation B",    "Data platform",
};

const char* const Tags[] = {
    "database",   "networking", "dns",     "tls",         "deploy",  "config",   "capacity",
    "kubernetes", "kafka",      "redis",   "cdn",         "auth",    "payments", "mobile",
    "monitoring", "alerting",   "runbook", "third-party", "storage", "security", "customer-facing",
    "data-loss",  "latency",    "billing", "on-call",
};

const char* const TitleTemplates[] = {
    "{Svc} {symptom} after {trigger}",
    "{Svc}: {symptom} in {region}",
    "{Symptom} on {svc} after {trigger}",
    "{Comp} failure took down {svc}",
    "{Symptom} during {trigger} on {svc}",
    "{Svc} degraded by {comp} problems",
};

const char* const SummaryTemplates[] = {
    "On {date}, {svc} returned errors for {dur} because of {cause}.",
    "Between {time} and {time2}, customers could not complete requests served by {svc}; {pct} of requests failed.",
    "The {comp} in {region} became unavailable, which degraded {svc} and {svc2}.",
    "{Team} declared an incident after the {metric} of {svc} crossed its alert threshold.",
    "The incident was mitigated when {team} {action}.",
    "No data was lost, but some requests had to be retried by clients.",
    "This was the second incident involving the {comp} this quarter.",
    "The problem started small and grew over {dur} as caches expired.",
};

const char* const ImpactTemplates[] = {
    "About {num} customers saw failed checkouts, and {num2} support tickets were opened.",
    "{Pct} of API calls to {svc} returned server errors at the peak.",
    "The {metric} of {svc} rose to {num} ms for {dur}.",
    "Internal dashboards were stale, so {team} worked without reliable data.",
    "Revenue impact is estimated at {num} thousand euros in delayed orders.",
    "Batch exports were delayed by {dur} and caught up by the next morning.",
    "Mobile users in {region} were affected more than web users because the app retries aggressively.",
    "Partners calling {svc} saw timeouts, and two of them opened escalations.",
};

const char* const TriggerTemplates[] = {
    "The trigger was {cause}.",
    "A deploy of {svc} at {time} introduced {cause}.",
    "Traffic from a marketing campaign doubled the load on the {comp}.",
    "An automated job changed the {comp} settings without review.",
    "Routine maintenance on the {comp} in {region} started earlier than announced.",
    "A client library upgrade in {svc} changed how connections to the {comp} are reused.",
};

const char* const DetectionTemplates[] = {
    "{Tool} alerted {team} at {time}, {dur} after the first errors.",
    "A customer reported the problem on social media before any alert fired.",
    "The alert on {metric} fired, but it was routed to a channel nobody watched at night.",
    "{Team} noticed the {metric} graph climbing during an unrelated investigation.",
    "Synthetic checks from {region} failed three times in a row and paged the on-call engineer.",
    "Detection took {dur} longer than our objective because the threshold was set for daytime traffic.",
};

const char* const ResolutionTemplates[] = {
    "{Team} {action} at {time}, and the error rate returned to normal within {dur}.",
    "A first attempt to mitigate by restarting {svc} did not help, because the {comp} was still overloaded.",
    "After confirming the hypothesis with {tool}, we {action}.",
    "The permanent fix shipped two days later, after review by {team}.",
    "We kept the incident open for {dur} to watch the {metric} before declaring it resolved.",
    "The backlog of {num} queued jobs drained over the following hour.",
    "To be safe, {team} also {action} in {region}.",
};

const char* const RootCauseTemplates[] = {
    "The root cause was {cause}.",
    "The {comp} had no capacity headroom, so a small increase in load was enough to exhaust it.",
    "Our load tests did not cover the traffic pattern that {svc} sees at the end of the month.",
    "The configuration was copied from the staging environment, where the limits are much lower.",
    "The runbook described an older architecture and pointed responders at the wrong {comp}.",
    "Timeouts between {svc} and {svc2} were longer than the client timeout, so retries piled up.",
    "Alerting relied on averages, which hid the tail latency that customers experienced.",
    "Ownership of the {comp} was unclear after the last reorganisation.",
    "A contributing factor was {cause}, which had gone unnoticed for weeks.",
};

const char* const WentWellTemplates[] = {
    "{Team} joined the incident call within minutes.",
    "The rollback procedure worked exactly as documented.",
    "Customer support published a status page update quickly.",
    "Feature flags let us disable the new code path without a deploy.",
    "The {tool} dashboards made the {metric} problem obvious.",
    "Communication in the incident channel was calm and clear.",
    "Handover between time zones was smooth.",
};

const char* const WentWrongTemplates[] = {
    "The alert for {metric} was too noisy, so it had been muted.",
    "It took {dur} to find out who owned the {comp}.",
    "The failover to {region} required manual steps that had never been rehearsed.",
    "Several responders worked on the same hypothesis without knowing it.",
    "Logs from {svc} were sampled too heavily to show the failing requests.",
    "The deploy pipeline was blocked, so the fix waited for {dur}.",
    "Nobody updated the status page for the first {dur}.",
};

const char* const GotLuckyTemplates[] = {
    "The incident happened during business hours, when most of {team} was online.",
    "Traffic was low because of a public holiday in {region}.",
    "An engineer who had built the {comp} happened to be on call.",
    "The database backup had finished ten minutes before the failure.",
    "The faulty release had only reached {pct} of the fleet.",
};

const char* const TimelineEvents[] = {
    "first errors in the {svc} logs",
    "{tool} alert fired",
    "incident declared by {team}",
    "{team} {action}",
    "status page updated",
    "{metric} back to baseline",
    "incident closed",
    "customer support briefed",
};

const char* const SupportingTemplates[] = {
    "Dashboards: {tool} board for {svc}. Ticket: INC-{num}.",
    "Related incidents: INC-{num} and INC-{num2}.",
    "Follow-up actions are tracked in the {svc} backlog under the label incident-{num}.",
    "Graphs of the {metric} and the {comp} are attached to the incident ticket.",
};

const char* const RareTemplates[] = {
    "A {rare} warning was also seen on one host, but it was ruled out as a contributing factor.",
    "While investigating we found a stale {rare} setting on the {comp}.",
};

class TextGenerator
{
public:
    explicit TextGenerator(quint32 seed)
        : m_rng(seed)
    {
    }

    Story story()
    {
        Story s;
        s.kind = chance(0.25) ? StoryKind::Failure : StoryKind::Postmortem;
        s.status = static_cast<StoryStatus>(weighted({30, 20, 50})); // Draft, InReview, Published
        s.severity = weighted({15, 5, 15, 35, 20, 10});
        s.title = fill(pick(TitleTemplates));

        const QDateTime epoch(QDate(2022, 1, 1), QTime(0, 0), Qt::UTC);
        const qint64 startSecs = m_rng.bounded(3 * 365 * 24 * 3600);
        const QDateTime started = epoch.addSecs(startSecs);
        if (!chance(0.05)) {
            s.startedAt = started;
        }
        if (!chance(0.08)) {
            s.detectedAt = started.addSecs(60 + m_rng.bounded(3 * 3600));
        }
        if (!chance(0.12)) {
            s.resolvedAt = started.addSecs(1800 + m_rng.bounded(30 * 3600));
        }
        s.createdAt = started.addSecs(3600 + m_rng.bounded(5 * 24 * 3600));
        s.modifiedAt = s.createdAt.addSecs(m_rng.bounded(60 * 24 * 3600));

        const int authorCount = 1 + weighted({60, 30, 10});
        while (s.authors.size() < authorCount) {
            const QString a = pick(Authors);
            if (!s.authors.contains(a)) {
                s.authors << a;
            }
        }
        const int tagCount = weighted({5, 30, 35, 20, 10});
        while (s.tags.size() < tagCount) {
            const QString t = pick(Tags);
            if (!s.tags.contains(t)) {
                s.tags << t;
            }
        }

        m_rare = chance(0.015);
        // Target lengths per section, about 3,000 characters in all.
        s.setSection(Section::Summary, prose(SummaryTemplates, 350));
        s.setSection(Section::Impact, prose(ImpactTemplates, 330));
        s.setSection(Section::Trigger, prose(TriggerTemplates, 200));
        s.setSection(Section::Detection, prose(DetectionTemplates, 250));
        s.setSection(Section::Resolution, prose(ResolutionTemplates, 400));
        s.setSection(Section::RootCauses, prose(RootCauseTemplates, 450));
        s.setSection(Section::WentWell, bullets(WentWellTemplates, 230));
        s.setSection(Section::WentWrong, bullets(WentWrongTemplates, 280));
        if (!chance(0.15)) {
            s.setSection(Section::GotLucky, bullets(GotLuckyTemplates, 150));
        }
        if (!chance(0.10)) {
            s.setSection(Section::SupportingInfo, supporting(started, 350));
        }
        if (m_rare) {
            const Section target = static_cast<Section>(m_rng.bounded(SectionCount));
            QString text = s.section(target);
            text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + fill(pick(RareTemplates));
            s.setSection(target, text);
        }
        return s;
    }

private:
    bool chance(double p) { return m_rng.generateDouble() < p; }

    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = m_rng.bounded(total);
        int index = 0;
        for (int w : weights) {
            if (r < w) {
                return index;
            }
            r -= w;
            ++index;
        }
        return index - 1;
    }

    template <size_t N>
    QString pick(const char* const (&list)[N])
    {
        return QString::fromUtf8(list[m_rng.bounded(static_cast<quint32>(N))]);
    }

    static QString capitalized(QString text)
    {
        if (!text.isEmpty()) {
            text[0] = text[0].toUpper();
        }
        return text;
    }

    QString clock()
    {
        return QStringLiteral("%1:%2 UTC")
            .arg(m_rng.bounded(24), 2, 10, QLatin1Char('0'))
            .arg(m_rng.bounded(60), 2, 10, QLatin1Char('0'));
    }

    QString duration()
    {
        switch (m_rng.bounded(4)) {
        case 0:
            return QStringLiteral("%1 seconds").arg(20 + m_rng.bounded(100));
        case 1:
        case 2:
            return QStringLiteral("%1 minutes").arg(2 + m_rng.bounded(58));
        default:
            return QStringLiteral("%1 hours").arg(2 + m_rng.bounded(10));
        }
    }

    QString value(QStringView key)
    {
        const bool upper = !key.isEmpty() && key.front().isUpper();
        const QString lower = key.toString().toLower();
        QString v;
        if (lower == u"svc" || lower == u"svc2") {
            v = pick(Services);
        } else if (lower == u"comp") {
            v = pick(Components);
        } else if (lower == u"metric") {
            v = pick(Metrics);
        } else if (lower == u"cause") {
            v = pick(Causes);
        } else if (lower == u"action") {
            v = pick(Actions);
        } else if (lower == u"team") {
            v = pick(Teams);
        } else if (lower == u"region") {
            v = pick(Regions);
        } else if (lower == u"tool") {
            v = pick(Tools);
        } else if (lower == u"symptom") {
            v = pick(Symptoms);
        } else if (lower == u"trigger") {
            v = pick(ShortTriggers);
        } else if (lower == u"rare") {
            v = pick(RareWords);
        } else if (lower == u"time" || lower == u"time2") {
            v = clock();
        } else if (lower == u"dur") {
            v = duration();
        } else if (lower == u"num" || lower == u"num2") {
            v = QString::number(2 + m_rng.bounded(900));
        } else if (lower == u"pct") {
            v = QStringLiteral("%1%").arg(1 + m_rng.bounded(99));
        } else if (lower == u"date") {
            v = QStringLiteral("%1 %2").arg(1 + m_rng.bounded(28)).arg(pick(Months));
        } else {
            v = QLatin1Char('{') + key.toString() + QLatin1Char('}');
        }
        return upper ? capitalized(v) : v;
    }

    QString fill(const QString& templ)
    {
        QString out;
        out.reserve(templ.size() * 2);
        qsizetype pos = 0;
        while (pos < templ.size()) {
            const qsizetype open = templ.indexOf(QLatin1Char('{'), pos);
            if (open < 0) {
                out += QStringView(templ).mid(pos);
                break;
            }
            const qsizetype close = templ.indexOf(QLatin1Char('}'), open);
            out += QStringView(templ).mid(pos, open - pos);
            out += value(QStringView(templ).mid(open + 1, close - open - 1));
            pos = close + 1;
        }
        return out;
    }

    int varied(int target) { return static_cast<int>(target * (0.6 + 0.8 * m_rng.generateDouble())); }

    template <size_t N>
    QString prose(const char* const (&templates)[N], int target)
    {
        const int length = varied(target);
        QString text;
        while (text.size() < length) {
            if (!text.isEmpty()) {
                text += chance(0.25) ? QStringLiteral("\n\n") : QStringLiteral(" ");
            }
            text += fill(pick(templates));
        }
        return text;
    }

    template <size_t N>
    QString bullets(const char* const (&templates)[N], int target)
    {
        const int length = varied(target);
        QString text;
        while (text.size() < length) {
            if (!text.isEmpty()) {
                text += QLatin1Char('\n');
            }
            text += QStringLiteral("- ") + fill(pick(templates));
        }
        return text;
    }

    QString supporting(const QDateTime& started, int target)
    {
        const int length = varied(target);
        QString text = QStringLiteral("Timeline (UTC):\n");
        QDateTime at = started;
        while (text.size() < length * 2 / 3) {
            text += QStringLiteral("%1 — %2\n").arg(at.toString(QStringLiteral("HH:mm")), fill(pick(TimelineEvents)));
            at = at.addSecs(60 + m_rng.bounded(1800));
        }
        while (text.size() < length) {
            text += QLatin1Char('\n') + fill(pick(SupportingTemplates));
        }
        return text;
    }

    QRandomGenerator m_rng;
    bool m_rare = false;
};

// ---------------------------------------------------------------------------------------------

void removeLibraryFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        QFile::remove(path + QLatin1String(suffix));
    }
}

// Whether `path` holds a healthy library of exactly `count` stories; otherwise says why not. The
// integrity check also catches a library left from an older layout of the search index.
bool isUsableLibrary(const QString& path, int count, QString* why)
{
    if (!QFileInfo::exists(path)) {
        *why = QStringLiteral("no cached library");
        return false;
    }
    auto db = LibraryDatabase::open(path, LibraryDatabase::OpenMode::ReadOnly);
    if (!db) {
        *why = db.error();
        return false;
    }
    StoryStore store(*db.value());
    auto stories = store.count();
    if (!stories || *stories != count) {
        *why = stories ? QStringLiteral("it holds %1 stories").arg(*stories) : stories.error();
        return false;
    }
    const QStringList problems = db.value()->integrityProblems();
    if (!problems.isEmpty()) {
        *why = problems.join(QLatin1Char(' '));
        return false;
    }
    return true;
}

bool generateLibrary(const QString& path, int count, quint32 seed, QString* error)
{
    removeLibraryFiles(path);
    auto db = LibraryDatabase::open(path);
    if (!db) {
        *error = db.error();
        return false;
    }
    StoryStore store(*db.value());
    TextGenerator generator(seed);
    QElapsedTimer progress;
    progress.start();
    qint64 chars = 0;
    for (int i = 0; i < count; ++i) {
        const Story story = generator.story();
        for (const QString& section : story.sections) {
            chars += section.size();
        }
        if (auto id = store.create(story); !id) {
            *error = QStringLiteral("creating story %1 failed: %2").arg(i + 1).arg(id.error());
            return false;
        }
        if (progress.elapsed() > 2000) {
            std::fprintf(stderr, "  … %d of %d stories\n", i + 1, count);
            progress.restart();
        }
    }
    std::printf("Average section text per story: %lld characters\n", count > 0 ? chars / count : 0LL);
    return true;
}

// Runs the event loop until nothing is left to do (no posted events, no due timers).
void processUntilIdle()
{
    QAbstractEventDispatcher* dispatcher = QAbstractEventDispatcher::instance();
    for (int i = 0; i < 10000; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (!dispatcher->processEvents(QEventLoop::AllEvents)) {
            break;
        }
    }
}

double msSince(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

struct Measurement
{
    QString name;
    std::vector<double> ms;
    double targetMs = 0; // 0: no target, shown for information
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

void printTable(const std::vector<Measurement>& rows)
{
    int width = 11;
    for (const Measurement& m : rows) {
        width = std::max(width, static_cast<int>(m.name.size()));
    }
    const QString rule(width + 56, QLatin1Char('-'));
    std::printf("\n%-*s %5s %10s %10s %10s %10s  %s\n",
                width,
                "Measurement",
                "runs",
                "median ms",
                "min ms",
                "max ms",
                "target ms",
                "result");
    std::printf("%s\n", qUtf8Printable(rule));
    for (const Measurement& m : rows) {
        const double med = median(m.ms);
        const double lo = *std::min_element(m.ms.begin(), m.ms.end());
        const double hi = *std::max_element(m.ms.begin(), m.ms.end());
        const QByteArray name = m.name.toUtf8();
        // Pad by characters, not bytes, so names with non-ASCII text line up.
        const int pad = width - static_cast<int>(m.name.size());
        std::printf("%s%*s %5zu %10.2f %10.2f %10.2f ", name.constData(), pad, "", m.ms.size(), med, lo, hi);
        if (m.targetMs > 0) {
            std::printf("%10.0f  %s\n", m.targetMs, med < m.targetMs ? "PASS" : "OVER");
        } else {
            std::printf("%10s  %s\n", "-", "info");
        }
    }
    std::printf("%s\n", qUtf8Printable(rule));
}

int fail(const QString& message)
{
    std::fprintf(stderr, "kintsugi_bench: error: %s\n", qUtf8Printable(message));
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    // Keep the window's settings (recent libraries, geometry) away from the user's own.
    QTemporaryDir home;
    if (!home.isValid()) {
        std::fprintf(stderr, "kintsugi_bench: error: cannot create a temporary directory\n");
        return 1;
    }
    qputenv("XDG_CONFIG_HOME", QDir(home.path()).filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", QDir(home.path()).filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CACHE_HOME", QDir(home.path()).filePath(QStringLiteral("cache")).toUtf8());

    QApplication app(argc, argv);
    AppInfo::setUpApplication();
    QCoreApplication::setApplicationName(QStringLiteral("kintsugi_bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times startup, search and opening a story on a large generated Kintsugi library."));
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringList {QStringLiteral("n"), QStringLiteral("stories")},
                                         QStringLiteral("Number of stories in the library (default 10000)."),
                                         QStringLiteral("count"),
                                         QStringLiteral("10000"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"),
        QStringLiteral("Directory where the generated library is cached (default: a temporary directory)."),
        QStringLiteral("path"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
                                          QStringLiteral("Repetitions of each measurement (default 7)."),
                                          QStringLiteral("count"),
                                          QStringLiteral("7"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed of the generated text (default 1)."),
                                        QStringLiteral("number"),
                                        QStringLiteral("1"));
    parser.addOption(countOption);
    parser.addOption(dirOption);
    parser.addOption(repeatOption);
    parser.addOption(seedOption);
    parser.process(app);

    bool ok = false;
    const int count = parser.value(countOption).toInt(&ok);
    if (!ok || count < 1) {
        return fail(QStringLiteral("-n needs a positive number"));
    }
    const int repeat = parser.value(repeatOption).toInt(&ok);
    if (!ok || repeat < 1) {
        return fail(QStringLiteral("--repeat needs a positive number"));
    }
    const quint32 seed = parser.value(seedOption).toUInt(&ok);
    if (!ok) {
        return fail(QStringLiteral("--seed needs a number"));
    }

    std::unique_ptr<QTemporaryDir> tempDir;
    QString dir = parser.value(dirOption);
    if (dir.isEmpty()) {
        tempDir = std::make_unique<QTemporaryDir>();
        if (!tempDir->isValid()) {
            return fail(QStringLiteral("cannot create a temporary directory"));
        }
        dir = tempDir->path();
    } else if (!QDir().mkpath(dir)) {
        return fail(QStringLiteral("cannot create %1").arg(dir));
    }
    const QString path = QDir(dir).absoluteFilePath(
        QStringLiteral("bench-v%1-s%2-n%3.kintsugi").arg(GeneratorVersion).arg(seed).arg(count));

    // ---- The library -----------------------------------------------------------------------
    QString why;
    QElapsedTimer checkTimer;
    checkTimer.start();
    if (isUsableLibrary(path, count, &why)) {
        std::printf("Using the cached library %s (%d stories, checked in %.1f s)\n",
                    qUtf8Printable(QDir::toNativeSeparators(path)),
                    count,
                    msSince(checkTimer) / 1000);
    } else {
        if (why != QStringLiteral("no cached library")) {
            std::printf("Not using the cached library: %s\n", qUtf8Printable(why));
        }
        std::printf("Generating %d stories into %s …\n", count, qUtf8Printable(QDir::toNativeSeparators(path)));
        std::fflush(stdout);
        QElapsedTimer timer;
        timer.start();
        QString error;
        if (!generateLibrary(path, count, seed, &error)) {
            removeLibraryFiles(path);
            return fail(error);
        }
        const double secs = msSince(timer) / 1000;
        std::printf("Generated %d stories in %.1f s (%.0f stories/s, StoryStore::create once per story)\n",
                    count,
                    secs,
                    count / secs);
        if (!isUsableLibrary(path, count, &why)) {
            return fail(QStringLiteral("the generated library is not usable: %1").arg(why));
        }
    }
    qint64 bytes = 0;
    for (const char* suffix : {"", "-wal"}) {
        bytes += QFileInfo(path + QLatin1String(suffix)).size();
    }
    std::printf("Library size: %.1f MB\n", static_cast<double>(bytes) / (1024.0 * 1024.0));
    std::fflush(stdout);

    std::vector<Measurement> rows;

    // ---- 1. Startup to an interactive main window -------------------------------------------
    Measurement startup {QStringLiteral("startup to interactive window"), {}, 400};
    Measurement construct {QStringLiteral("  MainWindow()"), {}, 0};
    Measurement open {QStringLiteral("  openLibrary()"), {}, 0};
    Measurement exposed {QStringLiteral("  show() + qWaitForWindowExposed"), {}, 0};
    Measurement idle {QStringLiteral("  events until idle"), {}, 0};
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto window = std::make_unique<MainWindow>();
        const double t1 = msSince(timer);
        if (!window->openLibrary(path)) {
            return fail(QStringLiteral("openLibrary(%1) failed").arg(path));
        }
        const double t2 = msSince(timer);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get())) {
            return fail(QStringLiteral("the main window was not exposed"));
        }
        const double t3 = msSince(timer);
        processUntilIdle();
        const double t4 = msSince(timer);
        startup.ms.push_back(t4);
        construct.ms.push_back(t1);
        open.ms.push_back(t2 - t1);
        exposed.ms.push_back(t3 - t2);
        idle.ms.push_back(t4 - t3);
        if (window->libraryPane()->view()->model()->rowCount() != count) {
            return fail(QStringLiteral("the story list shows %1 stories, not %2")
                            .arg(window->libraryPane()->view()->model()->rowCount())
                            .arg(count));
        }
        window.reset();
        processUntilIdle();
    }
    rows.push_back(startup);
    rows.push_back(construct);
    rows.push_back(open);
    rows.push_back(exposed);
    rows.push_back(idle);

    // One window for the search and story measurements.
    MainWindow window;
    if (!window.openLibrary(path)) {
        return fail(QStringLiteral("openLibrary(%1) failed").arg(path));
    }
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        return fail(QStringLiteral("the main window was not exposed"));
    }
    processUntilIdle();
    LibraryPane* pane = window.libraryPane();
    auto* proxy = qobject_cast<StoryFilterProxyModel*>(pane->view()->model());
    if (!proxy) {
        return fail(QStringLiteral("the story list does not show a StoryFilterProxyModel"));
    }
    auto* model = qobject_cast<StoryListModel*>(proxy->sourceModel());
    if (!model) {
        return fail(QStringLiteral("the story list's source is not a StoryListModel"));
    }

    auto clearSearch = [&] {
        pane->searchEdit()->setText(QString());
        pane->applySearchNow();
        processUntilIdle();
    };

    // ---- 2. Search-box queries -------------------------------------------------------------
    struct Query
    {
        QString label;
        QString text;
    };
    const Query queries[] = {
        {QStringLiteral("common word"), QStringLiteral("database")},
        {QStringLiteral("rare word"), QStringLiteral("kerberos")},
        {QStringLiteral("2-letter prefix"), QStringLiteral("re")},
        {QStringLiteral("two words"), QStringLiteral("disk latency")},
    };
    for (const Query& query : queries) {
        Measurement sync {QStringLiteral("search %1 “%2”").arg(query.label, query.text), {}, 30};
        Measurement total {QStringLiteral("  + view update until idle"), {}, 0};
        int matches = -1;
        for (int i = 0; i < repeat; ++i) {
            clearSearch();
            QElapsedTimer timer;
            timer.start();
            pane->searchEdit()->setText(query.text);
            pane->applySearchNow();
            sync.ms.push_back(msSince(timer));
            processUntilIdle();
            total.ms.push_back(msSince(timer));
            if (!proxy->lastError().isEmpty() || proxy->searchText() != query.text) {
                return fail(QStringLiteral("search for “%1” failed: %2").arg(query.text, proxy->lastError()));
            }
            matches = proxy->rowCount();
        }
        // The store alone: the unranked query behind the search box, and ranked search() for comparison.
        Measurement ids {QStringLiteral("  StoryStore::matchingIds() alone"), {}, 0};
        Measurement ranked {QStringLiteral("  ranked StoryStore::search() alone"), {}, 0};
        StoryStore& store = window.library()->stories();
        for (int i = 0; i < repeat; ++i) {
            QElapsedTimer timer;
            timer.start();
            auto matching = store.matchingIds(query.text);
            ids.ms.push_back(msSince(timer));
            timer.start();
            auto hits = store.search(query.text);
            ranked.ms.push_back(msSince(timer));
            if (!matching || !hits) {
                return fail(QStringLiteral("store search for “%1” failed").arg(query.text));
            }
            if (matching->size() != hits->size() || matching->size() != matches) {
                return fail(QStringLiteral("“%1”: %2 matching ids, %3 ranked hits, %4 rows in the list")
                                .arg(query.text)
                                .arg(matching->size())
                                .arg(hits->size())
                                .arg(matches));
            }
        }
        sync.name += QStringLiteral(" [%1 hits]").arg(matches);
        rows.push_back(sync);
        rows.push_back(total);
        rows.push_back(ids);
        rows.push_back(ranked);
    }
    {
        Measurement clear {QStringLiteral("clear search (all stories back)"), {}, 30};
        for (int i = 0; i < repeat; ++i) {
            pane->searchEdit()->setText(QStringLiteral("database"));
            pane->applySearchNow();
            processUntilIdle();
            QElapsedTimer timer;
            timer.start();
            pane->searchEdit()->setText(QString());
            pane->applySearchNow();
            clear.ms.push_back(msSince(timer));
            processUntilIdle();
            if (proxy->rowCount() != count) {
                return fail(
                    QStringLiteral("clearing the search left %1 of %2 stories").arg(proxy->rowCount()).arg(count));
            }
        }
        rows.push_back(clear);
    }

    // ---- 3. Opening a story in the editor ------------------------------------------------------
    {
        clearSearch();
        Measurement select {QStringLiteral("open story in editor"), {}, 50};
        Measurement selectSync {QStringLiteral("  selectStory() alone"), {}, 0};
        QRandomGenerator rng(seed);
        QSet<qint64> used;
        if (StoryDocument* current = window.storyEditor()->document()) {
            used.insert(current->id());
        }
        const int samples = std::min(repeat * 3, count - static_cast<int>(used.size()));
        for (int i = 0; i < samples; ++i) {
            qint64 id = 0;
            do {
                id = model->idAt(rng.bounded(model->rowCount()));
            } while (used.contains(id));
            used.insert(id);
            QElapsedTimer timer;
            timer.start();
            if (!pane->selectStory(id)) {
                return fail(QStringLiteral("selectStory(%1) failed").arg(id));
            }
            selectSync.ms.push_back(msSince(timer));
            processUntilIdle();
            select.ms.push_back(msSince(timer));
            StoryDocument* document = window.storyEditor()->document();
            if (!document || document->id() != id) {
                return fail(QStringLiteral("the editor does not show story %1").arg(id));
            }
        }
        if (!select.ms.empty()) {
            rows.push_back(select);
            rows.push_back(selectSync);
        }
    }

    printTable(rows);
    std::printf("Targets apply to the median; indented rows are parts or follow-ups, for information.\n");
    return 0;
}
