/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component;

import java.io.IOException;

/**
 * The call to Intercom failed on the network: the connection could not be made, was reset, or no response came in
 * time. Says whether the request may have reached Intercom.
 */
public class IntercomTransportException extends IOException implements IntercomFailure {

    private final boolean requestMayHaveArrived;
    private final boolean retrySafe;

    public IntercomTransportException(String message, IOException cause, boolean requestMayHaveArrived,
                                      boolean operationRetrySafe) {
        super(message, cause);
        this.requestMayHaveArrived = requestMayHaveArrived;
        this.retrySafe = !requestMayHaveArrived || operationRetrySafe;
    }

    /** False when the failure came before the request was sent (no connection): Intercom cannot have acted on it. */
    public boolean isRequestMayHaveArrived() {
        return requestMayHaveArrived;
    }

    @Override
    public boolean isRetrySafe() {
        return retrySafe;
    }
}
