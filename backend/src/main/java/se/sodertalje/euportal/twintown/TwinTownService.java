package se.sodertalje.euportal.twintown;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.application.attachment.FileType;
import se.sodertalje.euportal.application.attachment.Uploads;
import se.sodertalje.euportal.audit.HistoryEntry;
import se.sodertalje.euportal.audit.HistoryReader;
import se.sodertalje.euportal.common.Text;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.common.web.ETags;
import se.sodertalje.euportal.organisation.Unit;
import se.sodertalje.euportal.partner.PartnerOrganisation;
import se.sodertalje.euportal.partner.partnership.ApplicationPartner;
import se.sodertalje.euportal.project.Project;
import se.sodertalje.euportal.scan.Upload;
import se.sodertalje.euportal.scan.UploadKind;
import se.sodertalje.euportal.scan.UploadScanner;
import se.sodertalje.euportal.security.CurrentUser;
import se.sodertalje.euportal.security.UnitAccess;
import se.sodertalje.euportal.twintown.TwinTownViews.ActivityView;
import se.sodertalje.euportal.twintown.TwinTownViews.AgreementFile;
import se.sodertalje.euportal.twintown.TwinTownViews.LinkedApplication;
import se.sodertalje.euportal.twintown.TwinTownViews.ListItem;
import se.sodertalje.euportal.twintown.TwinTownViews.UnitRef;
import se.sodertalje.euportal.twintown.TwinTownViews.View;

/**
 * Twin towns: the International Office (advisors, admins) keeps them; every signed-in user reads
 * them. Codes TWIN-001 (the organisation is another twin town's already), TWIN-002 (dates out of
 * order).
 */
@ApplicationScoped
public class TwinTownService {

    @Inject
    UploadScanner scanner;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    UnitAccess access;

    @Inject
    HistoryReader historyReader;


    @Inject
    Clock clock;

    @ConfigProperty(name = "euportal.attachments.max-bytes")
    long maxBytes;

    public List<ListItem> list() {
        return TwinTown.<TwinTown>list("order by name").stream().map(t -> {
            PartnerOrganisation org = PartnerOrganisation.findById(t.organisationId);
            Object[] log = em.createQuery("select count(a), max(a.startsOn) from TwinTownActivity a where a.twinTownId = :t",
                    Object[].class).setParameter("t", t.id).getSingleResult();
            return new ListItem(t.id, t.name, org.country, org.city, t.agreementKind, t.signedOn, t.renewedOn,
                    ((Number) log[0]).longValue(), (java.time.LocalDate) log[1]);
        }).toList();
    }

    public View get(UUID id) {
        return view(find(id));
    }

    @Transactional
    public View create(TwinTownRequest request) {
        TwinTown town = new TwinTown();
        town.id = UUID.randomUUID();
        town.createdAt = clock.instant();
        apply(town, request);
        town.persist();
        em.flush();
        return view(town);
    }

    @Transactional
    public View update(UUID id, String ifMatch, TwinTownRequest request) {
        TwinTown town = find(id);
        ETags.requireMatch(ifMatch, town.version);
        apply(town, request);
        em.flush();
        return view(town);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        TwinTown town = find(id);
        ETags.requireMatch(ifMatch, town.version);
        TwinTownActivity.<TwinTownActivity>list("twinTownId", town.id).forEach(TwinTownActivity::delete);
        TwinTownAgreement.delete("twinTownId", town.id);
        town.delete();
    }

    private void apply(TwinTown town, TwinTownRequest request) {
        if (PartnerOrganisation.findById(request.organisationId()) == null) {
            throw ApiProblem.invalid("organisationId", "no such organisation in the register", ProblemCode.EXISTS);
        }
        if (TwinTown.count("organisationId = ?1 and id <> ?2", request.organisationId(), town.id) > 0) {
            throw ApiProblem.conflict(ProblemCode.TWIN_001, "The organisation is a twin town already",
                    new FieldError("organisationId", "is another twin town's organisation", ProblemCode.TWIN_001));
        }
        if (request.signedOn() != null && request.renewedOn() != null && request.renewedOn().isBefore(request.signedOn())) {
            throw ApiProblem.invalid("renewedOn", "must not be before signedOn", ProblemCode.TWIN_002);
        }
        town.organisationId = request.organisationId();
        town.name = request.name().trim();
        town.agreementKind = request.agreementKind();
        town.signedOn = request.signedOn();
        town.renewedOn = request.renewedOn();
        town.notes = Text.blankToNull(request.notes());
        town.contacts = request.contacts() == null ? new ArrayList<>() : new ArrayList<>(request.contacts());
    }

    @Transactional
    public ActivityView addActivity(UUID townId, ActivityRequest request) {
        TwinTown town = find(townId);
        TwinTownActivity activity = new TwinTownActivity();
        activity.id = UUID.randomUUID();
        activity.twinTownId = town.id;
        activity.createdAt = clock.instant();
        apply(activity, request);
        activity.persist();
        em.flush();
        return view(activity);
    }

    @Transactional
    public ActivityView updateActivity(UUID townId, UUID activityId, String ifMatch, ActivityRequest request) {
        TwinTownActivity activity = activity(townId, activityId);
        ETags.requireMatch(ifMatch, activity.version);
        apply(activity, request);
        em.flush();
        return view(activity);
    }

    @Transactional
    public void deleteActivity(UUID townId, UUID activityId, String ifMatch) {
        TwinTownActivity activity = activity(townId, activityId);
        ETags.requireMatch(ifMatch, activity.version);
        activity.delete();
    }

