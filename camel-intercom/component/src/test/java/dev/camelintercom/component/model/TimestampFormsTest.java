/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.model;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import dev.camelintercom.component.api.IntercomJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every timestamp of every model class is an {@link Instant} marked {@link IntercomTimestamp}, read from Unix seconds
 * (REST answers) and from ISO 8601 text ({@code contact.*} and {@code company.*} notifications, data event summaries)
 * by the component's mapper and by a plain one, and written back as Unix seconds.
 */
class TimestampFormsTest {

    private static final long SECONDS = 1_768_019_348L;
    private static final Instant AT = Instant.ofEpochSecond(SECONDS);
    private static final ObjectMapper PLAIN = new ObjectMapper();

    record TimestampField(Class<?> owner, Field field, String json) {

        @Override
        public String toString() {
            return owner.getSimpleName() + "." + json;
        }
    }

    /** Every class of the model package, found on disk beside this one. */
    static List<Class<?>> modelClasses() throws Exception {
        Path folder = Path.of(IntercomObject.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(IntercomObject.class.getPackageName().replace('.', '/'));
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".class") && !name.contains("$")) {
                    classes.add(Class.forName(IntercomObject.class.getPackageName() + "." + name.replace(".class", "")));
                }
            }
        }
        return classes;
    }

    static List<TimestampField> timestampFields() throws Exception {
        List<TimestampField> fields = new ArrayList<>();
        for (Class<?> type : modelClasses()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(IntercomTimestamp.class)) {
                    fields.add(new TimestampField(type, field, field.getAnnotation(JsonProperty.class).value()));
                }
            }
        }
        return fields;
    }

    @Test
    void everyTimestampIsAnInstantMarkedAsOne() throws Exception {
        List<String> wrong = new ArrayList<>();
        int timestamps = 0;
        for (Class<?> type : modelClasses()) {
            for (Field field : type.getDeclaredFields()) {
                JsonProperty property = field.getAnnotation(JsonProperty.class);
                if (property == null) {
                    continue;
                }
                String json = property.value();
                boolean namedAsTime = json.endsWith("_at") || json.endsWith("_until") || json.endsWith("_since")
                                      || type == DataEvent.class && (json.equals("first") || json.equals("last"));
                boolean marked = field.isAnnotationPresent(IntercomTimestamp.class);
                if (namedAsTime != marked || marked != (field.getType() == Instant.class)) {
                    wrong.add(type.getSimpleName() + "." + json + " (" + field.getType().getSimpleName() + ")");
                }
                timestamps += marked ? 1 : 0;
            }
        }
        assertEquals(List.of(), wrong, "timestamps that are not an @IntercomTimestamp Instant, or the reverse");
        assertTrue(timestamps >= 11, "found " + timestamps);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("timestampFields")
    void readsUnixSecondsAndIsoTextWritesUnixSeconds(TimestampField timestamp) throws Exception {
        for (ObjectMapper mapper : List.of(IntercomJson.mapper(), PLAIN)) {
            assertEquals(AT, read(mapper, timestamp, "" + SECONDS));
            assertEquals(AT, read(mapper, timestamp, "\"" + SECONDS + "\""), "Unix seconds in a string");
            assertEquals(AT.plusMillis(240), read(mapper, timestamp, "\"2026-01-10T04:29:08.240+00:00\""));
            assertEquals(AT, read(mapper, timestamp, "\"2026-01-10T05:29:08+01:00\""), "another offset");
            assertEquals(AT, read(mapper, timestamp, "\"2026-01-10T04:29:08Z\""));
            assertNull(read(mapper, timestamp, "null"));

            Object object = mapper.readValue("{\"" + timestamp.json() + "\":\"2026-01-10T04:29:08.240+00:00\"}", timestamp.owner());
            JsonNode written = mapper.valueToTree(object);
            assertEquals(SECONDS, written.get(timestamp.json()).longValue(), "written as Unix seconds");
            assertTrue(written.get(timestamp.json()).isIntegralNumber());
        }
    }

    @Test
    void textThatIsNoTimestampIsRefusedNamingTheField() {
        InvalidFormatException refused = assertThrows(InvalidFormatException.class,
                () -> IntercomJson.mapper().readValue("{\"created_at\":\"next tuesday\"}", Contact.class));
        assertTrue(refused.getMessage().contains("created_at"), refused.getMessage());
        assertTrue(refused.getMessage().contains("ISO 8601"), refused.getMessage());
    }

    @Test
    void aContactOfANotificationAndOneOfTheRestApiAreTheSame() throws Exception {
        Contact notified = IntercomJson.mapper().readValue("{\"type\":\"contact\",\"id\":\"c1\","
                + "\"created_at\":\"2026-01-10T04:29:08.000+00:00\",\"updated_at\":\"2026-01-10T04:29:08.000+00:00\","
                + "\"signed_up_at\":\"2026-01-10T04:29:08.000+00:00\",\"last_seen_at\":null}", Contact.class);
        Contact answered = IntercomJson.mapper().readValue("{\"type\":\"contact\",\"id\":\"c1\",\"created_at\":" + SECONDS
                + ",\"updated_at\":" + SECONDS + ",\"signed_up_at\":" + SECONDS + ",\"last_seen_at\":null}", Contact.class);

        assertEquals(IntercomJson.mapper().valueToTree(answered), IntercomJson.mapper().valueToTree(notified));
        assertEquals(AT, notified.getSignedUpAt());
    }

    private static Instant read(ObjectMapper mapper, TimestampField timestamp, String value) throws Exception {
        Object object = mapper.readValue("{\"" + timestamp.json() + "\":" + value + "}", timestamp.owner());
        timestamp.field().setAccessible(true);
        return (Instant) timestamp.field().get(object);
    }
}
