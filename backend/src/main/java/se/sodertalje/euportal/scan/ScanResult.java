package se.sodertalje.euportal.scan;

/** clamd's verdict on one file: clean, or infected with the named signature. */
public record ScanResult(boolean infected, String signature) {

    public static ScanResult clean() {
        return new ScanResult(false, null);
    }

    public static ScanResult infected(String signature) {
        return new ScanResult(true, signature);
    }
}
