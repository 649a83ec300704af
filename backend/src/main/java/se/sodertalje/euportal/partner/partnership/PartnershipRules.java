package se.sodertalje.euportal.partner.partnership;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ArrayList;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.readiness.ReadinessItem;
import se.sodertalje.euportal.readiness.ReadinessItem.Section;
import se.sodertalje.euportal.partner.PartnerRole;

/**
 * An application's partnership: exactly one lead partner (at most one while it is drafted, one
 * when it is submitted with partners), and no more partners than the call allows, the lead
 * partner counted.
 */
public final class PartnershipRules {

    /** Why a change is refused: a stable code, a sentence for the user and its figures (the code's params). */
    public record Refusal(ProblemCode code, String detail, Map<String, ?> params) {

        public Refusal(ProblemCode code, String detail) {
            this(code, detail, Map.of());
        }
    }

    private PartnershipRules() {
    }

    /** @param roles the roles of those already in the partnership; @param maxPartners the call's cap, or null */
    public static Optional<Refusal> adding(List<PartnerRole> roles, PartnerRole role, Integer maxPartners) {
        if (maxPartners != null && roles.size() >= maxPartners) {
            return Optional.of(new Refusal(ProblemCode.PARTNERSHIP_003, "The call allows at most " + maxPartners
                    + " partners, the lead partner included; the partnership has " + roles.size(),
                    Map.of("max", maxPartners, "count", roles.size())));
        }
        return changingRole(roles, null, role);
    }

    /** @param roles all current roles, {@code current} (the member's present role, or null when new) among them */
    public static Optional<Refusal> changingRole(List<PartnerRole> roles, PartnerRole current, PartnerRole role) {
        if (role == PartnerRole.LEAD_PARTNER && current != PartnerRole.LEAD_PARTNER && roles.contains(PartnerRole.LEAD_PARTNER)) {
            return Optional.of(new Refusal(ProblemCode.PARTNERSHIP_002,
                    "The partnership already has a lead partner; make that one a partner first"));
        }
        return Optional.empty();
    }

    /**
     * What the gated steps (approval for the unit, clearing, submission) require of the partnership:
     * none, or one with exactly one lead (PARTNERSHIP-004) and no more partners than the call allows
     * (PARTNERSHIP-003, as when adding one).
     */
    public static List<ReadinessItem> missing(List<PartnerRole> roles, Integer maxPartners) {
        if (roles.isEmpty()) {
            return List.of();
        }
        List<ReadinessItem> items = new ArrayList<>();
        long leads = roles.stream().filter(r -> r == PartnerRole.LEAD_PARTNER).count();
        if (leads != 1) {
            items.add(ReadinessItem.blocking(ProblemCode.PARTNERSHIP_004, "partners", Section.PARTNERSHIP,
                    "name exactly one lead partner (the partnership has " + leads + ")"));
        }
        if (maxPartners != null && roles.size() > maxPartners) {
            items.add(ReadinessItem.blocking(ProblemCode.PARTNERSHIP_003, "partners", Section.PARTNERSHIP,
                    "the call allows at most " + maxPartners + " partners, the lead partner included")
                    .params(Map.of("max", maxPartners, "count", roles.size())));
        }
        return items;
    }
}
