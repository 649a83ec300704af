package se.sodertalje.euportal.partner.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.application.readiness.ApplicationCheck;
import se.sodertalje.euportal.programme.CallsOfApplications;
import se.sodertalje.euportal.readiness.ReadinessItem;

/** The partnership's part of an application's checklist ({@link PartnershipRules#missing}). */
@ApplicationScoped
public class PartnershipCheck implements ApplicationCheck {

    @Override
    public Map<UUID, List<ReadinessItem>> missing(List<Application> applications, CallsOfApplications calls) {
        Map<UUID, List<ApplicationPartner>> members = PartnershipService.members(applications.stream().map(a -> a.id).toList());
        Map<UUID, List<ReadinessItem>> missing = new HashMap<>();
        for (Application application : applications) {
            CallsOfApplications.CallAndRules call = calls.get(application.callId);
            missing.put(application.id, PartnershipRules.missing(
                    PartnershipService.roles(members.getOrDefault(application.id, List.of())),
                    call == null ? null : call.call().maxPartners));
        }
        return missing;
    }

    @Override
    public int order() {
        return 1;
    }
}
