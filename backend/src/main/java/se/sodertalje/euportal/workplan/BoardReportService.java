package se.sodertalje.euportal.workplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import se.sodertalje.euportal.common.Hashes;
import se.sodertalje.euportal.export.ExportKind;
import se.sodertalje.euportal.export.ExportLanguage;
import se.sodertalje.euportal.export.ExportLog;
import se.sodertalje.euportal.notification.UserLanguages;
import se.sodertalje.euportal.security.CurrentUser;

/** The board report of a follow-up as PDF or DOCX; every download is recorded in the export log. */
@ApplicationScoped
public class BoardReportService {

    @Inject
    UserLanguages languages;

    @Inject
    WorkPlanService plans;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    /** A report handed out: its bytes, download name and SHA-256. */
    public record ReportFile(byte[] bytes, String name, String sha256) {
    }

    @Transactional
    public ReportFile write(int year, Tertial tertial, ExportKind kind, ExportLanguage lang) {
        WorkPlan plan = plans.plan(year);
        FollowUp followUp = plans.followUpEntity(year, tertial);
        BoardReport report = new BoardReport(plan, followUp, lang);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (kind == ExportKind.DOCX) {
                report.docx(out);
            } else {
                report.pdf(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = out.toByteArray();
        String extension = kind == ExportKind.DOCX ? "docx" : "pdf";
        ExportLog log = new ExportLog();
        log.kind = kind;
        log.language = lang.name().toLowerCase();
        log.resource = "/api/v1/work-plans/" + year + "/follow-ups/" + tertial + "/board-report." + extension;
        log.sha256 = Hashes.sha256(bytes);
        log.sizeBytes = bytes.length;
        log.actorSubject = user.subject();
        log.actorName = user.displayName();
        log.at = clock.instant();
        log.persist();
        return new ReportFile(bytes, "arbetsplan-" + year + "-" + tertial.name().toLowerCase() + "-"
                + lang.name().toLowerCase() + "." + extension, log.sha256);
    }

    /** ?lang wins; then an Accept-Language preferring Swedish or English; otherwise the user's own language. */
    ExportLanguage language(String lang, String acceptLanguage) {
        return ExportLanguage.choose(lang, acceptLanguage, languages.of(user.subject()));
    }
}
