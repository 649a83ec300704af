package se.sodertalje.euportal.idea;

/** What the EU-funding screening of an idea concluded. */
public enum ScreeningOutcome {
    /** Apply for EU funding (needs at least one programme or call considered). */
    APPLY,
    /** The idea does not fit any EU programme or call. */
    NOT_ELIGIBLE,
    /** Eligible, but the effort of applying outweighs the expected funding. */
    NOT_WORTH_APPLYING,
    /** Funded from other (national, regional, own) sources instead. */
    OTHER_FUNDING
}
