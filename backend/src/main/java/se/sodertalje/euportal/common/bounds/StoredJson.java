package se.sodertalje.euportal.common.bounds;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.hibernate.orm.JsonFormat;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import java.io.IOException;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.hibernate.type.format.jackson.JacksonJsonFormatMapper;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.ProblemCode;

/**
 * How JSON documents (jsonb columns: report texts, budgets, rule sets, lists) are written and read,
 * so that what is stored always reads back. PostgreSQL's jsonb keeps numbers as {@code numeric} and
 * hands them back in plain notation ({@code 1e100000} comes back as 100 001 digits, more than
 * Jackson reads by default): numbers are written plain and refused beyond {@link InputBounds}
 * before they are stored, and documents are read with a number length any stored numeric can have,
 * so that an out-of-range value stored before these bounds can still be read and repaired.
 * Otherwise the mapper is Hibernate's default (a plain ObjectMapper with the modules on the class
 * path), so documents already stored keep their form.
 */
@JsonFormat
@PersistenceUnitExtension
public class StoredJson implements FormatMapper {

    /** PostgreSQL's numeric holds up to 131 072 digits before and 16 383 after the point. */
    static final int MAX_STORED_NUMBER_LENGTH = 150_000;

    private final FormatMapper delegate = new JacksonJsonFormatMapper(mapper());

    static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.registerModules(ObjectMapper.findModules(StoredJson.class.getClassLoader()));
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNumberLength(MAX_STORED_NUMBER_LENGTH).build());
        SimpleModule numbers = new SimpleModule("euportal-stored-numbers");
        numbers.addSerializer(BigDecimal.class, new JsonSerializer<>() {
            @Override
            public void serialize(BigDecimal value, JsonGenerator generator, SerializerProvider provider) throws IOException {
                InputBounds.number(value).ifPresent(reason -> {
                    throw ApiProblem.invalid(String.valueOf(generator.getOutputContext().pathAsPointer()), reason,
                            ProblemCode.DIGITS);
                });
                generator.writeNumber(value.toPlainString());
            }
        });
        mapper.registerModule(numbers);
        return mapper;
    }

    @Override
    public <T> T fromString(CharSequence text, JavaType<T> type, WrapperOptions options) {
        return delegate.fromString(text, type, options);
    }

    @Override
    public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
        return delegate.toString(value, type, options);
    }

    @Override
    public <T> void writeToTarget(T value, JavaType<T> type, Object target, WrapperOptions options) throws IOException {
        delegate.writeToTarget(value, type, target, options);
    }

    @Override
    public <T> T readFromSource(JavaType<T> type, Object source, WrapperOptions options) throws IOException {
        return delegate.readFromSource(type, source, options);
    }

    @Override
    public boolean supportsSourceType(Class<?> sourceType) {
        return delegate.supportsSourceType(sourceType);
    }

    @Override
    public boolean supportsTargetType(Class<?> targetType) {
        return delegate.supportsTargetType(targetType);
    }
}
