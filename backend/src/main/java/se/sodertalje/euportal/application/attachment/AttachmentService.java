package se.sodertalje.euportal.application.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.application.ApplicationWorkflow;
import se.sodertalje.euportal.application.access.ApplicationAccess;
import se.sodertalje.euportal.audit.Actor;
import se.sodertalje.euportal.audit.FileLog;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.scan.Upload;
import se.sodertalje.euportal.scan.UploadKind;
import se.sodertalje.euportal.scan.UploadScanner;
import se.sodertalje.euportal.security.CurrentUser;

/** Attachments of an application: size and type checked by content, removable while a draft. */
@ApplicationScoped
public class AttachmentService {

    @ConfigProperty(name = "euportal.attachments.max-bytes")
    long maxBytes;

    @ConfigProperty(name = "euportal.attachments.max-files-per-application")
    long maxFiles;

    @Inject
    UploadScanner scanner;

    @Inject
    ApplicationAccess applications;

    @Inject
    CurrentUser user;

    @Inject
    FileLog fileLog;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public List<AttachmentView> list(UUID applicationId) {
        applications.reachable(applicationId);
        return Attachment.<Attachment>list("applicationId = ?1 order by uploadedAt, id", applicationId).stream()
                .map(AttachmentView::of).toList();
    }

    @Transactional
    public AttachmentView upload(UUID applicationId, String requestedName, byte[] content) {
        Application application = applications.reachable(applicationId);
        // The draft check and the quota come before the content is looked at (that costs the most).
        if (!ApplicationWorkflow.isEditable(application.status)) {
            throw ApiProblem.conflict(ProblemCode.ATTACHMENT_003, "Annexes can be added only while the application is a draft");
        }
        Uploads.requireRoom(Attachment.count("applicationId", applicationId), maxFiles, "application");
        FileType type = Uploads.check(content, maxBytes);
        scanner.requireClean(new Upload(UploadKind.ATTACHMENT, applicationId, applicationId, requestedName, content));
        Attachment attachment = new Attachment();
        attachment.applicationId = applicationId;
        attachment.store(requestedName, type, content, user.subject(), user.displayName(), clock.instant());
        attachment.persist();
        em.flush();
        return AttachmentView.of(attachment);
    }

    public Attachment download(UUID applicationId, UUID attachmentId) {
        applications.reachable(applicationId);
        return find(applicationId, attachmentId);
    }

    @Transactional
    public void delete(UUID applicationId, UUID attachmentId) {
        Application application = applications.reachable(applicationId);
        Attachment attachment = find(applicationId, attachmentId);
        if (!ApplicationWorkflow.isEditable(application.status)) {
            throw ApiProblem.conflict(ProblemCode.ATTACHMENT_003, "Annexes can be removed only while the application is a draft");
        }
        fileLog.removing(new Actor(user.subject(), user.displayName()), FileLog.Removal.DELETED);
        attachment.delete();
    }

    private static Attachment find(UUID applicationId, UUID attachmentId) {
        Attachment attachment = Attachment.findById(attachmentId);
        if (attachment == null || !attachment.applicationId.equals(applicationId)) {
            throw ApiProblem.notFound("Attachment " + attachmentId);
        }
        return attachment;
    }
}
