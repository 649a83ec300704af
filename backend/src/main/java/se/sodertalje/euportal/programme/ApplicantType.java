package se.sodertalje.euportal.programme;

/** Kinds of organisation a call may be open to. */
public enum ApplicantType {
    MUNICIPALITY, REGION, PUBLIC_AUTHORITY, UNIVERSITY, RESEARCH_BODY, SME, LARGE_COMPANY, NGO, OTHER
}
