#include "domain/SampleStory.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QTime>

namespace SampleStory {

namespace {
// All times of the sample incident fall on Friday 15 March 2024, in UTC.
QDateTime incidentTime(int hour, int minute)
{
    return QDateTime(QDate(2024, 3, 15), QTime(hour, minute), Qt::UTC);
}
} // namespace

Story create()
{
    Story story;
    story.kind = StoryKind::Postmortem;
    story.status = StoryStatus::Published;
    story.severity = 2;
    story.title =
        QCoreApplication::translate("SampleStory", "The day our downloads played music", "sample story title");
    story.startedAt = incidentTime(14, 5);
    story.detectedAt = incidentTime(14, 31);
    story.resolvedAt = incidentTime(14, 48);
    story.authors = {
        QCoreApplication::translate("SampleStory", "Release team", "sample story author (a team, not a person)"),
        QCoreApplication::translate("SampleStory", "Site reliability", "sample story author (a team, not a person)"),
    };
    story.tags = {
        QCoreApplication::translate("SampleStory", "release", "sample story tag; lowercase, no spaces"),
        QCoreApplication::translate("SampleStory", "downloads", "sample story tag; lowercase, no spaces"),
        QCoreApplication::translate("SampleStory", "test-vs-production", "sample story tag; lowercase, no spaces"),
    };

    story.setSection(
        Section::Summary,
        QCoreApplication::translate(
            "SampleStory",
            "On Friday 15 March 2024, for about 40 minutes, the installers on our public download page were "
            "replaced by the installer of a third-party music player. A developer on the release team was testing "
            "the upload step of our release script, using the music-player installer as a stand-in test file. The "
            "script's default target was the production downloads bucket, so the test upload overwrote the real "
            "installers, and customers who downloaded our product during that window received a music player "
            "instead.\n\n"
            "Support spotted the problem from customer emails, the developer recognised the file and raised the "
            "alarm straight away, and we restored the real installers from the build server 17 minutes after "
            "detection. This story is about how our release tooling made this mix-up easy, and what we are "
            "changing so that test and production stay clearly separated.",
            "sample story, Summary section; Markdown"));

    story.setSection(
        Section::Impact,
        QCoreApplication::translate(
            "SampleStory",
            "- **Duration:** about 43 minutes (14:05 to 14:48 UTC) during which the download page served the "
            "wrong file.\n"
            "- **Customers:** roughly 120 downloads of the music-player installer instead of our product, "
            "estimated from the CDN logs.\n"
            "- **Support:** 9 customer emails, each answered personally with a link to the right installer.\n"
            "- **Trust:** some customers were understandably worried that our site had been compromised. We "
            "explained what happened on the status page the same afternoon.\n"
            "- **Data:** no customer data was exposed, and the file that was served was a legitimate, signed "
            "application.\n"
            "- **Release:** we postponed the next release to the following Monday, to give the team room to "
            "review the release tooling calmly.",
            "sample story, Impact section; Markdown"));

    story.setSection(
        Section::Trigger,
        QCoreApplication::translate(
            "SampleStory",
            "We were preparing to automate the upload step of our release script. A developer on the release "
            "team was testing the new step from their workstation. To keep the test fast, they used an installer "
            "they had at hand, a freely available music player, as the test file, and gave it the same file names "
            "as our real installers so that the script's checks would pass.\n\n"
            "The script's `--target` option defaults to the production downloads bucket, and the workstation held "
            "the release credentials, which can write to every bucket. When the test ran at 14:05 UTC without an "
            "explicit target, the upload went to `s3://downloads-prod/` and replaced the installers behind our "
            "public download page. Nothing in the output mentioned production: it reported a successful upload, "
            "exactly as a test run would.",
            "sample story, Trigger section; Markdown. Keep `--target` and the bucket name as they are."));

    story.setSection(
        Section::Detection,
        QCoreApplication::translate(
            "SampleStory",
            "At 14:24 UTC the first customer email arrived, asking why our installer had opened a music player. "
            "Two similar emails followed within minutes. At 14:31 the support team confirmed the behaviour by "
            "downloading the file themselves and posted the report in the release team channel.\n\n"
            "The developer recognised the music player as their test file and immediately wrote in the channel "
            "that their upload test had probably gone to production. That message turned a puzzling report into "
            "a clear diagnosis in about two minutes.\n\n"
            "We had no automated check on the files behind the download page, so detection depended on "
            "customers taking the time to write to us. It took 26 minutes from the upload to detection.",
            "sample story, Detection section; Markdown"));

    story.setSection(
        Section::Resolution,
        QCoreApplication::translate(
            "SampleStory",
            "Once we knew what had happened, the fix took minutes. The build server keeps the artifacts of every "
            "release, so we uploaded the real installers again from there:\n\n"
            "```bash\n"
            "# On the build server: restore the installers of the current release\n"
            "aws s3 cp artifacts/release-5.2.1/ s3://downloads-prod/ --recursive\n"
            "```\n\n"
            "Then we:\n\n"
            "- compared the checksums of the uploaded files with the release manifest;\n"
            "- purged the CDN cache for the download paths, so that no edge server kept serving the music "
            "player;\n"
            "- posted a notice on the status page explaining that downloads between 14:05 and 14:48 UTC had "
            "served the wrong file, with a link to the right one.\n\n"
            "Downloads were correct again at 14:48 UTC. Support then replied to every customer who had written "
            "in.",
            "sample story, Resolution section; Markdown. Only the comment line inside the ```bash block may be "
            "translated; keep the command as it is."));

    story.setSection(
        Section::RootCauses,
        QCoreApplication::translate(
            "SampleStory",
            "We used the 5 Whys to look past the moment of the upload and into the system around it.\n\n"
            "1. **Why did customers download a music player?** Because a test of the release script's upload "
            "step replaced the installers in the production downloads bucket with a test file.\n"
            "2. **Why did a test upload reach production?** Because the upload script pointed at the production "
            "bucket.\n"
            "3. **Why did it point at production?** Because the script's default target was production, and "
            "tests used the same credentials as real releases, so nothing stopped or questioned the upload.\n"
            "4. **Why did tests share a default and credentials with releases?** Because we have no separate test "
            "environment for releases: no test bucket, no test CDN path, no test credentials.\n"
            "5. **Why is there no test environment?** Because our release tooling grew ad hoc, one script at a "
            "time, and a safe way to test it was never part of its design.\n\n"
            "The root cause lies in our system: the tooling made the production path the easiest one to take, "
            "even during a test.",
            "sample story, Root causes section; Markdown numbered list (5 Whys)"));

    story.setSection(
        Section::WentWell,
        QCoreApplication::translate(
            "SampleStory",
            "- The developer raised the alarm in the team channel the moment they recognised the file. Saying "
            "\"I think this was my test\" in front of the whole team takes courage, and it saved us a long "
            "investigation. We thanked them for it on the day, and we thank them again here.\n"
            "- Rollback took minutes: the build server keeps every release's artifacts, so known-good installers "
            "were ready to upload.\n"
            "- Support escalated quickly and confirmed the problem themselves before asking for help.\n"
            "- The status page notice went out right after the fix, and several customers told us they "
            "appreciated the openness.\n"
            "- The conversation stayed calm and curious: we focused on what happened and why, not on who.",
            "sample story, What went well section; Markdown"));

    story.setSection(
        Section::WentWrong,
        QCoreApplication::translate(
            "SampleStory",
            "- The upload script defaulted to production, and its output looked the same for a test run and a "
            "real release.\n"
            "- The same credentials could write to every bucket, so there was no barrier between testing and "
            "releasing.\n"
            "- Nothing monitored the files behind the download page (for example by comparing checksums with the "
            "release manifest), so customers found the problem before we did.\n"
            "- The CDN kept serving the cached music player after the bucket was fixed. Purging it was not in any "
            "runbook, so we looked up the steps during the incident.\n"
            "- Using a real third-party installer as test data made the incident more confusing for customers "
            "than a clearly labelled dummy file would have.",
            "sample story, What went wrong section; Markdown"));

    story.setSection(
        Section::GotLucky,
        QCoreApplication::translate(
            "SampleStory",
            "- The test file was a legitimate, signed, harmless music-player installer, not malware. Had it been "
            "an unsigned or malicious file, this would have been a security incident for every customer who ran "
            "it.\n"
            "- It happened on a quiet Friday afternoon, when download traffic is among the lowest of the week and "
            "the team was still around to respond.\n"
            "- The developer was online and reading the channel when support posted, so the link between the "
            "report and the test was made almost at once.\n"
            "- No release announcement went out that day, so no newsletter sent customers to the download page "
            "while it served the wrong file.",
            "sample story, Where we got lucky section; Markdown"));

    story.setSection(
        Section::SupportingInfo,
        QCoreApplication::translate(
            "SampleStory",
            "**The lesson:** keep production and test clearly separated, so that the easy path during a test can "
            "never reach customers.\n\n"
            "Follow-up actions:\n\n"
            "- Create a separate test bucket and make it the upload script's default target.\n"
            "- Issue separate credentials for testing and for releasing; release credentials live only on the "
            "build server.\n"
            "- Before any production upload, show the target bucket and ask the operator to type `PRODUCTION` to "
            "confirm.\n"
            "- Compare the files behind the download page with the release manifest every 5 minutes and alert on "
            "a mismatch.\n"
            "- Add the CDN purge to the rollback runbook, and provide labelled dummy files for upload tests.\n\n"
            "**Timeline (UTC):** 14:05 test upload replaces the installers; 14:24 first customer email; 14:31 "
            "support confirms and posts in the team channel; 14:33 cause identified; 14:48 real installers "
            "restored and CDN cache purged.",
            "sample story, Supporting information section; Markdown. Keep `PRODUCTION` in English: it is what "
            "the script asks to type."));

    return story;
}

} // namespace SampleStory
