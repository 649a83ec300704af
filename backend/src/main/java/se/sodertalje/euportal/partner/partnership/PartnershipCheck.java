package se.sodertalje.euportal.partner.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.application.readiness.ApplicationCheck;
import se.sodertalje.euportal.readiness.ReadinessItem;

/** The partnership's part of an application's checklist ({@link PartnershipRules#missing}). */
@ApplicationScoped
public class PartnershipCheck implements ApplicationCheck {

    @Override
    public List<ReadinessItem> missing(Application application) {
        return PartnershipRules.missing(PartnershipService.roles(PartnershipService.members(application.id)),
                PartnershipService.maxPartners(application));
    }

    @Override
    public int order() {
        return 1;
    }
}
