package dev.camelintercom.component;

import java.util.Map;

import dev.camelintercom.component.model.Contact;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SmokeTest extends IntercomTestSupport {

    @Test
    void createsContact() {
        stubFor(post("/contacts").willReturn(okJson("{\"type\":\"contact\",\"id\":\"abc\",\"email\":\"a@b.c\",\"novel\":1}")));
        Contact c = template.requestBody("intercom:contact?operation=create",
                Map.of("role", "lead", "email", "a@b.c"), Contact.class);
        assertEquals("abc", c.getId());
        assertEquals(1, c.getAdditionalField("novel"));
        verify(postRequestedFor(urlEqualTo("/contacts")).withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Intercom-Version", equalTo("2.16"))
                .withRequestBody(equalToJson("{\"role\":\"lead\",\"email\":\"a@b.c\"}", false, false)));
    }
}
