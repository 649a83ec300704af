package se.sodertalje.euportal.programme.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.programme.CallsChanged;
import se.sodertalje.euportal.programme.FundDefaults;
import se.sodertalje.euportal.programme.FundingCall;
import se.sodertalje.euportal.programme.Programme;

/**
 * Imports calls all or nothing: every row is checked first, and one bad row imports none. Calls
 * are matched by identifier (updated when they exist); a Funding & Tenders programme that is not
 * yet known is created with its fund's default rules.
 */
@ApplicationScoped
public class CallImportService {

    static final int MAX_TITLE = 500;
    static final int MAX_IDENTIFIER = 100;
    static final int MAX_URL = 500;
    private static final java.util.regex.Pattern WEB_ADDRESS = java.util.regex.Pattern.compile("^https?://\\S+$");

    @Inject
    EntityManager em;

    @Inject
    Event<CallsChanged> changed;

    /** Imports a Funding & Tenders JSON topic list, or our CSV format when {@code csv}. */
    public ImportResult importFile(String body, boolean csv) {
        if (body == null || body.isBlank()) {
            throw ApiProblem.badRequest("The file is empty");
        }
        return importCalls(csv ? CsvFormat.parse(body) : FundingTendersFormat.parse(body));
    }

    @Transactional
    public ImportResult importCalls(ParsedImport parsed) {
        List<FieldError> errors = new ArrayList<>(parsed.errors());
        errors.addAll(checkRows(parsed.calls()));
        Map<String, Programme> programmes = new HashMap<>();
        for (ImportedCall call : parsed.calls()) {
            Programme programme = programmes.computeIfAbsent(call.programmeCode(), code -> Programme.find("code", code).firstResult());
            if (programme == null && call.fund() == null) {
                errors.add(new FieldError("rows[" + call.row() + "].programmeCode", "no programme has code "
                        + call.programmeCode(), ProblemCode.IMPORT));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.importRefused(errors);
        }
        int created = 0;
        int updated = 0;
        int programmesCreated = 0;
        List<CallsChanged.Change> changes = new ArrayList<>();
        for (ImportedCall row : parsed.calls()) {
            Programme programme = programmes.get(row.programmeCode());
            if (programme == null) {
                programme = newProgramme(row);
                programmes.put(row.programmeCode(), programme);
                programmesCreated++;
            }
            FundingCall call = FundingCall.find("identifier", row.identifier()).firstResult();
            java.time.Instant previousClosesAt = null;
            boolean wasCancelled = false;
            if (call == null) {
                call = new FundingCall();
                created++;
            } else {
                previousClosesAt = call.closesAt;
                wasCancelled = call.cancelled;
                updated++;
            }
            apply(call, row, programme);
            if (call.id == null) {
                call.persist();
            }
            changes.add(new CallsChanged.Change(call.id, previousClosesAt, call.cancelled && !wasCancelled));
        }
        em.flush();
        // Watches and the teams of applications learn of new matches, moved deadlines and cancelled topics.
        changed.fire(new CallsChanged(changes));
        return new ImportResult(created, updated, programmesCreated);
    }

    private static List<FieldError> checkRows(List<ImportedCall> calls) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (ImportedCall call : calls) {
            String prefix = "rows[" + call.row() + "].";
            Integer earlier = firstRow.putIfAbsent(call.identifier(), call.row());
            if (earlier != null) {
                errors.add(new FieldError(prefix + "identifier", "repeats row " + earlier, ProblemCode.IMPORT));
            }
            if (call.identifier().length() > MAX_IDENTIFIER) {
                errors.add(new FieldError(prefix + "identifier", "is longer than " + MAX_IDENTIFIER, ProblemCode.IMPORT));
            }
            if (call.title().length() > MAX_TITLE) {
                errors.add(new FieldError(prefix + "title", "is longer than " + MAX_TITLE, ProblemCode.IMPORT));
            }
            if (call.url() != null && call.url().length() > MAX_URL) {
                errors.add(new FieldError(prefix + "url", "is longer than " + MAX_URL, ProblemCode.IMPORT));
            } else if (call.url() != null && !call.url().isBlank() && !WEB_ADDRESS.matcher(call.url()).matches()) {
                errors.add(new FieldError(prefix + "url", "must be a web address starting with http:// or https://", ProblemCode.IMPORT));
            }
        }
        return errors;
    }

    private static Programme newProgramme(ImportedCall row) {
        Programme programme = new Programme();
        programme.code = row.programmeCode();
        programme.name = row.programmeName();
        programme.fund = row.fund();
        programme.managingAuthority = "European Commission";
        programme.rules = FundDefaults.rulesFor(row.fund());
        programme.persist();
        return programme;
    }

    private static void apply(FundingCall call, ImportedCall row, Programme programme) {
        call.programmeId = programme.id;
        call.identifier = row.identifier();
        call.title = row.title();
        call.description = row.description();
        call.actionType = row.actionType();
        call.opensAt = row.opensAt();
        call.closesAt = row.closesAt();
        call.timeZone = row.timeZone();
        call.announcedStatus = row.announcedStatus();
        call.budget = row.budget();
        call.grantMin = row.grantMin();
        call.grantMax = row.grantMax();
        call.expectedGrants = row.expectedGrants();
        call.topics = new ArrayList<>(row.topics());
        call.url = row.url();
        call.cancelled = row.cancelled();
    }
}
