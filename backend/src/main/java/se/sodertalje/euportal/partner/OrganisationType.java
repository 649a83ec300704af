package se.sodertalje.euportal.partner;

/** The kinds of partner organisation (docs/domain.md, "Partner search"). */
public enum OrganisationType {
    MUNICIPALITY, REGION, PUBLIC_AUTHORITY, UNIVERSITY, RESEARCH_BODY, SME, LARGE_COMPANY, NGO, OTHER
}
