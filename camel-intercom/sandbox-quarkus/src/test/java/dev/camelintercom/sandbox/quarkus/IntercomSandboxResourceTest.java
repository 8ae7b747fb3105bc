/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox.quarkus;

import java.lang.reflect.Field;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.Predicate;

import dev.camelintercom.sandbox.IntercomSandbox;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager.TestInjector;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The resource's life cycle as Quarkus drives it: start, inject into the test, stop. */
class IntercomSandboxResourceTest {

    /** A test class as a user writes it. */
    static class SomeTest {
        @InjectSandbox
        IntercomSandbox sandbox;
        IntercomSandbox notAnnotated;
        @InjectSandbox
        String notASandbox;
    }

    /** Seeds a contact and hands its id to the application. */
    static class SeededResource extends IntercomSandboxResource {
        @Override
        protected Map<String, String> seed(IntercomSandbox sandbox) {
            return Map.of("intercom.contact-id",
                    sandbox.workspace().createContact(Map.of("role", "user", "email", "ada@example.com")).get("id").asText());
        }
    }

    @Test
    void theApplicationGetsTheSandboxAndTheTestItsAnnotatedField() throws Exception {
        SeededResource resource = new SeededResource();
        Map<String, String> properties = resource.start();
        SomeTest test = new SomeTest();
        resource.inject(new FieldInjector(test));
        try {
            IntercomSandbox sandbox = test.sandbox;
            assertEquals(Map.of("camel.component.intercom.base-uri", sandbox.baseUri(),
                    "camel.component.intercom.access-token", sandbox.accessToken(),
                    "intercom.contact-id", sandbox.workspace().contacts().get(0).get("id").asText()), properties);
            assertNull(test.notAnnotated);
            assertNull(test.notASandbox);
            assertEquals(200, get(sandbox, "/me"));
        } finally {
            resource.stop();
        }
        assertThrows(Exception.class, () -> get(test.sandbox, "/me"), "the sandbox still answers after stop()");
    }

    private static int get(IntercomSandbox sandbox, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.baseUri() + path))
                .header("Authorization", "Bearer " + sandbox.accessToken()).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Quarkus's injector, in short: sets each field of the test that the predicate accepts. */
    private record FieldInjector(Object test) implements TestInjector {
        @Override
        public void injectIntoFields(Object fieldValue, Predicate<Field> predicate) {
            for (Field field : test.getClass().getDeclaredFields()) {
                if (predicate.test(field)) {
                    try {
                        field.setAccessible(true);
                        field.set(test, fieldValue);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
    }
}
