package se.sodertalje.euportal.event;

/** What kind of gathering an event is (issue 21). */
public enum EventKind {
    TRAINING, INFORMATION_MEETING, NETWORK_MEETING, STUDY_VISIT, TWIN_TOWN_VISIT, EXTERNAL_NETWORK_MEETING
}
