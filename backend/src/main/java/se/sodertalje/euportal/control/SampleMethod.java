package se.sodertalje.euportal.control;

/** How a draw picks lines into the sample. */
public enum SampleMethod {
    /** A number of lines at random, by a recorded seed (the same seed gives the same lines). */
    RANDOM,
    /** The largest lines by eligible amount. */
    LARGEST,
    /** Every line of one cost category. */
    CATEGORY,
    /** Every line of one supplier. */
    SUPPLIER,
    /** The lines the controller names. */
    MANUAL
}
