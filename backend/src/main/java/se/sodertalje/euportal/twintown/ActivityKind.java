package se.sodertalje.euportal.twintown;

/** What a cooperation activity with a twin town was. */
public enum ActivityKind {
    VISIT, JOINT_APPLICATION, PROJECT, EXCHANGE, OTHER
}
