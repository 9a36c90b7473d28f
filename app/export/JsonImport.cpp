#include "export/JsonImport.h"

#include "document/Library.h"
#include "domain/StoryRules.h"
#include "domain/TimelineRules.h"
#include "export/JsonExport.h"
#include "storage/LibraryTransferStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace JsonImport {

namespace {

// Reads one JSON object with error messages that name the place ("stories[2].causes[0].type").
class Reader
{
public:
    Reader(const QJsonObject& object, QString path)
        : m_object(object)
        , m_path(std::move(path))
    {
    }

    bool ok() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    QString path(const QString& key) const { return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key; }

    QJsonValue value(const char* key, bool required)
    {
        const QString name = QLatin1String(key);
        if (!m_object.contains(name)) {
            if (required) {
                //: %1 names a field of the JSON document, e.g. stories[2].title
                fail(QCoreApplication::translate("JsonImport", "“%1” is missing.").arg(path(name)));
            }
            return QJsonValue(QJsonValue::Undefined);
        }
        return m_object.value(name);
    }

    QString string(const char* key, bool required = true)
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined()) {
            return {};
        }
        if (!v.isString()) {
            typeError(key, QCoreApplication::translate("JsonImport", "text"));
            return {};
        }
        return v.toString();
    }

    qint64 integer(const char* key, bool required = true, qint64 fallback = 0)
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined()) {
            return fallback;
        }
        const double d = v.toDouble(0.5);
        if (!v.isDouble() || d != std::floor(d) || std::abs(d) > 9007199254740991.0) {
            typeError(key, QCoreApplication::translate("JsonImport", "a whole number"));
            return fallback;
        }
        return qint64(d);
    }

    bool boolean(const char* key, bool required = true)
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined()) {
            return false;
        }
        if (!v.isBool()) {
            typeError(key, QCoreApplication::translate("JsonImport", "true or false"));
            return false;
        }
        return v.toBool();
    }

    // A time in ISO 8601 (UTC); null or missing: invalid.
    QDateTime time(const char* key, bool required = false)
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined() || v.isNull()) {
            return {};
        }
        const QDateTime t = v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs) : QDateTime();
        if (!t.isValid()) {
            typeError(key, QCoreApplication::translate("JsonImport", "a date and time (ISO 8601) or null"));
            return {};
        }
        return t.toUTC();
    }

    // An id; null or missing: 0.
    qint64 optionalId(const char* key)
    {
        const QJsonValue v = value(key, false);
        if (v.isUndefined() || v.isNull()) {
            return 0;
        }
        const qint64 id = integer(key);
        if (ok() && id <= 0) {
            typeError(key, QCoreApplication::translate("JsonImport", "a positive id or null"));
        }
        return id;
    }

    QStringList strings(const char* key, bool required = true)
    {
        const QJsonArray array = this->array(key, required);
        QStringList list;
        for (int i = 0; i < array.size(); ++i) {
            if (!array[i].isString()) {
                fail(QCoreApplication::translate("JsonImport", "“%1[%2]” must be text.")
                         .arg(path(QLatin1String(key)))
                         .arg(i));
                return {};
            }
            list << array[i].toString();
        }
        return list;
    }

    QList<qint64> ids(const char* key)
    {
        const QJsonArray array = this->array(key, false);
        QList<qint64> list;
        for (int i = 0; i < array.size(); ++i) {
            const double d = array[i].toDouble(-1);
            if (!array[i].isDouble() || d <= 0 || d != std::floor(d)) {
                fail(QCoreApplication::translate("JsonImport", "“%1[%2]” must be a positive id.")
                         .arg(path(QLatin1String(key)))
                         .arg(i));
                return {};
            }
            list << qint64(d);
        }
        return list;
    }

    QJsonArray array(const char* key, bool required = true)
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined()) {
            return {};
        }
        if (!v.isArray()) {
            typeError(key, QCoreApplication::translate("JsonImport", "a list"));
            return {};
        }
        return v.toArray();
    }

    QJsonObject object(const char* key, bool required = true)
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined()) {
            return {};
        }
        if (!v.isObject()) {
            typeError(key, QCoreApplication::translate("JsonImport", "an object"));
            return {};
        }
        return v.toObject();
    }

    template <typename T>
    T key(const char* name, std::optional<T> (*fromKey)(const QString&), T fallback, bool required = true)
    {
        const QJsonValue v = value(name, required);
        if (v.isUndefined()) {
            return fallback;
        }
        const std::optional<T> parsed = v.isString() ? fromKey(v.toString()) : std::nullopt;
        if (!parsed) {
            //: %1 names a field, %2 the value found in the file
            fail(QCoreApplication::translate("JsonImport", "“%1” has an unknown value: %2.")
                     .arg(path(QLatin1String(name)),
                          QString::fromUtf8(QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact))
                              .mid(1)
                              .chopped(1)));
            return fallback;
        }
        return *parsed;
    }

    void fail(const QString& message)
    {
        if (m_error.isEmpty()) {
            m_error = message;
        }
    }

