package se.sodertalje.euportal.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a POST (or other unsafe method) that changes nothing, e.g. a preview: it is scoped like a
 * read, so a global reader such as an auditor reaches every unit with it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ReadOnlyOperation {
}
