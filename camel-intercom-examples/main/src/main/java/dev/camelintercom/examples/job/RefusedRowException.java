/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples.job;

/** A row of the import file that the job itself refuses (malformed, or an external_id seen before in the file). */
public class RefusedRowException extends RuntimeException {

    public RefusedRowException(String message) {
        super(message);
    }
}
