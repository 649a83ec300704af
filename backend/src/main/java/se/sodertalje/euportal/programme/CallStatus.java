package se.sodertalje.euportal.programme;

import java.time.Instant;

/** Whether a call can be applied to. Dates decide where known; otherwise what the funder announced. */
public enum CallStatus {
    FORTHCOMING, OPEN, CLOSED;

    public static CallStatus of(Instant opensAt, Instant closesAt, CallStatus announced, Instant now) {
        if (!now.isBefore(closesAt)) {
            return CLOSED;
        }
        if (opensAt != null) {
            return now.isBefore(opensAt) ? FORTHCOMING : OPEN;
        }
        return announced == CLOSED ? OPEN : announced;
    }
}
