package se.sodertalje.euportal.application;

import java.util.List;
import java.util.Set;
import se.sodertalje.euportal.audit.Actor;
import se.sodertalje.euportal.organisation.Unit;
import se.sodertalje.euportal.programme.FundingCall;

/** Maps applications to their view, their frozen content and history snapshots. */
final class ApplicationMapper {

    private ApplicationMapper() {
    }

    static ApplicationView view(Application a, Unit unit, FundingCall call, Set<String> callerRoles) {
        return new ApplicationView(a.id, a.unitId, unit.code, unit.name, a.callId, call == null ? null : call.identifier,
                call == null ? null : call.title,
                call == null ? null : FundingCall.inCallZone(call.closesAt, call.timeZone), a.ideaId, a.title, a.acronym, a.summary, a.objectives,
                List.copyOf(a.workPackages), a.periodStart, a.periodEnd, a.status, a.internalStatus, a.funderReference,
                a.submittedOn, a.decisionOn, a.grantedAmount, a.rejectionReason,
                ApplicationWorkflow.allowedActions(a.status, callerRoles), new Actor(a.createdBySubject, a.createdByName),
                a.createdAt, a.version);
    }

    static ApplicationContent content(Application a, Unit unit, FundingCall call, List<ApplicationContent.Partner> partners) {
        return new ApplicationContent(unit.code, unit.name, a.callId, call == null ? null : call.identifier,
                call == null ? null : call.title, a.title, a.acronym, a.summary, a.objectives, List.copyOf(a.workPackages),
                a.periodStart, a.periodEnd, partners);
    }
}
