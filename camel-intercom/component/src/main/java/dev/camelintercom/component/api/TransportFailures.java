/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;

import javax.net.ssl.SSLHandshakeException;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;

/**
 * Tells network failures that happen before a request is sent (no connection could be had) from those after, when
 * Intercom may have received and acted on it.
 */
final class TransportFailures {

    private TransportFailures() {
    }

    static boolean beforeSending(IOException e) {
        return e instanceof ConnectException // includes HttpHostConnectException
               || e instanceof ConnectTimeoutException
               || e instanceof ConnectionRequestTimeoutException
               || e instanceof UnknownHostException
               || e instanceof NoRouteToHostException
               || e instanceof SSLHandshakeException;
    }
}
