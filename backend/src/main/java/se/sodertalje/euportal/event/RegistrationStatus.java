package se.sodertalje.euportal.event;

/** A seat, a place in the waiting list, or a registration withdrawn. */
public enum RegistrationStatus {
    REGISTERED, WAITING, CANCELLED
}
