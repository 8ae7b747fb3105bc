/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package com.example;

import dev.camelintercom.component.IntercomConstants;
import org.apache.camel.builder.RouteBuilder;

/**
 * Imports leads: each JSON file dropped into {@code leads.dir} (e.g. {@code {"role": "lead", "email": "ada@example.com",
 * "name": "Ada"}}) becomes an Intercom contact, with a note on it naming the file it came from.
 */
public class ImportLeadsRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("file:{{leads.dir}}?include=.*\\.json&move=.done")
                .routeId("import-leads")
                // the component reads JSON text, not a file handle
                .convertBodyTo(String.class)
                .to("intercom:contact?operation=create")
                .log("Created contact ${header.CamelIntercomResourceId} from ${header.CamelFileName}")
                .setHeader(IntercomConstants.CONTACT_ID, header(IntercomConstants.RESOURCE_ID))
                .setBody(simple("{\"body\": \"Imported from ${header.CamelFileName}\"}"))
                .to("intercom:note?operation=create");
    }
}
