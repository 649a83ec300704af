package se.sodertalje.euportal.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.sodertalje.euportal.application.ApplicationStatus;
import se.sodertalje.euportal.budget.BudgetVersion;
import se.sodertalje.euportal.programme.Fund;

/** The SQL side of the portfolio: the applications in scope with their claims and payments, and their budget versions. */
@ApplicationScoped
class PortfolioQuery {

    /** The year of submission, or of creation in Stockholm time for an application never submitted. */
    static final String YEAR = "cast(coalesce(extract(year from a.submitted_on),"
            + " extract(year from a.created_at at time zone 'Europe/Stockholm')) as integer)";

    private static final String SELECT = "select a.id, a.title, u.id as unit_id, u.code as unit_code, u.name as unit_name,"
            + " a.call_id, p.id as programme_id, p.code as programme_code, p.name as programme_name, p.fund, a.status, "
            + YEAR + " as year, a.period_start, a.period_end, a.granted_amount, r.claimed, r.received"
            + " from application a join unit u on u.id = a.unit_id"
            + " left join funding_call c on c.id = a.call_id left join programme p on p.id = c.programme_id"
            + " left join (select pr.application_id, sum(rep.eu_claimed) as claimed, sum(rep.paid_amount) as received"
            + "   from project pr join project_report rep on rep.project_id = pr.id"
            + "   where rep.kind = 'FINANCIAL' and rep.status = 'SENT_TO_FUNDER' group by pr.application_id)"
            + "   r on r.application_id = a.id";

    /** Ids per query, well below PostgreSQL's limit of bind parameters. */
    private static final int CHUNK = 1000;

    @Inject
    EntityManager em;

    /** Where clause and parameters of the filter and the caller's scope; null when the scope is empty. */
    private record Where(String sql, Map<String, Object> params) {
    }

