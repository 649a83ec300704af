package se.sodertalje.euportal.application.readiness;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.programme.FundingCall;
import se.sodertalje.euportal.programme.Programme;
import se.sodertalje.euportal.programme.RuleSetRules;
import se.sodertalje.euportal.readiness.ReadinessItem;

/** The application's own content ({@link ContentRules}) against its call's programme's last eligible day. */
@ApplicationScoped
public class ContentCheck implements ApplicationCheck {

    @Override
    public List<ReadinessItem> missing(Application application) {
        return ContentRules.missing(application, eligibleUntil(application));
    }

    @Override
    public int order() {
        return 0;
    }

    private static LocalDate eligibleUntil(Application application) {
        FundingCall call = application.callId == null ? null : FundingCall.findById(application.callId);
        if (call == null) {
            return null;
        }
        Programme programme = Programme.findById(call.programmeId);
        return RuleSetRules.effective(call.rules, programme.rules).eligibleUntil();
    }
}
