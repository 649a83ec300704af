package se.sodertalje.euportal.common.bounds;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Function;
import se.sodertalje.euportal.common.error.ProblemCode;

/**
 * Applies {@link InputBounds} while JSON is read, so an out-of-range number, date or text never
 * reaches a service, is refused before any arithmetic on it (a {@code 1e1000000} is one token) and
 * answers 400 with the field's path.
 */
public class BoundedInputModule extends SimpleModule {

    public BoundedInputModule() {
        super("euportal-bounded-input");
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                if (type == String.class) {
                    return new Bounded(deserializer, ProblemCode.CONTROL_CHARACTERS, v -> InputBounds.text((String) v));
                }
                if (type == BigDecimal.class) {
                    return new Bounded(deserializer, ProblemCode.DIGITS, v -> InputBounds.number((BigDecimal) v));
                }
                if (Temporal.class.isAssignableFrom(type) || type == YearMonth.class) {
                    return new Bounded(deserializer, ProblemCode.DATE_RANGE, InputBounds::temporal);
                }
                return deserializer;
            }
        });
    }

    /** Reads with the standard deserializer, then checks the value. */
    private static final class Bounded extends DelegatingDeserializer {

        private final ProblemCode code;
        private final Function<Object, Optional<String>> check;

        Bounded(JsonDeserializer<?> delegate, ProblemCode code, Function<Object, Optional<String>> check) {
            super(delegate);
            this.code = code;
            this.check = check;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Bounded(delegate, code, check);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            Optional<String> problem = check.apply(value);
            if (problem.isPresent()) {
                throw new OutOfBounds(parser, code, problem.get(), value instanceof String ? "(text)" : value,
                        handledType());
            }
            return value;
        }
    }
}
