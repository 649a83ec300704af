package se.sodertalje.euportal.common.csv;

/** The CSV media type every list endpoint also answers in. */
public final class CsvMedia {

    public static final String TEXT_CSV = "text/csv";

    private CsvMedia() {
    }
}
