package se.sodertalje.euportal.common.bounds;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** An amount of money as the database keeps it (numeric(15, 2)): 0 or more, to the cent. */
@Documented
@Digits(integer = 13, fraction = 2)
@DecimalMin("0")
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface MoneyAmount {
    String message() default "out of range";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