    private static void apply(TwinTownActivity activity, ActivityRequest request) {
        if (request.endsOn() != null && request.endsOn().isBefore(request.startsOn())) {
            throw ApiProblem.invalid("endsOn", "must not be before startsOn", ProblemCode.TWIN_002);
        }
        List<UUID> units = request.unitIds() == null ? List.of() : request.unitIds().stream().distinct().toList();
        for (int i = 0; i < units.size(); i++) {
            if (Unit.findById(units.get(i)) == null) {
                throw ApiProblem.invalid("unitIds[" + i + "]", "no such unit", ProblemCode.EXISTS);
            }
        }
        activity.kind = request.kind();
        activity.title = request.title().trim();
        activity.startsOn = request.startsOn();
        activity.endsOn = request.endsOn();
        activity.unitIds = new ArrayList<>(units);
        activity.outcome = Text.blankToNull(request.outcome());
    }

    @Transactional
    public AgreementFile uploadAgreement(UUID townId, String fileName, byte[] content) {
        TwinTown town = find(townId);
        FileType type = Uploads.check(content, maxBytes);
        scanner.requireClean(new Upload(UploadKind.TWIN_TOWN_AGREEMENT, town.id, null, fileName, content));
        TwinTownAgreement.delete("twinTownId", town.id);
        em.flush();
        TwinTownAgreement agreement = new TwinTownAgreement();
        agreement.twinTownId = town.id;
        agreement.store(fileName == null || fileName.isBlank() ? "avtal" : fileName, type, content, user.subject(),
                user.displayName(), clock.instant());
        agreement.persist();
        em.flush();
        return file(agreement);
    }

    /** The agreement document (recorded in the export log as every file handed out: HandedOutFiles). */
    public TwinTownAgreement downloadAgreement(UUID townId) {
        TwinTown town = find(townId);
        TwinTownAgreement agreement = TwinTownAgreement.<TwinTownAgreement>find("twinTownId", town.id).firstResultOptional()
                .orElseThrow(() -> ApiProblem.notFound("Agreement of twin town " + townId));
        return agreement;
    }

    public List<HistoryEntry> history(UUID id) {
        TwinTown town = find(id);
        return historyReader.historyWithChildren(TwinTown.class, town.id, TwinTownService::snapshot,
                TwinTownActivity.class, "twin_town_activity_aud", "twin_town_id", TwinTownService::snapshot);
    }

    private static Map<String, Object> snapshot(TwinTown t) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("organisationId", t.organisationId);
        values.put("name", t.name);
        values.put("agreementKind", t.agreementKind);
        values.put("signedOn", t.signedOn);
        values.put("renewedOn", t.renewedOn);
        values.put("notes", t.notes);
        values.put("contacts", t.contacts);
        return values;
    }

    private static Map<String, Object> snapshot(TwinTownActivity a) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("activity", a.id);
        values.put("kind", a.kind);
        values.put("title", a.title);
        values.put("startsOn", a.startsOn);
        values.put("endsOn", a.endsOn);
        values.put("unitIds", a.unitIds);
        values.put("outcome", a.outcome);
        return values;
    }

    TwinTown find(UUID id) {
        TwinTown town = TwinTown.findById(id);
        if (town == null) {
            throw ApiProblem.notFound("Twin town " + id);
        }
        return town;
    }

    private TwinTownActivity activity(UUID townId, UUID activityId) {
        TwinTownActivity activity = TwinTownActivity.findById(activityId);
        if (activity == null || !activity.twinTownId.equals(townId)) {
            throw ApiProblem.notFound("Activity " + activityId);
        }
        return activity;
    }

    ActivityView view(TwinTownActivity a) {
        List<UnitRef> units = a.unitIds.stream().map(id -> {
            Unit unit = Unit.findById(id);
            return new UnitRef(id, unit == null ? "" : unit.name);
        }).toList();
        return new ActivityView(a.id, a.kind, a.title, a.startsOn, a.endsOn, units, a.outcome, a.version);
    }

    private static AgreementFile file(TwinTownAgreement f) {
        return new AgreementFile(f.fileName, f.mediaType, f.sizeBytes, f.sha256, f.uploadedAt, f.uploadedByName);
    }

    View view(TwinTown t) {
        PartnerOrganisation org = PartnerOrganisation.findById(t.organisationId);
        AgreementFile agreement = em.createQuery("select new se.sodertalje.euportal.twintown.TwinTownViews$AgreementFile("
                + "f.fileName, f.mediaType, f.sizeBytes, f.sha256, f.uploadedAt, f.uploadedByName) from TwinTownAgreement f"
                + " where f.twinTownId = :t", AgreementFile.class).setParameter("t", t.id).getResultStream().findFirst()
                .orElse(null);
        List<ActivityView> activities = TwinTownActivity.<TwinTownActivity>list("twinTownId = ?1 order by startsOn desc, id",
                t.id).stream().map(this::view).toList();
        return new View(t.id, t.organisationId, org.legalName, org.country, org.city, t.name, t.agreementKind, t.signedOn,
                t.renewedOn, t.notes, List.copyOf(t.contacts), agreement, activities, applications(t.organisationId),
                t.version);
    }

    /** The caller's reachable applications (and projects) with the organisation as partner, newest first. */
    private List<LinkedApplication> applications(UUID organisationId) {
        List<LinkedApplication> linked = new ArrayList<>();
        for (ApplicationPartner partner : ApplicationPartner.<ApplicationPartner>list("organisationId", organisationId)) {
            Application application = Application.findById(partner.applicationId);
            if (application == null || !access.canReach(application.unitId)) {
                continue;
            }
            Unit unit = Unit.findById(application.unitId);
            Project project = Project.<Project>find("applicationId", application.id).firstResult();
            linked.add(new LinkedApplication(application.id, application.title, application.status.name(),
                    unit == null ? "" : unit.name, partner.role.name(), project == null ? null : project.id,
                    project == null ? null : project.status.name()));
        }
        return linked;
    }
}
