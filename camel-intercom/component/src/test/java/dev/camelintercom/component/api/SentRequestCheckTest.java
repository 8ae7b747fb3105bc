/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The check {@link GeneratedBadInputTest} runs on what reached the server finds what is not the description's. */
class SentRequestCheckTest {

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "contact.create | -                        | '{\"email\":\"a@b.c\",\"custom_attributes\":null}' | -",
        "contact.create | -                        | '{\"email\":true}'             | contact.create: body field email must be string, but was true",
        "contact.create | -                        | '{\"email\":null}'             | contact.create: body field email may be left out, but not null: it must be string",
        "admin.setAway  | -                        | '{\"away_mode_enabled\":\"true\",\"away_mode_reassign\":false}' | the body has values not of their declared types: {\"away_mode_enabled\":true,\"away_mode_reassign\":false}",
        "admin.setAway  | -                        | '{\"away_mode_enabled\":true}' | admin.setAway: body field away_mode_reassign is required",
        "admin.get      | -                        | '{}'                           | a body where the description declares none",
        "contact.create | -                        | '[]'                           | the body is not a JSON object",
        "call.list      | per_page=10              | ''                             | -",
        "call.list      | per_page=ten             | ''                             | call.list: query parameter per_page must be integer, but was \"ten\"",
    })
    void findsWhatIsNotTheDescriptions(String operation, String query, String body, String problem) {
        String[] name = operation.split("\\.");
        OperationDefinition def = IntercomOperations.find(name[0], name[1]).get(0);
        RecordingServer.Arrival sent = new RecordingServer.Arrival(def.method(), def.pathTemplate(), query, body);

        String found = SentRequestCheck.problem(def, sent);

        if (problem == null) {
            assertNull(found);
        } else {
            assertEquals(problem, found);
        }
    }
}
