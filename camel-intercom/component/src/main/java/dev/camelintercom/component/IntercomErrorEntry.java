/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component;

/**
 * One entry of Intercom's {@code error.list}: a code ({@code not_found}, {@code parameter_invalid}, ...), an optional
 * message and an optional field.
 */
public record IntercomErrorEntry(String code, String message, String field) {

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(code == null ? "unknown" : code);
        if (message != null && !message.isBlank()) {
            sb.append(": ").append(message);
        }
        if (field != null && !field.isBlank()) {
            sb.append(" (field ").append(field).append(')');
        }
        return sb.toString();
    }
}
