package se.sodertalje.euportal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.sodertalje.euportal.application.attachment.AttachmentView;
import se.sodertalje.euportal.application.attachment.FileType;
import se.sodertalje.euportal.application.attachment.Uploads;
import se.sodertalje.euportal.audit.Actor;
import se.sodertalje.euportal.audit.HistoryEntry;
import se.sodertalje.euportal.audit.HistoryReader;
import se.sodertalje.euportal.budget.BudgetContent;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.common.web.ETags;
import se.sodertalje.euportal.partner.PartnerOrganisation;
import se.sodertalje.euportal.project.Project;
import se.sodertalje.euportal.project.ProjectPeriod;
import se.sodertalje.euportal.project.ProjectService;
import se.sodertalje.euportal.report.ClaimLine;
import se.sodertalje.euportal.report.Expenditure;
import se.sodertalje.euportal.report.ProjectReport;
import se.sodertalje.euportal.report.ReportAccess;
import se.sodertalje.euportal.report.ReportClaims;
import se.sodertalje.euportal.report.ReportKind;
import se.sodertalje.euportal.report.ReportStatus;
import se.sodertalje.euportal.scan.Upload;
import se.sodertalje.euportal.scan.UploadKind;
import se.sodertalje.euportal.scan.UploadScanner;
import se.sodertalje.euportal.security.CurrentUser;
import se.sodertalje.euportal.security.Roles;
import se.sodertalje.euportal.security.UnitAccess;

/**
 * The control of a financial report (issue 19): started on a submitted claim by an appointed
 * controller or an advisor; a sample drawn and recorded; a decision per sampled line; requests for
 * clarification the unit answers; findings, follow-up and conclusion; the signed certificate; closed
 * (locked) and reopened with a reason. Its codes are the CONTROL-0nn constants of {@link ProblemCode}.
 */
@ApplicationScoped
public class ControlService {

    /** Random seeds drawn for the controller stay below 2^53, so a browser reads them exactly. */
    private static final long MAX_SEED = 1L << 53;

    private static final SecureRandom SEEDS = new SecureRandom();

    @ConfigProperty(name = "euportal.attachments.max-bytes")
    long maxBytes;

    @ConfigProperty(name = "euportal.attachments.max-files-per-line")
    long maxFiles;

    @Inject
    UploadScanner scanner;

    @Inject
    ReportAccess reports;

    @Inject
    ReportClaims reportClaims;

    @Inject
    ProjectService projects;

    @Inject
    ControlledClaims controlled;

    @Inject
    HistoryReader historyReader;

    @Inject
    CurrentUser user;

    @Inject
    UnitAccess access;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * The control of a report the caller already reached (the exports check the project), if it has one.
     */
    public java.util.Optional<ControlView> viewOf(ProjectReport report) {
        return controlled.controlOf(report.id).map(c -> view(report, c));
    }

    public ControlView get(UUID reportId) {
        ProjectReport report = financial(reportId);
        return view(report, controlOf(report));
    }

    @Transactional
    public ControlView start(UUID reportId) {
        ProjectReport report = financial(reportId);
        projects.writable(report.projectId);
        if (report.status != ReportStatus.SUBMITTED) {
            throw ApiProblem.conflict(ProblemCode.CONTROL_001, "A control starts on a claim the unit submitted; this one is "
                    + report.status);
        }
        if (ReportControl.count("reportId", report.id) > 0) {
            throw ApiProblem.conflict(ProblemCode.CONTROL_002, "The claim has a control already");
        }
        ReportControl control = new ReportControl();
        control.reportId = report.id;
        control.startedBySubject = user.subject();
        control.startedByName = user.displayName();
        control.startedAt = clock.instant();
        control.updatedAt = control.startedAt;
        control.persist();
        for (UUID parked : controlled.waitingParked(report.projectId, report.periodNumber)) {
            ControlLine line = new ControlLine();
            line.controlId = control.id;
            line.expenditureId = parked;
            line.carried = true;
            line.persist();
        }
        event(control, ControlAction.START, null);
        em.flush();
        return view(report, control);
    }

