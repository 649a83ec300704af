package se.sodertalje.euportal.event;

/** Whom an event is for: everyone, some units, the EU project managers' network, or elected officials. */
public enum Audience {
    ALL, UNITS, NETWORK, ELECTED_OFFICIALS
}
