package se.sodertalje.euportal.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import se.sodertalje.euportal.audit.Actor;
import se.sodertalje.euportal.audit.FileLog;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.common.web.ETags;
import se.sodertalje.euportal.organisation.Unit;
import se.sodertalje.euportal.programme.FundingCall;
import se.sodertalje.euportal.programme.Programme;
import se.sodertalje.euportal.programme.RuleSet;
import se.sodertalje.euportal.programme.RuleSetRules;
import se.sodertalje.euportal.security.CurrentUser;
import se.sodertalje.euportal.ops.PortalMetrics;

/**
 * Closing a project and keeping its records: the steps of {@link ProjectWorkflow}, the retention
 * date set from the programme's rule once the last payment is recorded, state aid, and the removal
 * of its documents, refused before the retention date.
 */
@ApplicationScoped
public class ProjectLifecycle {

    @Inject
    ProjectService projects;

    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    @Inject
    FileLog fileLog;

    @Inject
    Clock clock;

    @Inject
    PortalMetrics metrics;

    @Transactional
    public ProjectView transition(UUID id, String ifMatch, ProjectTransitionRequest request) {
        Project project = projects.reachable(id);
        ETags.requireMatch(ifMatch, project.version);
        ProjectWorkflow.require(project.status, request.action(), user.roles());
        if (request.action() == ProjectAction.CLOSE) {
            if (project.lastPaymentOn == null) {
                throw ApiProblem.conflict(ProblemCode.PROJECT_002, "Record the funder's last payment on its claim before closing: "
                        + "the retention date counts from it");
            }
            project.closedOn = LocalDate.now(clock);
            project.retentionUntil = keptUntil(project);
        }
        project.status = ProjectWorkflow.target(request.action());
        metrics.workflowStep("project", request.action());
        em.flush();
        return projects.view(project, Unit.findById(project.unitId));
    }

    @Transactional
    public ProjectView stateAid(UUID id, String ifMatch, StateAidRequest request) {
        Project project = projects.writable(id);
        ETags.requireMatch(ifMatch, project.version);
        project.stateAid = request.stateAid();
        if (project.retentionUntil != null) {
            project.retentionUntil = keptUntil(project);
        }
        em.flush();
        return projects.view(project, Unit.findById(project.unitId));
    }

    /** After a payment is recorded on one of its claims: the last payment, and a closed project's retention date. */
    public void paymentRecorded(Project project) {
        project.lastPaymentOn = em.createQuery("select max(r.paidOn) from ProjectReport r where r.projectId = :p",
                LocalDate.class).setParameter("p", project.id).getSingleResult();
        if (project.retentionUntil != null && project.lastPaymentOn != null) {
            project.retentionUntil = keptUntil(project);
        }
    }

    /**
     * Removes the project's documents (the application's attachments and the claims' evidence) once
     * its retention date has passed; before it, 409 PROJECT-005 says until when they are kept.
     *
     * @return how many files were removed
     */
    @Transactional
    public int deleteDocuments(UUID id) {
        Project project = projects.reachable(id);
        LocalDate today = LocalDate.now(clock);
        if (project.status != ProjectStatus.ARCHIVED) {
            throw ApiProblem.conflict(ProblemCode.PROJECT_006, "Only an archived project's documents can be deleted; archive it first");
        }
        if (!RetentionRules.mayDelete(project.retentionUntil, today)) {
            throw ApiProblem.conflict(ProblemCode.PROJECT_005, project.retentionUntil == null
                    ? "The project has no retention date yet: it is set when the project closes after its last payment"
                    : "The project's documents are kept until " + project.retentionUntil + "; they cannot be deleted before");
        }
        // The file log keeps each file's name, size and SHA-256 with who purged it (migration V77).
        fileLog.removing(new Actor(user.subject(), user.displayName()), FileLog.Removal.PURGED);
        int evidence = em.createNativeQuery("delete from expenditure_evidence where expenditure_id in (select e.id from "
                + "expenditure e join project_report r on r.id = e.report_id where r.project_id = :p)")
                .setParameter("p", project.id).executeUpdate();
        int attachments = em.createNativeQuery("delete from application_attachment where application_id = :a")
                .setParameter("a", project.applicationId).executeUpdate();
        return evidence + attachments;
    }

    private LocalDate keptUntil(Project project) {
        RuleSet rules = rules(project);
        return RetentionRules.keptUntil(project.lastPaymentOn,
                RetentionRules.years(project.stateAid, rules.retentionYears(), rules.stateAidRetentionYears()));
    }

    private static RuleSet rules(Project project) {
        FundingCall call = FundingCall.findById(project.callId);
        Programme programme = Programme.findById(call.programmeId);
        return RuleSetRules.effective(call.rules, programme.rules);
    }
}