    @Transactional
    public ControlView draw(UUID reportId, String ifMatch, ControlRequests.Draw request) {
        ProjectReport report = financial(reportId);
        ReportControl control = running(report);
        ETags.requireMatch(ifMatch, control.version);
        List<Sampler.Candidate> candidates = Expenditure.<Expenditure>list("reportId", report.id).stream()
                .map(e -> new Sampler.Candidate(e.id, e.spentOn, e.category, e.supplier, ClaimLine.of(e).eligible()))
                .toList();
        ControlDraw draw = new ControlDraw();
        draw.controlId = control.id;
        draw.method = request.method();
        List<UUID> picked = switch (request.method()) {
            case RANDOM -> {
                requireSize(request);
                if (request.seed() != null && (request.seed() < 0 || request.seed() >= MAX_SEED)) {
                    throw ApiProblem.invalid(List.of(new FieldError("seed", "must be from 0 to " + (MAX_SEED - 1),
                            ProblemCode.CONTROL_004, Map.of("max", MAX_SEED - 1))));
                }
                draw.seed = request.seed() != null ? request.seed() : SEEDS.nextLong(MAX_SEED);
                draw.size = request.size();
                yield Sampler.random(candidates, draw.seed, request.size());
            }
            case LARGEST -> {
                requireSize(request);
                draw.size = request.size();
                yield Sampler.largest(candidates, request.size());
            }
            case CATEGORY -> {
                if (request.category() == null) {
                    throw ApiProblem.invalid("category", "name the cost category to sample", ProblemCode.CONTROL_004);
                }
                draw.criterion = request.category().name();
                yield Sampler.category(candidates, request.category());
            }
            case SUPPLIER -> {
                if (request.supplier() == null || request.supplier().isBlank()) {
                    throw ApiProblem.invalid("supplier", "name the supplier to sample", ProblemCode.CONTROL_004);
                }
                draw.criterion = request.supplier().trim();
                yield Sampler.supplier(candidates, request.supplier());
            }
            case MANUAL -> {
                if (request.expenditureIds() == null || request.expenditureIds().isEmpty()) {
                    throw ApiProblem.invalid("expenditureIds", "name the lines to take into the sample", ProblemCode.CONTROL_004);
                }
                Set<UUID> wanted = new HashSet<>(request.expenditureIds());
                List<UUID> found = Sampler.manual(candidates, wanted);
                if (found.size() != wanted.size()) {
                    throw ApiProblem.invalid("expenditureIds", "name lines of this report only", ProblemCode.CONTROL_004);
                }
                yield found;
            }
        };
        Set<UUID> already = new HashSet<>(em.createQuery("select l.expenditureId from ControlLine l where l.controlId = :c",
                UUID.class).setParameter("c", control.id).getResultList());
        draw.actorSubject = user.subject();
        draw.actorName = user.displayName();
        draw.at = clock.instant();
        draw.linesAdded = (int) picked.stream().filter(id -> !already.contains(id)).count();
        draw.persist();
        for (UUID id : picked) {
            if (already.add(id)) {
                ControlLine line = new ControlLine();
                line.controlId = control.id;
                line.expenditureId = id;
                line.drawId = draw.id;
                line.persist();
            }
        }
        control.updatedAt = draw.at;
        em.flush();
        return view(report, control);
    }

    private static void requireSize(ControlRequests.Draw request) {
        if (request.size() == null) {
            throw ApiProblem.invalid("size", "say how many lines to draw", ProblemCode.CONTROL_004);
        }
    }

