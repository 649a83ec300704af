package se.sodertalje.euportal.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.sodertalje.euportal.application.attachment.AttachmentView;
import se.sodertalje.euportal.application.attachment.FileType;
import se.sodertalje.euportal.application.attachment.Uploads;
import se.sodertalje.euportal.audit.Actor;
import se.sodertalje.euportal.audit.FileLog;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.project.Project;
import se.sodertalje.euportal.scan.Upload;
import se.sodertalje.euportal.scan.UploadKind;
import se.sodertalje.euportal.scan.UploadScanner;
import se.sodertalje.euportal.security.CurrentUser;

/** The evidence of an expenditure line: checked like an application's attachments, changed with the report's lines. */
@ApplicationScoped
public class EvidenceService {

    @ConfigProperty(name = "euportal.attachments.max-bytes")
    long maxBytes;

    @ConfigProperty(name = "euportal.attachments.max-files-per-line")
    long maxFiles;

    @Inject
    UploadScanner scanner;

    @Inject
    ExpenditureService expenditures;

    @Inject
    CurrentUser user;

    @Inject
    FileLog fileLog;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public List<AttachmentView> list(UUID reportId, UUID expenditureId) {
        Expenditure line = expenditures.reachable(reportId, expenditureId);
        return ExpenditureEvidence.<ExpenditureEvidence>list("expenditureId = ?1 order by uploadedAt, id", line.id).stream()
                .map(AttachmentView::of).toList();
    }

    @Transactional
    public AttachmentView upload(UUID reportId, UUID expenditureId, String requestedName, byte[] content) {
        ProjectReport report = expenditures.financialDraft(reportId);
        Expenditure line = expenditures.reachable(reportId, expenditureId);
        Uploads.requireRoom(ExpenditureEvidence.count("expenditureId", line.id), maxFiles, "expenditure line");
        FileType type = Uploads.check(content, maxBytes);
        scanner.requireClean(new Upload(UploadKind.EVIDENCE, line.id, Project.<Project>findById(report.projectId).applicationId,
                requestedName, content));
        ExpenditureEvidence evidence = new ExpenditureEvidence();
        evidence.expenditureId = line.id;
        evidence.store(requestedName, type, content, user.subject(), user.displayName(), clock.instant());
        evidence.persist();
        em.flush();
        return AttachmentView.of(evidence);
    }

    public ExpenditureEvidence download(UUID reportId, UUID expenditureId, UUID evidenceId) {
        return find(expenditures.reachable(reportId, expenditureId), evidenceId);
    }

    @Transactional
    public void delete(UUID reportId, UUID expenditureId, UUID evidenceId) {
        expenditures.financialDraft(reportId);
        ExpenditureEvidence evidence = find(expenditures.reachable(reportId, expenditureId), evidenceId);
        fileLog.removing(new Actor(user.subject(), user.displayName()), FileLog.Removal.DELETED);
        evidence.delete();
    }

    private static ExpenditureEvidence find(Expenditure line, UUID evidenceId) {
        ExpenditureEvidence evidence = ExpenditureEvidence.findById(evidenceId);
        if (evidence == null || !evidence.expenditureId.equals(line.id)) {
            throw ApiProblem.notFound("Evidence " + evidenceId);
        }
        return evidence;
    }
}
