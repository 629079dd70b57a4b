package io.jointclear.platform.cluster;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Opens long-lived connections outside the pool, with the pool's URL and credentials: a session that
 * holds advisory locks or LISTENs lives as long as the instance and must not take a request's place.
 */
@Component
class DedicatedConnections {

    private final DataSource dataSource;

    DedicatedConnections(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Connection open(String purpose) throws SQLException {
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
            Properties props = new Properties();
            props.putAll(pool.getDataSourceProperties());
            if (pool.getUsername() != null) {
                props.setProperty("user", pool.getUsername());
            }
            if (pool.getPassword() != null) {
                props.setProperty("password", pool.getPassword());
            }
            props.setProperty("ApplicationName", "jointclear " + purpose);
            props.setProperty("tcpKeepAlive", "true");
            Connection c = DriverManager.getConnection(pool.getJdbcUrl(), props);
            c.setAutoCommit(true);
            return c;
        }
        Connection c = dataSource.getConnection();
        c.setAutoCommit(true);
        return c;
    }
}
