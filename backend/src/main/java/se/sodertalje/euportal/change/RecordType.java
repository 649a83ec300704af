package se.sodertalje.euportal.change;

import java.util.Set;

/**
 * The kinds of record the changes feed reports: the twelve audited tables (trigger change_log_record in
 * V48__change_feed.sql names them). Programmes, calls and the partner register belong to no unit and
 * are read by every role; every other kind is its unit's.
 */
public enum RecordType {
    UNIT, CONTACT_PERSON, PROGRAMME, CALL, PARTNER, IDEA, APPLICATION, APPLICATION_PARTNER, PROJECT, PROJECT_PERIOD,
    REPORT, EXPENDITURE;

    public static final Set<RecordType> UNITLESS = Set.of(PROGRAMME, CALL, PARTNER);
}
