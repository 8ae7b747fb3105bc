/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import dev.camelintercom.component.IntercomInputException;

/**
 * What a {@link BodyRule} may ask of the message it shapes a request for.
 */
public interface BodyRuleContext {

    /** The operation, as {@code resource.operation}, for error messages. */
    String operationName();

    /** The value of a parameter from the message header or endpoint option, or null. */
    String headerOrOption(InputSource param);

    /** When the exchange was created, in Unix seconds: stable across redeliveries of the same message. */
    long exchangeCreatedSeconds();

    default IntercomInputException invalid(String field, String message) {
        return new IntercomInputException(operationName(), field, message);
    }
}
