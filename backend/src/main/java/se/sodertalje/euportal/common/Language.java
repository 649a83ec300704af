package se.sodertalje.euportal.common;

/** The portal's two languages, Swedish first. */
public enum Language {
    SV, EN;

    /** Picks the text in this language. */
    public String pick(String sv, String en) {
        return this == EN ? en : sv;
    }
}