private:
    void typeError(const char* key, const QString& expected)
    {
        //: %1 names a field of the JSON document, %2 what it must be (e.g. "text")
        fail(QCoreApplication::translate("JsonImport", "“%1” must be %2.").arg(path(QLatin1String(key)), expected));
    }

    QJsonObject m_object;
    QString m_path;
    QString m_error;
};

QList<QJsonObject> objects(Reader& reader, const char* key, bool required)
{
    const QJsonArray array = reader.array(key, required);
    QList<QJsonObject> list;
    for (int i = 0; i < array.size() && reader.ok(); ++i) {
        if (!array[i].isObject()) {
            reader.fail(QCoreApplication::translate("JsonImport", "“%1[%2]” must be an object.")
                            .arg(reader.path(QLatin1String(key)))
                            .arg(i));
            break;
        }
        list << array[i].toObject();
    }
    return list;
}

QString itemPath(const QString& parent, const char* key, qsizetype index)
{
    return QStringLiteral("%1%2[%3]")
        .arg(parent.isEmpty() ? QString() : parent + QLatin1Char('.'), QLatin1String(key))
        .arg(index);
}

std::optional<LessonKind> lessonKind(const QString& key)
{
    return LessonRules::kindFromKey(key);
}
std::optional<ActionStatus> actionStatus(const QString& key)
{
    return ActionRules::statusFromKey(key);
}
std::optional<ActionType> actionType(const QString& key)
{
    return ActionRules::typeFromKey(key);
}

