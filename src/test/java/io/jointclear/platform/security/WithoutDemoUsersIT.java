package io.jointclear.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.support.Http;
import io.jointclear.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Without the demo profile and without configured users nobody can log in; public reads still work. */
@IntegrationTest
class WithoutDemoUsersIT {

    @LocalServerPort
    int port;

    @Autowired
    ConfiguredUsers users;

    @Test
    void demoPasswordsDoNotWorkOutsideTheDemoProfile() {
        assertThat(users.size()).isZero();
        Http.Response write = new Http(port).as("admin", "admin").put("/api/v1/reference/tariff/MX/rates", "text/csv",
                "fraccion,igi,ige,valid_from,valid_to,source\n");
        assertThat(write.status()).isEqualTo(401);
        assertThat(new Http(port).get("/api/v1/reference/port-pairs").status()).isEqualTo(200);
    }
}