    /** @param scope the caller's units, or null for all */
    private static Where where(PortfolioFilter filter, Set<UUID> scope) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (scope != null) {
            if (scope.isEmpty()) {
                return null;
            }
            where.add("a.unit_id in (:scope)");
            params.put("scope", scope);
        }
        if (!filter.unitIds().isEmpty()) {
            where.add("a.unit_id in (:units)");
            params.put("units", filter.unitIds());
        }
        if (!filter.funds().isEmpty()) {
            where.add("p.fund in (:funds)");
            params.put("funds", filter.funds().stream().map(Fund::name).toList());
        }
        if (!filter.programmeIds().isEmpty()) {
            where.add("p.id in (:programmes)");
            params.put("programmes", filter.programmeIds());
        }
        if (filter.yearFrom() != null) {
            where.add(YEAR + " >= :yearFrom");
            params.put("yearFrom", filter.yearFrom());
        }
        if (filter.yearTo() != null) {
            where.add(YEAR + " <= :yearTo");
            params.put("yearTo", filter.yearTo());
        }
        return new Where(where.isEmpty() ? "" : " where " + String.join(" and ", where), params);
    }

    /** The applications with these ids, as the money summary reads them. */
    List<PortfolioRow> rowsFor(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Query query = em.createNativeQuery(SELECT + " where a.id in (:ids) order by a.id");
        query.setParameter("ids", ids);
        List<PortfolioRow> rows = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] r = (Object[]) result;
            rows.add(new PortfolioRow((UUID) r[0], (String) r[1], (UUID) r[2], (String) r[3], (String) r[4], (UUID) r[5],
                    (UUID) r[6], (String) r[7], (String) r[8], r[9] == null ? null : Fund.valueOf((String) r[9]),
                    ApplicationStatus.valueOf((String) r[10]), ((Number) r[11]).intValue(), date(r[12]), date(r[13]),
                    (BigDecimal) r[14], (BigDecimal) r[15], (BigDecimal) r[16]));
        }
        return rows;
    }

    /** A group of applications alike in unit, programme, status and year, with their summed money. */
    record Group(PortfolioRow named, ApplicationMoney money, long applications) {
    }

    private static final String GROUPED = "select u.id as unit_id, u.code as unit_code, u.name as unit_name,"
            + " p.id as programme_id, p.code as programme_code, p.name as programme_name, p.fund, a.status, "
            + YEAR + " as year, count(*), sum(m.eu_applied_for), sum(m.eu_granted), sum(m.co_financing),"
            + " sum(m.eu_claimed), sum(m.eu_received)"
            + " from application a join unit u on u.id = a.unit_id join application_money m on m.application_id = a.id"
            + " left join funding_call c on c.id = a.call_id left join programme p on p.id = c.programme_id";

    /**
     * The applications in scope grouped by unit, programme, status and year in the database: a few
     * hundred rows, whatever the number of applications.
     */
    List<Group> groups(PortfolioFilter filter, Set<UUID> scope) {
        Where where = where(filter, scope);
        if (where == null) {
            return List.of();
        }
        Query query = em.createNativeQuery(GROUPED + where.sql() + " group by u.id, u.code, u.name, p.id, p.code, p.name,"
                + " p.fund, a.status, year");
        where.params().forEach(query::setParameter);
        List<Group> groups = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] r = (Object[]) result;
            ApplicationStatus status = ApplicationStatus.valueOf((String) r[7]);
            PortfolioRow named = new PortfolioRow(null, null, (UUID) r[0], (String) r[1], (String) r[2], null, (UUID) r[3],
                    (String) r[4], (String) r[5], r[6] == null ? null : Fund.valueOf((String) r[6]), status,
                    ((Number) r[8]).intValue(), null, null, null, null, null);
            groups.add(new Group(named, new ApplicationMoney(status, (BigDecimal) r[10], (BigDecimal) r[11],
                    (BigDecimal) r[12], (BigDecimal) r[13], (BigDecimal) r[14], true), ((Number) r[9]).longValue()));
        }
        return groups;
    }

    /** The applications in scope with an amount that could not be converted to SEK. */
    List<PortfolioView.UnconvertedApplication> unconverted(PortfolioFilter filter, Set<UUID> scope) {
        Where where = where(filter, scope);
        if (where == null) {
            return List.of();
        }
        Query query = em.createNativeQuery("select a.id, a.title, u.code from application a join unit u on u.id = a.unit_id"
                + " join application_money m on m.application_id = a.id left join funding_call c on c.id = a.call_id"
                + " left join programme p on p.id = c.programme_id"
                + (where.sql().isEmpty() ? " where" : where.sql() + " and") + " not m.converted");
        where.params().forEach(query::setParameter);
        List<PortfolioView.UnconvertedApplication> rows = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] r = (Object[]) result;
            rows.add(new PortfolioView.UnconvertedApplication((UUID) r[0], (String) r[1], (String) r[2]));
        }
        return rows;
    }

    /** Each application's budget versions that count (no proposed or rejected revision), oldest first. */
    Map<UUID, List<BudgetVersion>> versions(List<UUID> applicationIds) {
        Map<UUID, List<BudgetVersion>> versions = new LinkedHashMap<>();
        if (applicationIds.isEmpty()) {
            return versions;
        }
        for (int from = 0; from < applicationIds.size(); from += CHUNK) {
            List<Object[]> rows = em.createQuery("select b.applicationId, v from BudgetVersion v join Budget b"
                    + " on b.id = v.budgetId where b.applicationId in :ids and " + BudgetVersion.COUNTS
                    + " order by v.number", Object[].class)
                    .setParameter("ids", applicationIds.subList(from, Math.min(from + CHUNK, applicationIds.size())))
                    .getResultList();
            rows.forEach(r -> versions.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add((BudgetVersion) r[1]));
        }
        return versions;
    }

    /** The years (Stockholm time) in which ideas were recorded, ascending. */
    List<Integer> ideaYears() {
        List<?> years = em.createNativeQuery("select distinct cast(extract(year from created_at at time zone"
                + " 'Europe/Stockholm') as integer) as y from idea order by y").getResultList();
        return years.stream().map(y -> ((Number) y).intValue()).toList();
    }

    private static java.time.LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.time.LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