    @Transactional
    public ControlView decide(UUID reportId, UUID expenditureId, String ifMatch, ControlRequests.DecisionRequest request) {
        ProjectReport report = financial(reportId);
        ReportControl control = running(report);
        ControlLine line = ControlLine.<ControlLine>find("controlId = ?1 and expenditureId = ?2", control.id, expenditureId)
                .firstResultOptional().orElseThrow(() -> Expenditure.findById(expenditureId) == null
                        ? ApiProblem.notFound("Expenditure " + expenditureId)
                        : ApiProblem.conflict(ProblemCode.CONTROL_005, "The line is not in the sample; draw it into the sample first"));
        ETags.requireMatch(ifMatch, line.version);
        Expenditure expenditure = Expenditure.findById(line.expenditureId);
        List<FieldError> errors = new ArrayList<>();
        boolean deducting = request.decision() == Decision.DEDUCTED;
        if (deducting) {
            BigDecimal eligible = ClaimLine.of(expenditure).eligible();
            if (request.deductedAmount() == null) {
                errors.add(new FieldError("deductedAmount", "say how much is deducted", ProblemCode.CONTROL_005));
            } else if (request.deductedAmount().compareTo(eligible) > 0) {
                errors.add(new FieldError("deductedAmount", "cannot exceed the line's eligible amount "
                        + eligible.toPlainString(), ProblemCode.CONTROL_005));
            }
            if (request.errorType() == null || ControlErrorType.count("code = ?1 and active = true", request.errorType()) == 0) {
                errors.add(new FieldError("errorType", "choose a type of error from the list", ProblemCode.CONTROL_005));
            }
        } else if (request.deductedAmount() != null || request.errorType() != null) {
            errors.add(new FieldError("deductedAmount", "only a deduction has an amount and a type of error",
                    ProblemCode.CONTROL_005));
        }
        if (request.decision() != Decision.VERIFIED && blank(request.comment())) {
            errors.add(new FieldError("comment", "say why", ProblemCode.CONTROL_005));
        }
        if (request.decision() == Decision.PARKED && isFinal(report)) {
            errors.add(new FieldError("decision", "nothing can be parked in the final claim: decide the line",
                    ProblemCode.CONTROL_006));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        line.decision = request.decision();
        line.deductedAmount = deducting ? request.deductedAmount() : null;
        line.errorType = deducting ? request.errorType() : null;
        line.comment = blank(request.comment()) ? null : request.comment().trim();
        line.decidedBySubject = user.subject();
        line.decidedByName = user.displayName();
        line.decidedAt = clock.instant();
        em.flush();
        return view(report, control);
    }

    @Transactional
    public ControlView texts(UUID reportId, String ifMatch, ControlRequests.Texts request) {
        ProjectReport report = financial(reportId);
        ReportControl control = running(report);
        ETags.requireMatch(ifMatch, control.version);
        control.findings = trimmed(request.findings());
        control.followUpPrevious = trimmed(request.followUpPrevious());
        control.followUpNext = trimmed(request.followUpNext());
        control.conclusion = trimmed(request.conclusion());
        control.updatedAt = clock.instant();
        em.flush();
        return view(report, control);
    }

    @Transactional
    public ControlView transition(UUID reportId, String ifMatch, ControlRequests.Transition request) {
        ProjectReport report = financial(reportId);
        projects.writable(report.projectId);
        ReportControl control = controlOf(report);
        ETags.requireMatch(ifMatch, control.version);
        switch (request.action()) {
            case CLOSE -> {
                requireRunning(control);
                List<FieldError> errors = closingGaps(report, control);
                if (!errors.isEmpty()) {
                    throw new ApiProblem(409, ProblemCode.CONTROL_007, "Conflict", "The control cannot close yet", errors);
                }
                control.status = ControlStatus.CLOSED;
                control.closedBySubject = user.subject();
                control.closedByName = user.displayName();
                control.closedAt = clock.instant();
                event(control, ControlAction.CLOSE, null);
            }
            case REOPEN -> {
                if (control.status != ControlStatus.CLOSED) {
                    throw ApiProblem.conflict(ProblemCode.CONTROL_003, "The control runs; only a closed control is reopened");
                }
                if (blank(request.comment())) {
                    throw ApiProblem.invalid("comment", "say why the control is reopened", ProblemCode.CONTROL_008);
                }
                if (report.status != ReportStatus.SUBMITTED) {
                    throw ApiProblem.conflict(ProblemCode.CONTROL_017, "The claim is " + report.status + "; an advisor reopens the "
                            + "report before its control");
                }
                control.status = ControlStatus.RUNNING;
                control.reopenReason = request.comment().trim();
                control.closedBySubject = null;
                control.closedByName = null;
                control.closedAt = null;
                event(control, ControlAction.REOPEN, control.reopenReason);
            }
            case START -> throw ApiProblem.invalid("action", "a control is started with POST …/control", ProblemCode.CONTROL_019);
        }
        control.updatedAt = clock.instant();
        em.flush();
        return view(report, control);
    }

    /** What stops a control from closing: undecided lines, parked lines of the final claim, no conclusion, no certificate. */
    List<FieldError> closingGaps(ProjectReport report, ReportControl control) {
        List<FieldError> errors = new ArrayList<>();
        boolean last = isFinal(report);
        for (ControlLine line : ControlLine.<ControlLine>list("controlId", control.id)) {
            if (line.decision == null) {
                errors.add(new FieldError("lines." + line.expenditureId + ".decision", "decide the line", ProblemCode.CONTROL_007));
            } else if (line.decision == Decision.PARKED && last) {
                errors.add(new FieldError("lines." + line.expenditureId + ".decision",
                        "nothing can be parked in the final claim", ProblemCode.CONTROL_006));
            }
        }
        if (blank(control.conclusion)) {
            errors.add(new FieldError("conclusion", "write the conclusion", ProblemCode.CONTROL_007));
        }
        if (ControlCertificate.count("controlId", control.id) == 0) {
            errors.add(new FieldError("certificate", "upload the signed control certificate", ProblemCode.CONTROL_007));
        }
        return errors;
    }

    @Transactional
    public ControlView uploadCertificate(UUID reportId, String ifMatch, String requestedName, byte[] content) {
        ProjectReport report = financial(reportId);
        ReportControl control = running(report);
        // Like every write: a certificate uploaded over a control someone changed meanwhile is refused (412), so a
        // second upload never silently replaces the first.
        ETags.requireMatch(ifMatch, control.version);
        FileType type = Uploads.check(content, maxBytes);
        if (type != FileType.PDF) {
            throw new ApiProblem(415, ProblemCode.CONTROL_009, "Type not allowed", "The control certificate is a signed PDF", null);
        }
        scanner.requireClean(new Upload(UploadKind.CONTROL_CERTIFICATE, report.id, applicationOf(report), requestedName,
                content));
        ControlCertificate.delete("controlId", control.id);
        ControlCertificate certificate = new ControlCertificate();
        certificate.controlId = control.id;
        certificate.store(requestedName, type, content, user.subject(), user.displayName(), clock.instant());
        certificate.persist();
        control.updatedAt = certificate.uploadedAt;
        em.flush();
        return view(report, control);
    }

    public ControlCertificate certificate(UUID reportId) {
        ReportControl control = controlOf(financial(reportId));
        return ControlCertificate.<ControlCertificate>find("controlId", control.id).firstResultOptional()
                .orElseThrow(() -> ApiProblem.notFound("Control certificate of report " + reportId));
    }

    @Transactional
    public ControlView ask(UUID reportId, ControlRequests.Ask request) {
        ProjectReport report = financial(reportId);
        ReportControl control = running(report);
        if (request.expenditureId() != null && ControlLine.count("controlId = ?1 and expenditureId = ?2", control.id,
                request.expenditureId()) == 0 && Expenditure.count("id = ?1 and reportId = ?2", request.expenditureId(),
                report.id) == 0) {
            throw ApiProblem.invalid("expenditureId", "name a line of this claim", ProblemCode.CONTROL_014);
        }
        ControlClarification clarification = new ControlClarification();
        clarification.controlId = control.id;
        clarification.expenditureId = request.expenditureId();
        clarification.question = request.question().trim();
        clarification.dueOn = request.dueOn();
        clarification.askedBySubject = user.subject();
        clarification.askedByName = user.displayName();
        clarification.askedAt = clock.instant();
        clarification.persist();
        em.flush();
        return view(report, control);
    }

    @Transactional
    public ControlView answer(UUID reportId, UUID clarificationId, String ifMatch, ControlRequests.Answer request) {
        ProjectReport report = financial(reportId);
        ReportControl control = running(report);
        ControlClarification clarification = clarification(control, clarificationId);
        ETags.requireMatch(ifMatch, clarification.version);
        clarification.answer = request.answer().trim();
        clarification.answeredBySubject = user.subject();
        clarification.answeredByName = user.displayName();
        clarification.answeredAt = clock.instant();
        em.flush();
        return view(report, control);
    }

    @Transactional
    public AttachmentView uploadAnswerFile(UUID reportId, UUID clarificationId, String requestedName, byte[] content) {
        ProjectReport report = financial(reportId);
        ReportControl control = running(report);
        ControlClarification clarification = clarification(control, clarificationId);
        Uploads.requireRoom(ClarificationFile.count("clarificationId", clarification.id), maxFiles, "clarification");
        FileType type = Uploads.check(content, maxBytes);
        scanner.requireClean(new Upload(UploadKind.CLARIFICATION_FILE, clarification.id, applicationOf(report), requestedName,
                content));
        ClarificationFile file = new ClarificationFile();
        file.clarificationId = clarification.id;
        file.store(requestedName, type, content, user.subject(), user.displayName(), clock.instant());
        file.persist();
        em.flush();
        return AttachmentView.of(file);
    }

    private static UUID applicationOf(ProjectReport report) {
        return Project.<Project>findById(report.projectId).applicationId;
    }

    public ClarificationFile answerFile(UUID reportId, UUID clarificationId, UUID fileId) {
        ControlClarification clarification = clarification(controlOf(financial(reportId)), clarificationId);
        ClarificationFile file = ClarificationFile.findById(fileId);
        if (file == null || !file.clarificationId.equals(clarification.id)) {
            throw ApiProblem.notFound("File " + fileId);
        }
        return file;
    }

    /** The control's change history with its lines' decisions and its clarifications', newest first. */
    public List<HistoryEntry> history(UUID reportId) {
        ReportControl control = controlOf(financial(reportId));
        List<HistoryEntry> entries = new ArrayList<>(historyReader.historyWithChildren(ReportControl.class, control.id,
                ControlService::snapshot, ControlLine.class, "control_line_aud", "control_id", ControlService::snapshot));
        for (ControlClarification c : ControlClarification.<ControlClarification>list("controlId", control.id)) {
            entries.addAll(historyReader.history(ControlClarification.class, c.id, ControlService::snapshot));
        }
        entries.sort(java.util.Comparator.comparingLong(HistoryEntry::revision).reversed());
        return entries;
    }

    private static Map<String, Object> snapshot(ReportControl c) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("status", c.status);
        values.put("findings", c.findings);
        values.put("followUpPrevious", c.followUpPrevious);
        values.put("followUpNext", c.followUpNext);
        values.put("conclusion", c.conclusion);
        values.put("closedBy", c.closedByName);
        values.put("closedAt", c.closedAt);
        values.put("reopenReason", c.reopenReason);
        return values;
    }

