package se.sodertalje.euportal.notification;

/**
 * How a user wants a kind of reminder: not at all, collected in one daily e-mail, or at once (in the
 * portal and by e-mail). IMMEDIATE is the default: reminders come only a few times per deadline.
 */
public enum Delivery {
    OFF, DIGEST, IMMEDIATE;

    public static final Delivery DEFAULT = IMMEDIATE;
}
