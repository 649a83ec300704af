package se.sodertalje.euportal.partner.search;

/** Why an organisation matched a partner search. */
public enum ReasonKind {
    /** Words of the topic or expertise sought are in its name. */
    NAME,
    /** Its expertise keywords (detail: which). */
    EXPERTISE,
    /** Its description or place. */
    DESCRIPTION,
    /** The topics of EU projects it took part in (detail: the projects' acronyms). */
    PAST_PROJECTS,
    /** It is in one of the countries sought (detail: the country). */
    COUNTRY,
    /** It is of one of the types sought (detail: the type). */
    TYPE,
    /** A lead partner is sought and it has coordinated EU projects (detail: how many). */
    LEAD_EXPERIENCE,
    /** It is one of the municipality's twin towns. */
    TWIN_TOWN,
    /** It has been a partner in the municipality's applications (detail: how many). */
    PREVIOUS_COOPERATION,
    /** It has expressed interest in this search. */
    EXPRESSED_INTEREST
}
