package io.jointclear.console;

import io.jointclear.support.TestResources;
import io.jointclear.support.TestNumbers;
import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.declaration.DeclarationNumbers;
import io.jointclear.support.DemoUsersIntegrationTest;
import io.jointclear.support.Http;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * "Waiting for my authority": a crossing is in an authority's view exactly while that authority still has
 * to act — its decision once the lanes are chosen, an inspection its officer has not joined, an inspection
 * under way, its decision once the inspection ended — through the API ({@code awaiting=MX|US}) and the
 * officer's queue ({@code waiting=mine}, with its count, in both languages). Status and lanes agree at
 * every step on the way.
 */
@DemoUsersIntegrationTest
class OfficerQueueWaitingIT {

    @LocalServerPort
    int port;

    @Test
    void aCrossingWaitsForEachAuthorityExactlyWhileThatAuthorityHasToAct() throws Exception {
        Http officerMx = new Http(port).as("officer-mx", "officer-mx");
        Http officerUs = new Http(port).as("officer-us", "officer-us");
        String[] filed = filed();
        String id = filed[0];
        String number = filed[1];
        assertWaiting(number, false, false, "FILED: nobody acts before arrival");

        assertThat(new Http(port).as("carrier", "carrier")
                .post("/api/v1/crossings/" + id + "/arrival", "{\"at\":\"" + Instant.now() + "\"}").status()).isEqualTo(200);
        String red = officerMx.get("/api/v1/crossings/" + id).json().get("lanes").get("joint").asString();
        assertThat(status(id)).isEqualTo("RED".equals(red) ? "UNDER_INSPECTION" : "SELECTED");
        assertWaiting(number, true, true, "lanes chosen: a decision or the inspection to join, for both");

        if (!"RED".equals(red)) {
            assertThat(decide(officerMx, id, "MX", "REFER").status()).isEqualTo(200);
        }
        assertThat(status(id)).isEqualTo("UNDER_INSPECTION");
        OfficerFlowIT.await(officerUs, "/api/v1/crossings/" + id + "/inspection", r -> r.status() == 200);
        assertWaiting(number, true, true, "inspection scheduled: both must join");

        assertThat(officerMx.post("/api/v1/crossings/" + id + "/inspection/participants", "").status()).isEqualTo(200);
        assertWaiting(number, false, true, "MX joined: waits for the CBP officer");
        ConsoleSession us = new ConsoleSession(port, "officer-us");
        HttpResponse<String> usQueue = us.get("/console/officer/queue?waiting=mine&number=" + number + "&lang=en");
        assertThat(usQueue.statusCode()).isEqualTo(200);
        assertThat(usQueue.body()).contains("id=\"queue-waiting\"", "Waiting for United States (CBP)", "id=\"waiting-count\"",
                "/console/officer/crossings/" + id);
        ConsoleSession mx = new ConsoleSession(port, "officer-mx");
        HttpResponse<String> mxQueue = mx.get("/console/officer/queue?waiting=mine&number=" + number + "&lang=es");
        assertThat(mxQueue.body()).contains("Pendientes de México (ANAM)", "id=\"waiting-count\"")
                .doesNotContain("/console/officer/crossings/" + id);
        assertThat(mx.get("/console/officer/queue?number=" + number + "&lang=es").body())
                .as("the whole queue still lists it").contains("/console/officer/crossings/" + id);

        assertThat(officerUs.post("/api/v1/crossings/" + id + "/inspection/participants", "").status()).isEqualTo(200);
        assertThat(status(id)).isEqualTo("UNDER_INSPECTION");
        assertWaiting(number, true, true, "inspection under way: findings and the end, for both");

        assertThat(officerMx.post("/api/v1/crossings/" + id + "/inspection/end", "").status()).isEqualTo(200);
        assertThat(status(id)).isEqualTo("INSPECTED");
        assertThat(officerMx.get("/api/v1/crossings/" + id).json().get("lanes").get("joint").asString()).isEqualTo("RED");
        assertWaiting(number, true, true, "inspection ended: both decisions due");

        assertThat(decide(officerMx, id, "MX", "HOLD").status()).isEqualTo(200);
        assertThat(status(id)).isEqualTo("HELD");
        assertWaiting(number, false, true, "MX held: the US decision is still due");

        assertThat(decide(officerUs, id, "US", "RELEASE").status()).isEqualTo(200);
        assertThat(status(id)).as("the MX hold is still in force").isEqualTo("HELD");
        assertWaiting(number, false, false, "US released, MX holds: nobody is waited for by the queue");

        Http.Response wrong = officerMx.get("/api/v1/crossings?awaiting=CA");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(mx.get("/console/officer/queue?waiting=everyone&lang=en").body())
                .contains("That queue view does not exist");
    }

    private void assertWaiting(String number, boolean mx, boolean us, String when) {
        assertThat(listed("officer-mx", "MX", number)).as("waiting for MX: " + when).isEqualTo(mx ? 1 : 0);
        assertThat(listed("officer-us", "US", number)).as("waiting for US: " + when).isEqualTo(us ? 1 : 0);
    }

    private long listed(String user, String authority, String number) {
        Http.Response list = new Http(port).as(user, user).get("/api/v1/crossings?awaiting=" + authority + "&number=" + number);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.json().size();
    }

    private String status(String id) {
        return new Http(port).as("officer-us", "officer-us").get("/api/v1/crossings/" + id).json().get("status").asString();
    }

    private static Http.Response decide(Http as, String id, String authority, String decision) {
        return as.post("/api/v1/crossings/" + id + "/decisions",
                "{\"authority\":\"" + authority + "\",\"decision\":\"" + decision + "\",\"notes\":\"test\"}");
    }

    /** A filed crossing: its id and its pedimento number. */
    private String[] filed() {
        int seq = TestNumbers.next();
        String pedimento = DeclarationNumbers.pedimento(2026, "24", "3456", seq);
        String body = TestResources.read("clearance/crossing-northbound-tomatoes.json")
                .replace("262434566001234", pedimento)
                .replace("31600042712", DeclarationNumbers.usEntry("316", seq));
        Http.Response filed = new Http(port).as("broker", "broker").post("/api/v1/crossings", body);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return new String[] {filed.json().get("id").asString(), pedimento};
    }

}
