/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.model;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;

/**
 * The reading and writing of {@link IntercomTimestamp} fields.
 */
public final class TimestampJson {

    private static final Pattern UNIX_SECONDS = Pattern.compile("-?\\d{1,18}");

    private TimestampJson() {
    }

    /**
     * The instant of a timestamp as Intercom writes one: Unix seconds (a number, or digits in a string) or an ISO 8601
     * date-time with an offset ({@code 2026-01-10T04:22:28.240+00:00}, {@code 2026-01-10T04:22:28Z}).
     *
     * @throws DateTimeException when the text is neither
     */
    public static Instant parse(String text) {
        String value = text.trim();
        if (UNIX_SECONDS.matcher(value).matches()) {
            return Instant.ofEpochSecond(Long.parseLong(value));
        }
        return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    }

    /** Reads Unix seconds (whole or with a fraction) or ISO 8601 text; an empty string is no timestamp. */
    public static final class Reader extends StdScalarDeserializer<Instant> {

        public Reader() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT) {
                return Instant.ofEpochSecond(parser.getLongValue());
            }
            if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                BigDecimal seconds = parser.getDecimalValue();
                return Instant.ofEpochSecond(seconds.longValue(),
                        seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
            }
            if (token == JsonToken.VALUE_STRING) {
                String text = parser.getText();
                if (text.isBlank()) {
                    return null;
                }
                try {
                    return parse(text);
                } catch (DateTimeException e) {
                    return (Instant) context.handleWeirdStringValue(Instant.class, text,
                            "not Unix seconds or an ISO 8601 date-time with an offset");
                }
            }
            return (Instant) context.handleUnexpectedToken(Instant.class, parser);
        }
    }

    /** Writes Unix seconds. */
    public static final class Writer extends StdScalarSerializer<Instant> {

        public Writer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeNumber(value.getEpochSecond());
        }
    }
}
