package se.sodertalje.euportal.programme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.sodertalje.euportal.audit.HistoryEntry;
import se.sodertalje.euportal.audit.HistoryReader;
import se.sodertalje.euportal.common.Text;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.common.paging.Filters;
import se.sodertalje.euportal.common.paging.Page;
import se.sodertalje.euportal.common.paging.PageParams;
import se.sodertalje.euportal.common.paging.PagedQuery;
import se.sodertalje.euportal.common.paging.SortOrder;
import se.sodertalje.euportal.common.web.ETags;

/** Programmes: reference data every role reads and the International Office keeps. */
@ApplicationScoped
public class ProgrammeService {

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "lower(p.name)", "code", "p.code", "fund", "p.fund");

    @Inject
    EntityManager em;

    @Inject
    HistoryReader historyReader;

    public Page<ProgrammeView> list(PageParams paging, String q, Fund fund) {
        Filters filters = new Filters();
        if (q != null && !q.isBlank()) {
            filters.add("(lower(p.name) like :q escape '\\' or lower(p.code) like :q escape '\\'"
                    + " or lower(p.managingAuthority) like :q escape '\\')", "q", Filters.containsPattern(q));
        }
        if (fund != null) {
            filters.add("p.fund = :fund", "fund", fund);
        }
        String order = SortOrder.toJpql(paging.sort, "name", SORTABLE, "p.id");
        return PagedQuery.run(em, Programme.class, "select p", " from Programme p", "count(p)", filters, order, paging,
                rows -> rows.stream().map(ProgrammeView::of).toList());
    }

    public ProgrammeView get(UUID id) {
        return ProgrammeView.of(find(id));
    }

    @Transactional
    public ProgrammeView create(ProgrammeRequest request) {
        Programme programme = new Programme();
        apply(programme, request);
        programme.persist();
        em.flush();
        return ProgrammeView.of(programme);
    }

    @Transactional
    public ProgrammeView update(UUID id, String ifMatch, ProgrammeRequest request) {
        Programme programme = find(id);
        ETags.requireMatch(ifMatch, programme.version);
        apply(programme, request);
        em.flush();
        return ProgrammeView.of(programme);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Programme programme = find(id);
        ETags.requireMatch(ifMatch, programme.version);
        if (FundingCall.count("programmeId", id) > 0) {
            throw ApiProblem.conflict(ProblemCode.PROGRAMME_002, "The programme has calls; delete them first");
        }
        programme.delete();
        em.flush();
    }

    public List<HistoryEntry> history(UUID id) {
        return historyReader.historyOf(Programme.class, id, true, ProgrammeService::snapshot, "Programme " + id);
    }

    Programme find(UUID id) {
        Programme programme = Programme.findById(id);
        if (programme == null) {
            throw ApiProblem.notFound("Programme " + id);
        }
        return programme;
    }

    private void apply(Programme programme, ProgrammeRequest request) {
        String code = request.code().trim();
        if (Programme.count("code = ?1 and id <> ?2", code, programme.id == null ? new UUID(0, 0) : programme.id) > 0) {
            throw ApiProblem.conflict(ProblemCode.PROGRAMME_001, "Another programme already has code " + code,
                    new FieldError("code", "is already used by another programme", ProblemCode.UNIQUE))
                    .with(Map.of("code", code));
        }
        List<FieldError> errors = RuleSetRules.checkProgramme(request.rules(), "rules");
        if (programme.id != null) {
            List<FundingCall> calls = FundingCall.list("programmeId = ?1 and rules is not null", programme.id);
            calls.stream().filter(c -> !RuleSetRules.checkNarrows(c.rules, request.rules(), "rules").isEmpty())
                    .findFirst().ifPresent(c -> errors.add(new FieldError("rules",
                            "would be narrower than the rules of call " + c.identifier + "; change the call first",
                            ProblemCode.CALLS_NARROWER)));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        programme.code = code;
        programme.fund = request.fund();
        programme.name = request.name().trim();
        programme.managingAuthority = Text.blankToNull(request.managingAuthority());
        programme.rules = request.rules();
    }

    private static Map<String, Object> snapshot(Programme programme) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", programme.code);
        fields.put("fund", programme.fund);
        fields.put("name", programme.name);
        fields.put("managingAuthority", programme.managingAuthority);
        fields.put("rules", programme.rules);
        return fields;
    }
}
