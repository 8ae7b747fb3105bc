/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component;

/**
 * Input that the component rejects before sending anything to Intercom: a missing id or required field, a body that is
 * not JSON, an unknown operation. The message names the operation and the field.
 */
public class IntercomInputException extends IllegalArgumentException {

    private final String operation;
    private final String field;

    public IntercomInputException(String operation, String field, String message) {
        super(operation + ": " + message);
        this.operation = operation;
        this.field = field;
    }

    /** The operation, as {@code resource.operation}. */
    public String getOperation() {
        return operation;
    }

    /** The field at fault, or null when the input as a whole is. */
    public String getField() {
        return field;
    }
}