Status readStory(const QJsonObject& object,
                 const QString& path,
                 const QSet<qint64>& categoryIds,
                 LibraryTransfer::StoryData& data)
{
    Reader r(object, path);
    Story& story = data.story;
    r.integer("id", false);
    story.title = r.string("title");
    story.kind = r.key<StoryKind>("kind", &StoryRules::kindFromKey, StoryKind::Postmortem);
    story.status = r.key<StoryStatus>("status", &StoryRules::statusFromKey, StoryStatus::Draft);
    story.severity = int(r.integer("severity", false));
    if (r.ok() && (story.severity < 0 || story.severity > StoryRules::MaxSeverity)) {
        r.fail(QCoreApplication::translate("JsonImport", "“%1” must be between 0 and %2.")
                   .arg(r.path(QStringLiteral("severity")))
                   .arg(StoryRules::MaxSeverity));
    }
    story.startedAt = r.time("startedAt");
    story.detectedAt = r.time("detectedAt");
    story.resolvedAt = r.time("resolvedAt");
    story.createdAt = r.time("createdAt");
    story.modifiedAt = r.time("modifiedAt");
    story.authors = r.strings("authors", false);
    story.tags = r.strings("tags", false);
    const QJsonObject sections = r.object("sections", false);
    Reader sectionReader(sections, r.path(QStringLiteral("sections")));
    for (Section section : StoryRules::allSections()) {
        const QByteArray key = StoryRules::sectionKey(section).toLatin1();
        story.setSection(section, sectionReader.string(key.constData(), false));
    }
    if (!sectionReader.ok()) {
        r.fail(sectionReader.error());
    }

    const auto people = objects(r, "people", false);
    for (qsizetype i = 0; i < people.size() && r.ok(); ++i) {
        Reader p(people[i], itemPath(path, "people", i));
        data.people << Person {p.string("name"), p.string("role", false)};
        r.fail(p.error());
    }

    const auto timeline = objects(r, "timeline", false);
    for (qsizetype i = 0; i < timeline.size() && r.ok(); ++i) {
        Reader e(timeline[i], itemPath(path, "timeline", i));
        TimelineEvent event;
        event.dateOnly = e.boolean("dateOnly", false);
        if (event.dateOnly) {
            const QString text = e.string("occurredAt");
            const QDate date = QDate::fromString(text, Qt::ISODate);
            if (e.ok() && !date.isValid()) {
                e.fail(QCoreApplication::translate("JsonImport", "“%1” must be a date (YYYY-MM-DD).")
                           .arg(e.path(QStringLiteral("occurredAt"))));
            }
            event.occurredAt = QDateTime(date, QTime(0, 0), Qt::UTC);
        } else {
            event.occurredAt = e.time("occurredAt", true);
            if (e.ok() && !event.occurredAt.isValid()) {
                e.fail(QCoreApplication::translate("JsonImport", "“%1” is missing.")
                           .arg(e.path(QStringLiteral("occurredAt"))));
            }
        }
        event.kind = e.key<TimelineKind>("kind", &TimelineRules::kindFromKey, TimelineKind::KeyMoment, false);
        event.description = e.string("description", false);
        event.actor = e.string("actor", false);
        data.timeline << event;
        r.fail(e.error());
    }

    const auto causes = objects(r, "causes", false);
    QSet<qint64> causeIds;
    for (qsizetype i = 0; i < causes.size() && r.ok(); ++i) {
        Reader c(causes[i], itemPath(path, "causes", i));
        CauseNode node;
        node.id = c.integer("id");
        node.parentId = c.optionalId("parent");
        node.statement = c.string("statement", false);
        node.type = c.key<CauseType>("type", &CauseNode::typeFromKey, CauseType::Cause, false);
        node.categoryId = c.optionalId("category");
        node.evidence = c.string("evidence", false);
        if (c.ok() && (node.id <= 0 || causeIds.contains(node.id))) {
            c.fail(QCoreApplication::translate("JsonImport", "“%1” must be a positive id used once in its story.")
                       .arg(c.path(QStringLiteral("id"))));
        }
        if (c.ok() && node.parentId != 0 && !causeIds.contains(node.parentId)) {
            c.fail(QCoreApplication::translate("JsonImport", "“%1” names no cause listed before it.")
                       .arg(c.path(QStringLiteral("parent"))));
        }
        if (c.ok() && node.categoryId != 0 && !categoryIds.contains(node.categoryId)) {
            c.fail(QCoreApplication::translate("JsonImport", "“%1” names no category of the document.")
                       .arg(c.path(QStringLiteral("category"))));
        }
        causeIds.insert(node.id);
        data.causes << node;
        r.fail(c.error());
    }
    auto checkLinks = [&](Reader& reader, const QList<qint64>& links) {
        for (qint64 id : links) {
            if (!causeIds.contains(id)) {
                reader.fail(QCoreApplication::translate("JsonImport", "“%1” names cause %2, which the story lacks.")
                                .arg(reader.path(QStringLiteral("causes")))
                                .arg(id));
            }
        }
    };

    const auto lessons = objects(r, "lessons", false);
    for (qsizetype i = 0; i < lessons.size() && r.ok(); ++i) {
        Reader l(lessons[i], itemPath(path, "lessons", i));
        Lesson lesson;
        lesson.kind = l.key<LessonKind>("kind", &lessonKind, LessonKind::Lesson, false);
        lesson.text = l.string("text");
        lesson.causeIds = l.ids("causes");
        checkLinks(l, lesson.causeIds);
        data.lessons << lesson;
        r.fail(l.error());
    }

    const auto actions = objects(r, "actions", false);
    for (qsizetype i = 0; i < actions.size() && r.ok(); ++i) {
        Reader a(actions[i], itemPath(path, "actions", i));
        ActionItem item;
        item.title = a.string("title");
        item.owner = a.string("owner", false);
        const QJsonValue due = a.value("dueDate", false);
        if (!due.isUndefined() && !due.isNull()) {
            item.dueDate = due.isString() ? QDate::fromString(due.toString(), Qt::ISODate) : QDate();
            if (!item.dueDate.isValid()) {
                a.fail(QCoreApplication::translate("JsonImport", "“%1” must be a date (YYYY-MM-DD) or null.")
                           .arg(a.path(QStringLiteral("dueDate"))));
            }
        }
        item.priority = int(a.integer("priority", false, int(ActionPriority::Medium)));
        if (a.ok() && (item.priority < 1 || item.priority > 3)) {
            a.fail(QCoreApplication::translate("JsonImport", "“%1” must be 1, 2 or 3.")
                       .arg(a.path(QStringLiteral("priority"))));
        }
        item.status = a.key<ActionStatus>("status", &actionStatus, ActionStatus::Open, false);
        item.type = a.key<ActionType>("type", &actionType, ActionType::Prevent, false);
        item.ticketUrl = a.string("ticketUrl", false);
        item.createdAt = a.time("createdAt");
        item.modifiedAt = a.time("modifiedAt");
        item.causeIds = a.ids("causes");
        checkLinks(a, item.causeIds);
        data.actions << item;
        r.fail(a.error());
    }

    const auto awards = objects(r, "awards", false);
    for (qsizetype i = 0; i < awards.size() && r.ok(); ++i) {
        Reader w(awards[i], itemPath(path, "awards", i));
        Award award;
        award.year = int(w.integer("year"));
        award.title = w.string("title");
        award.citation = w.string("citation", false);
        award.createdAt = w.time("createdAt");
        if (w.ok() && (award.year < 1 || award.year > 9999)) {
            w.fail(QCoreApplication::translate("JsonImport", "“%1” must be a year between 1 and 9999.")
                       .arg(w.path(QStringLiteral("year"))));
        }
        data.awards << award;
        r.fail(w.error());
    }

    const auto ignored = objects(r, "coachIgnored", false);
    for (qsizetype i = 0; i < ignored.size() && r.ok(); ++i) {
        Reader h(ignored[i], itemPath(path, "coachIgnored", i));
        data.ignoredHits << qMakePair(h.string("rule"), h.string("phrase"));
        r.fail(h.error());
    }
    return r.ok() ? Status() : Status::failure(r.error());
}

} // namespace

