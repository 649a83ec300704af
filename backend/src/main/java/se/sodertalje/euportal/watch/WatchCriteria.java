package se.sodertalje.euportal.watch;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import se.sodertalje.euportal.programme.ApplicantType;
import se.sodertalje.euportal.programme.Fund;
import se.sodertalje.euportal.programme.FundingCall;

/**
 * Whether a call matches a watch: a plain rule, kept apart from the database. A call matches when it
 * can still be applied to (not closed, not cancelled) and every criterion the watch gives holds:
 * <ul>
 * <li>words: any word appears in the identifier, title, description or a topic (case and accents ignored);</li>
 * <li>programmes, funds: the call's is among them;</li>
 * <li>applicant types: the call is open to one of them, or names none (open to all);</li>
 * <li>minimum grant: the call's largest grant reaches it, or the call states none.</li>
 * </ul>
 */
public record WatchCriteria(List<String> words, Collection<UUID> programmeIds, Collection<Fund> funds,
        Collection<ApplicantType> applicantTypes, BigDecimal minGrant) {

    public static WatchCriteria of(CallWatch watch) {
        return new WatchCriteria(watch.words, watch.programmeIds, watch.funds, watch.applicantTypes, watch.minGrant);
    }

    /** Whether the watch gives anything to match on (a watch of everything is refused). */
    public boolean isEmpty() {
        return words.isEmpty() && programmeIds.isEmpty() && funds.isEmpty() && applicantTypes.isEmpty() && minGrant == null;
    }

    public boolean matches(FundingCall call, Fund fund, Instant now) {
        if (call.cancelled || !now.isBefore(call.closesAt)) {
            return false;
        }
        if (!programmeIds.isEmpty() && !programmeIds.contains(call.programmeId)) {
            return false;
        }
        if (!funds.isEmpty() && !funds.contains(fund)) {
            return false;
        }
        if (!applicantTypes.isEmpty() && call.eligibleApplicantTypes != null && !call.eligibleApplicantTypes.isEmpty()
                && call.eligibleApplicantTypes.stream().noneMatch(applicantTypes::contains)) {
            return false;
        }
        if (minGrant != null && call.grantMax != null && call.grantMax.compareTo(minGrant) < 0) {
            return false;
        }
        if (words.isEmpty()) {
            return true;
        }
        String text = fold(String.join(" ", call.identifier, call.title, call.description == null ? "" : call.description,
                call.topics == null ? "" : String.join(" ", call.topics)));
        return words.stream().map(WatchCriteria::fold).anyMatch(text::contains);
    }

    /** Lower case without accents, so "Näringsliv" finds "naringsliv" and "NÄRINGSLIV". */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
