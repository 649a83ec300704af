package se.sodertalje.euportal.control;

/** What the controller decided on a sampled line. */
public enum Decision {
    /** Eligible as declared. */
    VERIFIED,
    /** Partly or wholly not eligible: the amount deducted, with the type of error. */
    DEDUCTED,
    /** Not decided yet: it leaves this claim and is decided in a later report's control. */
    PARKED
}
