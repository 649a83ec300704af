package se.sodertalje.euportal.programme;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The calls of many applications with their effective rules ({@link RuleSetRules#effective}), read in
 * two statements (calls, then their programmes) instead of two per application: for checklists run
 * over all of a user's drafts at once.
 */
public final class CallsOfApplications {

    /** A call and the rules that hold for it (its own, or its programme's where it states none). */
    public record CallAndRules(FundingCall call, RuleSet rules) {
    }

    private final Map<UUID, CallAndRules> byCall;

    private CallsOfApplications(Map<UUID, CallAndRules> byCall) {
        this.byCall = byCall;
    }

    /** The calls named by {@code callIds} (nulls ignored). */
    public static CallsOfApplications of(Collection<UUID> callIds) {
        Set<UUID> ids = callIds.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        Map<UUID, CallAndRules> byCall = new HashMap<>();
        if (ids.isEmpty()) {
            return new CallsOfApplications(byCall);
        }
        List<FundingCall> calls = FundingCall.list("id in ?1", ids);
        Set<UUID> programmeIds = calls.stream().map(c -> c.programmeId).collect(Collectors.toSet());
        Map<UUID, Programme> programmes = Programme.<Programme>list("id in ?1", programmeIds).stream()
                .collect(Collectors.toMap(p -> p.id, p -> p));
        calls.forEach(c -> byCall.put(c.id,
                new CallAndRules(c, RuleSetRules.effective(c.rules, programmes.get(c.programmeId).rules))));
        return new CallsOfApplications(byCall);
    }

    /** The call and its effective rules, or null when {@code callId} is null or unknown. */
    public CallAndRules get(UUID callId) {
        return callId == null ? null : byCall.get(callId);
    }
}
