package se.sodertalje.euportal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.sodertalje.euportal.application.access.ApplicationAccess;
import se.sodertalje.euportal.application.readiness.ApplicationChecklist;
import se.sodertalje.euportal.common.Text;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.common.web.ETags;
import se.sodertalje.euportal.idea.Idea;
import se.sodertalje.euportal.idea.IdeaService;
import se.sodertalje.euportal.organisation.Unit;
import se.sodertalje.euportal.readiness.NextActors;
import se.sodertalje.euportal.programme.FundingCall;
import se.sodertalje.euportal.security.CurrentUser;
import se.sodertalje.euportal.security.UnitAccess;
import se.sodertalje.euportal.ops.PortalMetrics;

/** Applications: scoped to the caller's units, edited as drafts, moved by the workflow. */
@ApplicationScoped
public class ApplicationService {

    @Inject
    PartnershipOfApplication partnership;

    @Inject
    PortalMetrics metrics;

    @Inject
    Event<ApplicationStepTaken> stepTaken;

    @Inject
    ApplicationChecklist checklist;

    @Inject
    NextActors nextActors;

    @Inject
    EntityManager em;

    @Inject
    UnitAccess access;

    @Inject
    ApplicationAccess applications;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    IdeaService ideas;

    public ApplicationView get(UUID id) {
        return view(reachable(id));
    }

    @Transactional
    public ApplicationView create(ApplicationRequest request) {
        Application application = new Application();
        application.createdBySubject = user.subject();
        application.createdByName = user.displayName();
        application.createdAt = clock.instant();
        apply(application, request);
        application.persist();
        em.flush();
        return view(application);
    }

    @Transactional
    public ApplicationView update(UUID id, String ifMatch, ApplicationRequest request) {
        Application application = reachable(id);
        ETags.requireMatch(ifMatch, application.version);
        if (!ApplicationWorkflow.isEditable(application.status)) {
            throw ApiProblem.conflict(ProblemCode.APPLICATION_002, "Only a draft can be edited; this application is "
                    + application.status);
        }
        apply(application, request);
        em.flush();
        return view(application);
    }

    @Transactional
    public ApplicationView transition(UUID id, String ifMatch, TransitionRequest request) {
        Application application = reachable(id);
        ETags.requireMatch(ifMatch, application.version);
        ApplicationWorkflow.require(application.status, request.action(), access.rolesFor(application.unitId));
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = new ArrayList<>(TransitionRules.check(application, request, today));
        errors.addAll(checklist.refusals(application, request.action()));
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        ApplicationStatus from = application.status;
        application.status = ApplicationWorkflow.target(request.action());
        record(application, request);
        stepTaken.fire(new ApplicationStepTaken(application, request.action(), from));
        ApplicationTransition step = new ApplicationTransition();
        step.applicationId = application.id;
        step.action = request.action();
        step.fromStatus = from;
        step.toStatus = application.status;
        step.comment = Text.blankToNull(request.comment());
        step.actorSubject = user.subject();
        step.actorName = user.displayName();
        step.at = clock.instant();
        step.persist();
        metrics.workflowStep("application", step.action);
        tellWhoActsNext(application, step);
        em.flush();
        return view(application);
    }

    private void tellWhoActsNext(Application application, ApplicationTransition step) {
        switch (step.action) {
            case APPROVE_FOR_UNIT -> nextActors.applicationApproved(application.id, application.title,
                    Unit.<Unit>findById(application.unitId).name);
            case RETURN_FOR_CHANGES -> nextActors.applicationReturned(application.id, application.title,
                    application.createdBySubject, step.comment);
            default -> {
            }
        }
    }

    public List<TimelineEntry> timeline(UUID id) {
        reachable(id);
        return ApplicationTransition.<ApplicationTransition>list("applicationId = ?1 order by at, id", id).stream()
                .map(TimelineEntry::of).toList();
    }

