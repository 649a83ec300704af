package se.sodertalje.euportal.decision;

/** The municipality's main tasks an EU decision may touch (the policy, part 2.d.ii). */
public enum MainTask {
    SUPERVISION_AND_CONTROL, COMMUNITY_PLANNING, SERVICES, REGIONAL_AND_LOCAL_DEVELOPMENT, EMPLOYER_QUESTIONS
}
