package se.sodertalje.euportal.report;

/** The parts of a final report the results library shows; the unit may keep any of them internal. */
public enum ResultPart {
    RESULTS, EVALUATION, DISSEMINATION, LESSONS_WORKED, LESSONS_TO_AVOID, ADVICE
}
