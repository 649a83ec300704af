package se.sodertalje.euportal.watch;

/** Which watches a list shows: the caller's personal ones, or the units'. */
public enum WatchScope {
    MINE, UNITS
}
