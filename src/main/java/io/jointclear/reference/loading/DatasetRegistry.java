package io.jointclear.reference.loading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Which version of each dataset is in the database, so unchanged files are not loaded again. */
@Component
public class DatasetRegistry {

    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    DatasetRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> storedChecksum(String dataset) {
        return jdbc.query("SELECT checksum FROM reference.dataset WHERE name = ?",
                (rs, i) -> rs.getString(1), dataset).stream().findFirst();
    }

    public void record(String dataset, String checksum, String source, DatasetLoader.LoadResult result, Instant at) {
        jdbc.update("""
                INSERT INTO reference.dataset (name, checksum, row_count, source, loaded_at, notes)
                VALUES (?, ?, ?, ?, ?, ?::jsonb)
                ON CONFLICT (name) DO UPDATE SET checksum = excluded.checksum, row_count = excluded.row_count,
                    source = excluded.source, loaded_at = excluded.loaded_at, notes = excluded.notes
                """, dataset, checksum, result.rows(), source, Timestamp.from(at), json.writeValueAsString(result.notes()));
    }

    public List<DatasetStatus> all() {
        return jdbc.query("SELECT name, checksum, row_count, source, loaded_at, notes::text FROM reference.dataset ORDER BY name",
                (rs, i) -> new DatasetStatus(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), json.readTree(rs.getString(6))));
    }

    /** SHA-256 over the loader version and the bytes of every resource. */
    static String checksum(DatasetLoader loader) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(("v" + loader.version()).getBytes());
            byte[] buffer = new byte[1 << 16];
            for (String resource : loader.resources()) {
                try (InputStream in = new ClassPathResource(resource).getInputStream()) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        digest.update(buffer, 0, n);
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One row of the registry, as shown to administrators. */
    public record DatasetStatus(String name, String checksum, int rows, String source, Instant loadedAt, JsonNode notes) {
    }
}
