/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * Marks an {@link java.time.Instant} field of the model as one of Intercom's timestamps: read from Unix seconds (REST
 * answers, conversation notifications) or ISO 8601 text ({@code contact.*} and {@code company.*} notifications, data
 * event summaries), written as Unix seconds, the form Intercom's requests take. The annotation carries the mapping, so
 * any {@link com.fasterxml.jackson.databind.ObjectMapper} reads the model the same way, not only the component's.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
@JacksonAnnotationsInside
@JsonDeserialize(using = TimestampJson.Reader.class)
@JsonSerialize(using = TimestampJson.Writer.class)
public @interface IntercomTimestamp {
}