    private static Map<String, Object> snapshot(ControlLine l) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("expenditure", l.expenditureId);
        values.put("carried", l.carried);
        values.put("decision", l.decision);
        values.put("deductedAmount", l.deductedAmount);
        values.put("errorType", l.errorType);
        values.put("comment", l.comment);
        return values;
    }

    private static Map<String, Object> snapshot(ControlClarification c) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("clarification", c.id);
        values.put("question", c.question);
        values.put("dueOn", c.dueOn);
        values.put("answer", c.answer);
        values.put("answeredBy", c.answeredByName);
        values.put("answeredAt", c.answeredAt);
        return values;
    }

    // ----------------------------------------------------------------------------------------------

    /** The report, if the caller reaches it and it is a financial report (409 CONTROL-001 otherwise). */
    ProjectReport financial(UUID reportId) {
        ProjectReport report = reports.reachable(reportId);
        if (report.kind != ReportKind.FINANCIAL) {
            throw ApiProblem.conflict(ProblemCode.CONTROL_001, "Only a financial report (a payment claim) is controlled");
        }
        return report;
    }

    ReportControl controlOf(ProjectReport report) {
        return controlled.controlOf(report.id)
                .orElseThrow(() -> ApiProblem.notFound("Control of report " + report.id));
    }

    /** The report's control, if work may be done on it now: the project not archived, the control running. */
    private ReportControl running(ProjectReport report) {
        projects.writable(report.projectId);
        ReportControl control = controlOf(report);
        requireRunning(control);
        return control;
    }

    private static void requireRunning(ReportControl control) {
        if (control.status != ControlStatus.RUNNING) {
            throw ApiProblem.conflict(ProblemCode.CONTROL_003, "The control is closed; reopen it, saying why, to change it");
        }
    }

    private static ControlClarification clarification(ReportControl control, UUID id) {
        ControlClarification clarification = ControlClarification.findById(id);
        if (clarification == null || !clarification.controlId.equals(control.id)) {
            throw ApiProblem.notFound("Clarification " + id);
        }
        return clarification;
    }

    /** The project's last period's claim is its final one: every line is decided before its control closes. */
    static boolean isFinal(ProjectReport report) {
        Integer last = ProjectPeriod.<ProjectPeriod>find("projectId = ?1 order by number desc", report.projectId)
                .firstResultOptional().map(p -> p.number).orElse(null);
        return last != null && last.equals(report.periodNumber);
    }

    private void event(ReportControl control, ControlAction action, String comment) {
        ControlEvent event = new ControlEvent();
        event.controlId = control.id;
        event.action = action;
        event.comment = comment;
        event.actorSubject = user.subject();
        event.actorName = user.displayName();
        event.at = clock.instant();
        event.persist();
    }

    /** Whether the caller may do control work on the report's project: an advisor, or its appointed controller. */
    boolean mayWork(ProjectReport report) {
        return user.hasRole(Roles.ADVISOR) || (user.hasRole(Roles.CONTROLLER) && ProjectController
                .count("projectId = ?1 and controllerSubject = ?2", report.projectId, user.subject()) > 0);
    }

    ControlView view(ProjectReport report, ReportControl control) {
        Project project = Project.findById(report.projectId);
        BudgetContent budget = reportClaims.budgetOf(reportClaims.applicationOf(report));
        List<ControlFigures.Line> figuresLines = controlled.controlLines(report, control);
        ControlFigures.Figures figures = ControlFigures.figures(figuresLines, budget.currency(), report.unitsPerEur);

        Map<UUID, ControlLine> byExpenditure = new HashMap<>();
        List<ControlLine> carried = new ArrayList<>();
        ControlLine.<ControlLine>list("controlId", control.id).forEach(l -> {
            if (l.carried) {
                carried.add(l);
            } else {
                byExpenditure.put(l.expenditureId, l);
            }
        });
        Map<UUID, Long> evidence = new HashMap<>();
        em.createQuery("select v.expenditureId, count(v) from ExpenditureEvidence v where v.expenditureId in (select e.id "
                + "from Expenditure e where e.reportId = :r) or v.expenditureId in (select l.expenditureId from ControlLine l "
                + "where l.controlId = :c and l.carried = true) group by v.expenditureId", Object[].class)
                .setParameter("r", report.id).setParameter("c", control.id).getResultList()
                .forEach(row -> evidence.put((UUID) row[0], (Long) row[1]));
        List<ControlView.LineView> lines = new ArrayList<>();
        for (Expenditure e : Expenditure.<Expenditure>list("reportId = ?1 order by spentOn, id", report.id)) {
            lines.add(lineView(e, byExpenditure.get(e.id), evidence, null));
        }
        for (ControlLine l : carried) {
            Expenditure e = Expenditure.findById(l.expenditureId);
            ProjectReport from = ProjectReport.findById(e.reportId);
            lines.add(lineView(e, l, evidence, from.periodNumber));
        }

        List<ControlView.DrawView> draws = ControlDraw.<ControlDraw>list("controlId = ?1 order by at, id", control.id).stream()
                .map(d -> new ControlView.DrawView(d.method, d.seed, d.size, d.criterion, d.linesAdded,
                        new Actor(d.actorSubject, d.actorName), d.at)).toList();
        List<ControlView.ClarificationView> clarifications = ControlClarification.<ControlClarification>list(
                "controlId = ?1 order by askedAt, id", control.id).stream().map(ControlService::clarificationView).toList();
        AttachmentView certificate = ControlCertificate.<ControlCertificate>find("controlId", control.id)
                .firstResultOptional().map(AttachmentView::of).orElse(null);
        List<ControlView.EventView> events = ControlEvent.<ControlEvent>list("controlId = ?1 order by at, id", control.id)
                .stream().map(e -> new ControlView.EventView(e.action, e.comment, new Actor(e.actorSubject, e.actorName), e.at))
                .toList();

        List<ControlView.TotalsRow> byCategory = figures.byCategory().entrySet().stream().map(e -> new ControlView.TotalsRow(
                e.getKey(), e.getValue().declared(), e.getValue().inSample(), e.getValue().parked(), e.getValue().deducted(),
                e.getValue().eligible())).toList();
        List<ControlView.PartnerRow> byPartner = figures.byPartner().entrySet().stream().map(e -> {
            PartnerOrganisation o = PartnerOrganisation.findById(e.getKey());
            ControlFigures.Totals t = e.getValue();
            return new ControlView.PartnerRow(e.getKey(), o == null ? e.getKey().toString() : o.legalName, t.declared(),
                    t.inSample(), t.parked(), t.deducted(), t.eligible());
        }).toList();
        List<ControlView.DeductionRow> deductions = new ArrayList<>();
        figures.deductions().forEach((category, types) -> types.forEach((type, amount) -> deductions.add(
                new ControlView.DeductionRow(category, type, amount))));
        ControlFigures.Totals total = figures.total();
        ControlView.Overview overview = new ControlView.Overview(budget.currency(), total.declared(), total.inSample(),
                figures.inSamplePercent(), total.parked(), total.deducted(), total.eligible(), figures.eligiblePercent(),
                figures.carriedLines(), figures.carriedDeclared(), figures.carriedEligible(), byCategory, byPartner,
                deductions, reportClaims.claimWith(report, ControlledClaims.declared(report.id)),
                reportClaims.claimWith(report, ControlFigures.afterControl(figuresLines)), figures.rateMissing());

        boolean work = mayWork(report);
        boolean running = control.status == ControlStatus.RUNNING;
        List<ControlAction> actions = new ArrayList<>();
        if (work && running) {
            actions.add(ControlAction.CLOSE);
        }
        if (work && !running && report.status == ReportStatus.SUBMITTED) {
            actions.add(ControlAction.REOPEN);
        }
        Set<String> roles = access.rolesFor(project.unitId);
        boolean answer = running && (roles.contains(Roles.APPLICANT) || roles.contains(Roles.COORDINATOR)
                || roles.contains(Roles.ADVISOR));
        return new ControlView(control.id, report.id, control.status, isFinal(report), control.findings,
                control.followUpPrevious, control.followUpNext, control.conclusion,
                new Actor(control.startedBySubject, control.startedByName), control.startedAt,
                control.closedBySubject == null ? null : new Actor(control.closedBySubject, control.closedByName),
                control.closedAt, control.reopenReason, lines, draws, clarifications, certificate, events, overview, actions,
                work && running, answer, control.version);
    }

    private static ControlView.LineView lineView(Expenditure e, ControlLine l, Map<UUID, Long> evidence, Integer fromPeriod) {
        return new ControlView.LineView(e.id, e.partnerId, e.category, e.spentOn, e.supplier, e.description,
                e.invoiceNumber, e.amount, e.currency, ClaimLine.of(e).eligible(), evidence.getOrDefault(e.id, 0L), l != null,
                l != null && l.carried, fromPeriod, l == null ? null : l.decision, l == null ? null : l.deductedAmount,
                l == null ? null : l.errorType, l == null ? null : l.comment,
                l == null || l.decidedBySubject == null ? null : new Actor(l.decidedBySubject, l.decidedByName),
                l == null ? null : l.decidedAt, l == null ? null : l.version);
    }

    static ControlView.ClarificationView clarificationView(ControlClarification c) {
        List<AttachmentView> files = ClarificationFile.<ClarificationFile>list("clarificationId = ?1 order by uploadedAt, id",
                c.id).stream().map(AttachmentView::of).toList();
        return new ControlView.ClarificationView(c.id, c.expenditureId, c.question, new Actor(c.askedBySubject, c.askedByName),
                c.askedAt, c.dueOn, c.answer, c.answeredBySubject == null ? null : new Actor(c.answeredBySubject,
                        c.answeredByName), c.answeredAt, files, c.version);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String trimmed(String text) {
        return blank(text) ? null : text.trim();
    }
}
