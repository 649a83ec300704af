package se.sodertalje.euportal.programme;

/** Cost categories of Interreg Reg. art. 39–44, used by most programmes. */
public enum CostCategory {
    STAFF, OFFICE_ADMINISTRATION, TRAVEL_ACCOMMODATION, EXTERNAL_EXPERTISE, EQUIPMENT, INFRASTRUCTURE_WORKS
}
