package se.sodertalje.euportal.programme;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Maps calls to their API view and to history snapshots. */
final class CallMapper {

    private CallMapper() {
    }

    static CallView view(FundingCall call, Programme programme, Instant now) {
        return new CallView(call.id, call.programmeId, programme.code, programme.name, programme.fund, call.identifier,
                call.title, call.description, call.actionType, FundingCall.inCallZone(call.opensAt, call.timeZone),
                FundingCall.inCallZone(call.closesAt, call.timeZone),
                call.timeZone, call.cancelled ? CallStatus.CLOSED : CallStatus.of(call.opensAt, call.closesAt, call.announcedStatus, now), call.budget,
                call.grantMin, call.grantMax, call.expectedGrants, call.maxPartners, call.eligibleApplicantTypes, call.topics, call.url,
                call.rules != null, RuleSetRules.effective(call.rules, programme.rules), call.version);
    }

    static Map<String, Object> snapshot(FundingCall call) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("programmeId", call.programmeId);
        fields.put("identifier", call.identifier);
        fields.put("title", call.title);
        fields.put("description", call.description);
        fields.put("actionType", call.actionType);
        fields.put("opensAt", call.opensAt);
        fields.put("closesAt", call.closesAt);
        fields.put("timeZone", call.timeZone);
        fields.put("budget", call.budget);
        fields.put("grantMin", call.grantMin);
        fields.put("grantMax", call.grantMax);
        fields.put("expectedGrants", call.expectedGrants);
        fields.put("maxPartners", call.maxPartners);
        fields.put("eligibleApplicantTypes", call.eligibleApplicantTypes);
        fields.put("topics", call.topics);
        fields.put("url", call.url);
        fields.put("rules", call.rules);
        fields.put("cancelled", call.cancelled);
        return fields;
    }
}
