package se.sodertalje.euportal.application.readiness;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.programme.CallsOfApplications;
import se.sodertalje.euportal.readiness.ReadinessItem;

/** The application's own content ({@link ContentRules}) against its call's programme's last eligible day. */
@ApplicationScoped
public class ContentCheck implements ApplicationCheck {

    @Override
    public Map<UUID, List<ReadinessItem>> missing(List<Application> applications, CallsOfApplications calls) {
        Map<UUID, List<ReadinessItem>> missing = new HashMap<>();
        for (Application application : applications) {
            CallsOfApplications.CallAndRules call = calls.get(application.callId);
            LocalDate eligibleUntil = call == null ? null : call.rules().eligibleUntil();
            missing.put(application.id, ContentRules.missing(application, eligibleUntil));
        }
        return missing;
    }

    @Override
    public int order() {
        return 0;
    }
}