Result<LibraryTransfer> parse(const QByteArray& json)
{
    using R = Result<LibraryTransfer>;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        //: %1 is the parser's message, %2 the character offset in the file
        return R::failure(
            QCoreApplication::translate("JsonImport", "This is not a JSON document: %1 (at character %2).")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    }
    if (!document.isObject()) {
        return R::failure(
            QCoreApplication::translate("JsonImport", "This JSON document is no Kintsugi library export."));
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(JsonExport::FormatName)) {
        return R::failure(
            QCoreApplication::translate("JsonImport",
                                        "This JSON document is no Kintsugi library export (its “format” is not "
                                        "“kintsugi-library”)."));
    }
    Reader r(root, QString());
    const qint64 version = r.integer("version");
    if (!r.ok()) {
        return R::failure(r.error());
    }
    if (version > JsonExport::FormatVersion) {
        //: %1 is the version of the file, %2 the newest version this program reads
        return R::failure(QCoreApplication::translate("JsonImport",
                                                      "This library export has format version %1; this version of "
                                                      "Kintsugi reads up to version %2. Please update Kintsugi.")
                              .arg(version)
                              .arg(JsonExport::FormatVersion));
    }
    if (version < 1) {
        return R::failure(QCoreApplication::translate("JsonImport", "Format version %1 is unknown.").arg(version));
    }
    LibraryTransfer transfer;
    QSet<qint64> categoryIds;
    const auto categories = objects(r, "categories", false);
    for (qsizetype i = 0; i < categories.size() && r.ok(); ++i) {
        Reader c(categories[i], itemPath(QString(), "categories", i));
        CauseCategory category;
        category.id = c.integer("id");
        category.name = c.string("name");
        category.position = int(i);
        if (c.ok() && (category.id <= 0 || categoryIds.contains(category.id))) {
            c.fail(QCoreApplication::translate("JsonImport", "“%1” must be a positive id used once.")
                       .arg(c.path(QStringLiteral("id"))));
        }
        categoryIds.insert(category.id);
        transfer.categories << category;
        r.fail(c.error());
    }
    const QJsonObject coach = r.object("coachRules", false);
    if (r.ok() && coach.contains(QStringLiteral("disabled"))) {
        Reader c(coach, QStringLiteral("coachRules"));
        transfer.disabledRules = c.strings("disabled");
        r.fail(c.error());
    }
    const auto stories = objects(r, "stories", true);
    for (qsizetype i = 0; i < stories.size() && r.ok(); ++i) {
        LibraryTransfer::StoryData data;
        if (Status s = readStory(stories[i], itemPath(QString(), "stories", i), categoryIds, data); !s) {
            return R::failure(s.error());
        }
        transfer.stories << data;
    }
    if (!r.ok()) {
        return R::failure(r.error());
    }
    return transfer;
}

Result<Report> importData(Library& library, const QByteArray& json)
{
    auto transfer = parse(json);
    if (!transfer) {
        return Result<Report>::failure(transfer.error());
    }
    LibraryTransferStore store(library.database(), library.stories(), library.causes(), library.coachSettings());
    auto result = store.importAll(transfer.value());
    if (!result) {
        return Result<Report>::failure(result.error());
    }
    Report report;
    report.addedIds = result->addedIds;
    report.restored = result->restored;
    report.categoriesAdded = result->categoriesAdded;
    for (int index : result->skipped) {
        //: %1 is the title of a story in the imported file
        report.skipped << QCoreApplication::translate("JsonImport",
                                                      "“%1”: already in the library (same title and "
                                                      "creation time)")
                              .arg(transfer->stories.at(index).story.displayTitle());
    }
    return report;
}

Result<Report> importFile(Library& library, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 is a file name, %2 the reason
        return Result<Report>::failure(QCoreApplication::translate("JsonImport", "Cannot read “%1”: %2")
                                           .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return importData(library, file.readAll());
}

} // namespace JsonImport
