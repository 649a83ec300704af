package se.sodertalje.euportal.programme;

/** The EU funds the municipality applies to; each programme belongs to one. */
public enum Fund {
    ERDF, ESF_PLUS, INTERREG, ERASMUS_PLUS, HORIZON_EUROPE, CERV, AMIF, LIFE, OTHER
}
