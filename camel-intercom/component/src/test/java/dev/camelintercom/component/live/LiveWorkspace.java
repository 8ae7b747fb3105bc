/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.live;

import java.util.List;
import java.util.Locale;

import dev.camelintercom.component.IntercomComponent;
import dev.camelintercom.component.IntercomRegion;
import dev.camelintercom.testsupport.IntercomTestLog;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;

import static org.junit.jupiter.api.Assertions.assertEquals;
/**
 * The live tier (docs/releasing.md): tests against a real Intercom workspace, run by failsafe ({@code *IT}) and skipped
 * without its access token (each class says so with {@code @EnabledIfEnvironmentVariable}, so that each test is
 * reported as skipped). Environment: {@value #TOKEN} (the token, required), {@value #REGION} ({@code us},
 * {@code eu} or {@code au}; {@code us} when unset), {@value #BASE_URI} (instead of the region's host: to rehearse
 * the tier against the standalone sandbox of docs/sandbox.md). The token is set on the component, never in a URI, and after each
 * test no log line of the run contains it.
 */
abstract class LiveWorkspace extends CamelTestSupport {

    static final String TOKEN = "INTERCOM_ACCESS_TOKEN";
    static final String REGION = "INTERCOM_REGION";
    static final String BASE_URI = "INTERCOM_BASE_URI";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        IntercomComponent intercom = new IntercomComponent();
        intercom.getConfiguration().setAccessToken(variable(TOKEN));
        String region = variable(REGION);
        if (region != null) {
            intercom.getConfiguration().setRegion(IntercomRegion.valueOf(region.toLowerCase(Locale.ROOT)));
        }
        String baseUri = variable(BASE_URI);
        if (baseUri != null) {
            intercom.getConfiguration().setBaseUri(baseUri);
        }
        context.addComponent("intercom", intercom);
        return context;
    }

    @AfterEach
    void theTokenReachedNoLogLine() {
        String token = variable(TOKEN);
        List<String> leaks = IntercomTestLog.lines().stream().filter(line -> line.contains(token))
                .map(line -> "a log line of the " + line.length() + " characters contains the token").toList();
        assertEquals(List.of(), leaks);
    }

    /** The variable's value, or null when it is unset or blank. */
    static String variable(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