    public SubmittedApplication submitted(UUID id) {
        reachable(id);
        ApplicationSnapshot snapshot = ApplicationSnapshot.find("applicationId = ?1 order by submittedAt desc", id).firstResult();
        if (snapshot == null) {
            throw ApiProblem.notFound("A submitted version of application " + id);
        }
        return new SubmittedApplication(snapshot.submittedAt, snapshot.sha256,
                ApplicationContent.fromCanonicalJson(snapshot.content));
    }

    /**
     * What a step records on the application; submission also freezes the content. What else hangs on
     * the step (the budget's frozen version, the project) listens to {@link ApplicationStepTaken}.
     */
    private void record(Application application, TransitionRequest request) {
        switch (request.action()) {
            case SUBMIT -> {
                application.funderReference = request.funderReference().trim();
                application.submittedOn = request.submittedOn();
                snapshot(application, clock.instant());
            }
            case RECORD_GRANT -> {
                application.grantedAmount = request.grantedAmount();
                application.decisionOn = request.decisionOn();
            }
            case RECORD_REJECTION -> {
                application.rejectionReason = request.rejectionReason().trim();
                application.decisionOn = request.decisionOn();
            }
            default -> {
            }
        }
    }

    /** Freezes the content as submitted (with its partnership) under the SHA-256 of its canonical JSON. */
    public void snapshot(Application application, Instant at) {
        String json = ApplicationMapper.content(application, Unit.findById(application.unitId),
                application.callId == null ? null : FundingCall.findById(application.callId),
                partnership.asSubmitted(application.id)).canonicalJson();
        ApplicationSnapshot snapshot = new ApplicationSnapshot();
        snapshot.applicationId = application.id;
        snapshot.submittedAt = at;
        snapshot.content = json;
        snapshot.sha256 = ApplicationContent.sha256(json);
        snapshot.persist();
    }

    /** The application, if the caller may reach its unit; 404 otherwise, whether or not it exists. */
    public Application reachable(UUID id) {
        return applications.reachable(id);
    }

    private ApplicationView view(Application application) {
        return ApplicationMapper.view(application, Unit.findById(application.unitId),
                application.callId == null ? null : FundingCall.findById(application.callId), access.rolesFor(application.unitId));
    }

    private void apply(Application application, ApplicationRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Unit unit = Unit.findById(request.unitId());
        if (unit == null || !access.canReach(unit.id)) {
            errors.add(new FieldError("unitId", "no such unit among yours", ProblemCode.EXISTS));
        }
        if (request.callId() != null && FundingCall.findById(request.callId()) == null) {
            errors.add(new FieldError("callId", "no such call", ProblemCode.EXISTS));
        }
        Idea idea = request.ideaId() == null ? null : Idea.findById(request.ideaId());
        if (request.ideaId() != null && (idea == null || !access.canReach(idea.unitId))) {
            errors.add(new FieldError("ideaId", "no such idea among yours", ProblemCode.EXISTS));
        } else if (idea != null && !idea.unitId.equals(request.unitId())) {
            errors.add(new FieldError("ideaId", "belongs to another unit than the application", ProblemCode.SAME_UNIT));
        }
        if (request.periodStart() != null && request.periodEnd() != null && request.periodEnd().isBefore(request.periodStart())) {
            errors.add(new FieldError("periodEnd", "must not be before periodStart", ProblemCode.PERIOD));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        if (idea != null && !idea.id.equals(application.ideaId)) {
            ideas.requireScreened(idea);
        }
        application.unitId = unit.id;
        application.callId = request.callId();
        application.ideaId = request.ideaId();
        application.title = request.title().trim();
        application.acronym = Text.blankToNull(request.acronym());
        application.summary = Text.blankToNull(request.summary());
        application.objectives = Text.blankToNull(request.objectives());
        application.workPackages = request.workPackages() == null ? new ArrayList<>() : new ArrayList<>(request.workPackages());
        application.periodStart = request.periodStart();
        application.periodEnd = request.periodEnd();
        application.internalStatus = Text.blankToNull(request.internalStatus());
    }

}
