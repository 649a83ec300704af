package se.sodertalje.euportal.common.bounds;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Function;
import se.sodertalje.euportal.common.error.ApiProblem;

/** Dates and times in query and path parameters: ISO form, within {@link InputBounds}' years, else 400. */
@Provider
public class TemporalParams implements ParamConverterProvider {

    private static final Map<Class<?>, Function<String, Object>> PARSERS = Map.of(LocalDate.class, LocalDate::parse,
            OffsetDateTime.class, OffsetDateTime::parse, Instant.class, Instant::parse, YearMonth.class, YearMonth::parse);

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Function<String, Object> parser = PARSERS.get(rawType);
        if (parser == null) {
            return null;
        }
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isEmpty()) {
                    return null;
                }
                Object parsed;
                try {
                    parsed = parser.apply(value);
                } catch (DateTimeParseException e) {
                    throw ApiProblem.badRequest("A date parameter must be in ISO form (e.g. 2026-03-15T10:00:00Z)");
                }
                InputBounds.temporal(parsed).ifPresent(reason -> {
                    throw ApiProblem.badRequest("A date parameter " + reason);
                });
                return (T) parsed;
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }
}
