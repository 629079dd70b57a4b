package io.jointclear.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.reference.ReferenceImports;
import io.jointclear.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Without the demo profile no demonstration row is ever loaded, and nothing reports demo data. */
@IntegrationTest
class NoDemoDataOutsideDemoIT {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    ReferenceImports referenceData;

    @Test
    void aProductionContextHoldsNoDemoRows() {
        assertThat(context.getBeansOfType(DemoReferenceData.class)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM reference.mx_tariff_rate WHERE origin = 'demo' OR source = 'DEMO'",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM reference.fx_usd_mxn WHERE origin = 'demo'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM reference.fx_usd_mxn", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM tariff.measure WHERE source = 'DEMO'", Integer.class)).isZero();
        assertThat(referenceData.holdsDemoData()).isFalse();
    }
}
