/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples.job;

/** The job cannot start as asked; its message is the one line shown before exiting with code 2, nothing sent. */
public class JobSetupException extends RuntimeException {

    public JobSetupException(String message) {
        super(message);
    }

    public JobSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
