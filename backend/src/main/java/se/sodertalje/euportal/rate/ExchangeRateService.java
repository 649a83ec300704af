package se.sodertalje.euportal.rate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import se.sodertalje.euportal.security.CurrentUser;

/** The International Office's monthly EUR rates: list, read, record (create or change) and delete. */
@ApplicationScoped
public class ExchangeRateService {

    private static final Map<String, String> SORTABLE = Map.of("month", "r.month", "currency", "r.currency",
            "unitsPerEur", "r.unitsPerEur");
    private static final String DEFAULT_SORT = "-month,currency";
    private static final String TIE_BREAKER = "r.month desc, r.currency";

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    /** The list's filters from their query parameters; 400 when a month is not YYYY-MM. */
    public RateFilter filter(String currency, String fromMonth, String toMonth) {
        List<FieldError> errors = new ArrayList<>();
        YearMonth from = fromMonth == null || fromMonth.isBlank() ? null : RateRules.parseMonth(fromMonth, "fromMonth", errors);
        YearMonth to = toMonth == null || toMonth.isBlank() ? null : RateRules.parseMonth(toMonth, "toMonth", errors);
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        String code = Text.blankToNull(currency);
        return new RateFilter(code == null ? null : code.toUpperCase(Locale.ROOT), from, to);
    }

    public Page<ExchangeRateView> list(PageParams paging, RateFilter filter) {
        String order = SortOrder.toJpql(paging.sort, DEFAULT_SORT, SORTABLE, TIE_BREAKER);
        return PagedQuery.run(em, ExchangeRate.class, "select r", " from ExchangeRate r", "count(r)", filters(filter),
                order, paging, rows -> rows.stream().map(ExchangeRateView::of).toList());
    }

    /** Every rate the filters select, newest month first: what the CSV export writes. */
    public List<ExchangeRate> all(RateFilter filter) {
        Filters filters = filters(filter);
        var query = em.createQuery("from ExchangeRate r" + filters.where() + " order by r.month desc, r.currency",
                ExchangeRate.class);
        filters.params().forEach(query::setParameter);
        return query.getResultList();
    }

    public ExchangeRateView get(String currency, String month) {
        return ExchangeRateView.of(find(key(currency, month)));
    }

    /**
     * Records a month's rate: creates it when there is none (an If-Match then means the client edited a
     * rate someone has since deleted: 412), otherwise changes it against If-Match (428 without, 412 stale).
     */
    @Transactional
    public SavedRate put(String currency, String month, String ifMatch, ExchangeRateRequest request) {
        ExchangeRate.Key key = key(currency, month);
        List<FieldError> errors = new ArrayList<>();
        RateRules.checkMonth(YearMonth.from(key.month), YearMonth.now(clock), "month", errors);
        RateRules.checkRate(request.unitsPerEur(), "unitsPerEur", errors);
        String source = Text.blankToNull(request.source());
        RateRules.checkSource(source, "source", errors);
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        ExchangeRate rate = ExchangeRate.findById(key);
        boolean created = rate == null;
        if (created) {
            if (ifMatch != null && !ifMatch.isBlank()) {
                throw new ApiProblem(412, ProblemCode.STALE_VERSION, "Precondition failed",
                        "The rate was deleted by someone else; reload the list and record it again", null);
            }
            rate = new ExchangeRate();
            rate.currency = key.currency;
            rate.month = key.month;
        } else {
            ETags.requireMatch(ifMatch, rate.version);
        }
        rate.unitsPerEur = request.unitsPerEur();
        rate.source = source;
        stamp(rate);
        if (created) {
            rate.persist();
        }
        em.flush();
        return new SavedRate(ExchangeRateView.of(rate), created);
    }

    @Transactional
    public void delete(String currency, String month, String ifMatch) {
        ExchangeRate rate = find(key(currency, month));
        ETags.requireMatch(ifMatch, rate.version);
        rate.delete();
        em.flush();
    }

    /** Who recorded the rate, and when. */
    void stamp(ExchangeRate rate) {
        rate.updatedBySubject = user.subject();
        rate.updatedByName = user.displayName();
        rate.updatedAt = clock.instant();
    }

    /** The key a path names; 400 when the currency or month is not one a rate can have. */
    static ExchangeRate.Key key(String currency, String month) {
        List<FieldError> errors = new ArrayList<>();
        RateRules.checkCurrency(currency, "currency", errors);
        YearMonth parsed = RateRules.parseMonth(month, "month", errors);
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return new ExchangeRate.Key(currency, parsed.atDay(1));
    }

    private static ExchangeRate find(ExchangeRate.Key key) {
        ExchangeRate rate = ExchangeRate.findById(key);
        if (rate == null) {
            throw ApiProblem.notFound("The " + key.currency + " rate of " + YearMonth.from(key.month));
        }
        return rate;
    }

    private static Filters filters(RateFilter filter) {
        Filters filters = new Filters();
        if (filter.currency() != null) {
            filters.add("r.currency = :currency", "currency", filter.currency());
        }
        if (filter.fromMonth() != null) {
            filters.add("r.month >= :fromMonth", "fromMonth", filter.fromMonth().atDay(1));
        }
        if (filter.toMonth() != null) {
            filters.add("r.month <= :toMonth", "toMonth", filter.toMonth().atDay(1));
        }
        return filters;
    }
}
